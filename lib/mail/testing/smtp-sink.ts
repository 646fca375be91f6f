import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { messageId: string; to: string[]; raw: string };

export type SmtpSink = {
  port: number;
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every message received, in order (empty when started with `keep: false`). */
  received: ReceivedMail[];
  /** How many messages arrived with each Message-ID. */
  countByMessageId: Map<string, number>;
  /** Total messages accepted. */
  total(): number;
  /** Resolves once `n` messages in total have arrived (rejects after `timeoutMs`). */
  waitForTotal(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 for tests and benchmarks: it accepts every message and counts
 * it by Message-ID. `keep: false` keeps only the counts (a 10,000-message benchmark need not hold
 * every body). `onData` may refuse or break a message to test the worker's error handling.
 */
export async function startSmtpSink(
  options: {
    port?: number;
    keep?: boolean;
    /** Wait this long before answering each message (a slower server, to make workers overlap). */
    delayMs?: number;
    /** Return an Error (with responseCode) to refuse the message, or "drop" to cut the connection. */
    onMessage?: (mail: ReceivedMail) => Error | "drop" | undefined;
  } = {},
): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const countByMessageId = new Map<string, number>();
  let total = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const header = raw.slice(0, raw.indexOf("\r\n\r\n"));
        // Copied out of the message: a substring would keep the whole message alive in V8 (a
        // "sliced string"), and the count map would then hold every body of a benchmark run.
        const messageId = Buffer.from(/^Message-ID:\s*(<[^>]+>)/im.exec(header)?.[1] ?? "").toString("utf8");
        const mail = { messageId, to: session.envelope.rcptTo.map((r) => r.address), raw };
        const verdict = options.onMessage?.(mail);
        if (verdict === "drop") {
          // Cut the connection after the whole message arrived, before answering: the sender
          // cannot know whether it was taken.
          for (const connection of openConnections(server)) {
            if (connection.id === session.id) connection._socket.destroy();
          }
          return;
        }
        if (verdict instanceof Error) return callback(verdict);
        const accept = () => {
          total += 1;
          countByMessageId.set(messageId, (countByMessageId.get(messageId) ?? 0) + 1);
          if (options.keep !== false) received.push(mail);
          callback();
          for (const wake of waiters) wake();
        };
        if (options.delayMs) setTimeout(accept, options.delayMs);
        else accept();
      });
    },
  });
  // A client that breaks off mid-conversation (a worker killed on purpose, in the scaling-out
  // journey) makes smtp-server emit "error"; with no listener that would end the test process.
  // The sink takes it as a sender gone, which is what the tests that kill senders expect.
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    countByMessageId,
    total: () => total,
    waitForTotal(n, timeoutMs = 10_000) {
      if (total >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${n} messages, got ${total}`));
        }, timeoutMs);
        const check = () => {
          if (total < n) return;
          clearTimeout(timeout);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close() {
      // Pooled clients keep their connections open; smtp-server would wait 30 s for them.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of openConnections(server)) connection._socket.destroy();
      return closed;
    },
  };
}

type OpenConnection = { id: string; _socket: { destroy(): void } };

/** smtp-server keeps its open connections in an undocumented Set; tests need it to cut them. */
function openConnections(server: SMTPServer): OpenConnection[] {
  const set = (server as unknown as { connections?: Set<OpenConnection> }).connections;
  return set ? [...set] : [];
}
