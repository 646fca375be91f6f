import { randomBytes } from "node:crypto";

/**
 * A new Message-ID, `<random@host>` with the host of the site's base URL. It is stored with the
 * message and sent unchanged on every attempt and every resend, so mail clients that
 * de-duplicate by Message-ID show a message that went out twice only once.
 */
export function newMessageId(baseUrl: string): string {
  let host = "peiling.local";
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {
    // keep the default: a Message-ID must not fail because of a strange base URL
  }
  return `<${randomBytes(16).toString("hex")}@${host}>`;
}
