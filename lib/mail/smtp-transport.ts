import net from "node:net";
import { PassThrough, Readable } from "node:stream";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import SMTPPool from "nodemailer/lib/smtp-pool";

/** One message as the worker hands it to SMTP. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** One-click unsubscribe URL (RFC 8058), for panel mail. */
  listUnsubscribe?: string | null;
};

/** What the worker needs from a transport; tests may pass their own. */
export type MailTransport = {
  /**
   * Resolves when the server accepted the message; rejects with nodemailer's error otherwise.
   * `handOver` is called once, at the moment the message is given to the mail server on an open
   * connection — not while it waits for a free connection — and the message is sent only when it
   * returns true. The worker records "sending" there, so that a crash leaves in doubt only the
   * messages that were really on their way to the server (issue 10, finding 10).
   */
  send(mail: OutgoingMail, handOver: () => Promise<boolean>): Promise<void>;
  close(): void;
};

/** The transport was told not to send a message at its hand-over (the worker lost its claim). */
export class HandOverRefusedError extends Error {
  constructor() {
    super("the message was not handed over: the worker no longer holds its claim");
    this.name = "HandOverRefusedError";
  }
}

// Carries the worker's hand-over callback through nodemailer's mail object to the stream plugin.
// nodemailer copies the options of sendMail (symbols too) onto `mail.data`.
const HAND_OVER = Symbol("peiling.handOver");

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * nodemailer's pooled SMTP transport from SMTP_URL: a few long-lived connections, each carrying
 * many messages, which is what lets a panel invitation run reach hundreds of messages a second.
 * Timeouts are shorter than nodemailer's defaults (2 and 10 minutes) so a hanging server shows up
 * as an error while the worker's lease still holds.
 */
export function createSmtpTransport(url: string, options: { maxConnections?: number } = {}): MailTransport {
  // maxRequeues is a pool option that @types/nodemailer does not list.
  const poolOptions: SMTPPool.Options & { maxRequeues: number } = {
    pool: true,
    url,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: 1000,
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // nodemailer's pool would otherwise send a message again, on a new connection, when the
    // connection closed during its transaction: possibly after the server took it. The worker
    // decides about such a message instead (in doubt; lib/mail/data/worker.ts).
    maxRequeues: 0,
    getSocket: connectWithoutNagle,
  };
  const transporter = nodemailer.createTransport(new SMTPPool(poolOptions));
  transporter.use("stream", callHandOverWhenSent);
  return {
    async send(mail, handOver) {
      const options: WithHandOver<Mail.Options> = {
        [HAND_OVER]: handOver,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // Sent as is on every attempt and resend: the same message keeps the same identity.
        messageId: mail.messageId,
        // A Date header of the attempt, which is what clients show as received time.
        date: new Date(),
        ...(mail.listUnsubscribe
          ? {
              list: { unsubscribe: mail.listUnsubscribe },
              headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
            }
          : {}),
      };
      await transporter.sendMail(options);
    },
    close() {
      transporter.close();
    },
  };
}

type WithHandOver<T> = T & { [HAND_OVER]?: () => Promise<boolean> };

/**
 * nodemailer's pool queues a message until one of its connections is free, then — on a connection
 * that is open, greeted and logged in — asks the message for its stream and starts the SMTP
 * transaction (MAIL FROM, RCPT TO, DATA, the message). Asking for the stream is therefore the
 * moment of hand-over: the callback runs there, and the stream gives nothing of the message to the
 * server until the callback has said yes (it records the hand-over in the database, which answers
 * asynchronously). A message still waiting in the queue, or whose connection failed to open, never
 * gets there, so it certainly did not go out. When the callback refuses, the stream fails before
 * the body is sent, and the transaction is abandoned without a message.
 */
const callHandOverWhenSent: Mail.PluginFunction = (mail, done) => {
  const handOver = (mail.data as WithHandOver<Mail.Options>)[HAND_OVER];
  if (typeof handOver === "function") {
    const createReadStream = mail.message.createReadStream.bind(mail.message);
    let asked = false;
    mail.message.createReadStream = () => {
      // A second hand-over of the same message (a requeue) would risk sending it twice.
      if (asked) return refusedStream();
      asked = true;
      return streamOnceHandedOver(handOver, createReadStream);
    };
  }
  done();
};

/** The message's stream, started only when `handOver` allows it; else a stream that fails. */
function streamOnceHandedOver(handOver: () => Promise<boolean>, createReadStream: () => Readable): Readable {
  const out = new PassThrough();
  // nodemailer listens for the error on the stream it was given; until then it must not crash.
  out.on("error", () => {});
  handOver().then(
    (allowed) => {
      if (!allowed) {
        out.destroy(new HandOverRefusedError());
        return;
      }
      const message = createReadStream();
      message.on("error", (error) => out.destroy(error));
      message.pipe(out);
    },
    (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return out;
}

function refusedStream(): Readable {
  const stream = new Readable({ read() {} });
  // nodemailer listens for the error on the stream it was given; until then it must not crash.
  stream.on("error", () => {});
  process.nextTick(() => stream.destroy(new HandOverRefusedError()));
  return stream;
}

/**
 * Opens the pool's TCP connections with Nagle's algorithm off. nodemailer writes the end of a
 * message (".") as a small separate packet; with Nagle on, it waits for the server's delayed ACK
 * of the body, about 40 ms per message on Linux, which caps a connection at ~20 messages a second
 * (measured: 90 msg/s over 5 connections, several hundred without Nagle). nodemailer has no
 * option for this, but takes an already connected socket from `getSocket`; for smtps:// it then
 * starts TLS on that socket itself.
 *
 * When our connect fails, we hand nodemailer nothing and let it connect by itself: it then fails
 * the same way through its own error path, which frees the pool slot (an error passed back from
 * `getSocket` would leave the slot taken and later messages waiting forever) and keeps Node's
 * `syscall: "connect"` on the error, so the worker knows the message did not go out.
 */
function connectWithoutNagle(
  options: { host?: string; port?: number; secure?: boolean },
  callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void,
): void {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host ?? "localhost", port });
  const giveUp = () => {
    clearTimeout(timer);
    socket.destroy();
    callback(null);
  };
  const timer = setTimeout(giveUp, CONNECT_TIMEOUT_MS);
  socket.once("error", giveUp);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.removeListener("error", giveUp);
    // nodemailer attaches its own error handler when it takes the socket; until then an error
    // must not crash the process (nodemailer reports it through its handler as well).
    socket.on("error", () => {});
    socket.setNoDelay(true);
    callback(null, { connection: socket });
  });
}
