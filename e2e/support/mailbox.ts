import fs from "node:fs";
import path from "node:path";

/**
 * The messages the app sent during this e2e run, as received by the real SMTP server on loopback
 * (scripts/e2e-mail-sink.ts). A small MIME reader: headers, the text part, quoted-printable and
 * base64 bodies, and encoded-word subjects — enough to read what a person would read.
 */
const port = Number(process.env.E2E_PORT || 3100);
const MAILDIR = path.resolve(process.env.E2E_MAILDIR || `data/e2e-${port}-mail`);

export type ReceivedMessage = {
  file: string;
  to: string;
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  /** The plain-text part, decoded. */
  text: string;
  /** The HTML part, decoded. */
  html: string;
};

function splitHead(raw: string): [Record<string, string>, string] {
  const at = raw.indexOf("\r\n\r\n");
  const head = (at < 0 ? raw : raw.slice(0, at)).replace(/\r\n[ \t]+/g, " ");
  const body = at < 0 ? "" : raw.slice(at + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, body];
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers["content-transfer-encoding"] ?? "").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=\s*/gi, (_, _charset, kind: string, data: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeQuotedPrintable(data.replace(/_/g, " ")),
  );
}

function parts(headers: Record<string, string>, body: string): { type: string; text: string }[] {
  const type = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith("multipart/") || !boundary) {
    return [{ type: type.split(";")[0].toLowerCase(), text: decodeBody(headers, body) }];
  }
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => {
      const [h, b] = splitHead(chunk.replace(/^\r\n/, ""));
      return parts(h, b);
    });
}

export function parseMessage(file: string): ReceivedMessage {
  const [headers, body] = splitHead(fs.readFileSync(file, "utf8"));
  const all = parts(headers, body);
  return {
    file,
    to: headers.to ?? "",
    subject: decodeWords(headers.subject ?? ""),
    messageId: headers["message-id"] ?? "",
    headers,
    text: all.find((p) => p.type === "text/plain")?.text ?? "",
    html: all.find((p) => p.type === "text/html")?.text ?? "",
  };
}

/** Every message received so far, oldest first. */
export function receivedMessages(): ReceivedMessage[] {
  if (!fs.existsSync(MAILDIR)) return [];
  return fs
    .readdirSync(MAILDIR)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => parseMessage(path.join(MAILDIR, name)));
}

/** Messages to one address (To header), oldest first. */
export function messagesTo(address: string): ReceivedMessage[] {
  const wanted = address.toLowerCase();
  return receivedMessages().filter((m) => m.to.toLowerCase().includes(wanted));
}

/** Waits until a message to `address` (matching `subject`, if given) has arrived, and returns the newest. */
export async function waitForMessage(
  address: string,
  options: { subject?: RegExp; after?: number; timeoutMs?: number } = {},
): Promise<ReceivedMessage> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const found = messagesTo(address)
      .slice(options.after ?? 0)
      .filter((m) => !options.subject || options.subject.test(m.subject));
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() > deadline) {
      const seen = messagesTo(address).map((m) => m.subject);
      throw new Error(
        `No mail to ${address}${options.subject ? ` matching ${options.subject}` : ""}; got: ${seen}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in a message's text that starts with `prefix` (a path like "/s/"). */
export function linkIn(message: ReceivedMessage, pathPrefix: string): string {
  const links = message.text.match(/https?:\/\/[^\s<>"')]+/g) ?? [];
  const found = links.find((l) => new URL(l).pathname.startsWith(pathPrefix));
  if (!found) throw new Error(`No link to ${pathPrefix} in mail "${message.subject}": ${links.join(", ")}`);
  return new URL(found).pathname + new URL(found).search;
}
