/**
 * What a failed SMTP send means for the message. SMTP gives no way to ask a server afterwards
 * whether it took a message, so the worker only retries when the message certainly did not go out:
 *
 * - `retry`: the server answered with a code (any 4xx, or a 5xx that is not about this message),
 *   or the connection never got as far as a mail transaction (refused, DNS, TLS, greeting, login).
 *   `serverUnavailable` says the problem is the server, not this message: the worker stops the
 *   batch instead of trying every message against a server that is down.
 * - `rejected`: the server refused this message for good (5xx to RCPT TO or at the end of DATA,
 *   or an address nodemailer cannot use): retrying cannot help, the message is `failed` at once.
 * - `in_doubt`: the connection broke on an open connection without an answer (socket closed,
 *   timeout). The message may have been accepted just before; sending it again could deliver it
 *   twice, so an administrator decides. nodemailer does not say in which SMTP phase such a break
 *   happened, so this is conservative: a break during MAIL FROM is in doubt too (rare; one click
 *   resends it).
 *
 * A failure before the message was handed over (`handedOver: false`: it was still waiting for a
 * connection, or its connection never opened; see lib/mail/smtp-transport.ts) is never in doubt:
 * nothing of it reached the server, so it is retried like a server that cannot be reached.
 */
export type SendFailure = {
  kind: "retry" | "rejected" | "in_doubt";
  serverUnavailable: boolean;
  message: string;
};

type SmtpError = {
  message?: unknown;
  code?: unknown;
  command?: unknown;
  responseCode?: unknown;
  syscall?: unknown;
};

const SESSION_COMMANDS = /^(CONN|EHLO|HELO|LHLO|STARTTLS|AUTH\b)/;
const CONNECT_SYSCALLS = new Set(["connect", "getaddrinfo", "lookup"]);

export function classifySendError(error: unknown, { handedOver }: { handedOver: boolean }): SendFailure {
  const failure = classifyAnsweredOrBroken(error);
  if (failure.kind === "in_doubt" && !handedOver) return { ...failure, kind: "retry" };
  return failure;
}

function classifyAnsweredOrBroken(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as SmtpError;
  const message = String(e.message ?? error).slice(0, 1000);
  const command = typeof e.command === "string" ? e.command : "";
  const code = typeof e.code === "string" ? e.code : "";

  if (typeof e.responseCode === "number") {
    const permanent = e.responseCode >= 500 && (command === "RCPT TO" || command === "DATA");
    if (permanent) return { kind: "rejected", serverUnavailable: false, message };
    const serverUnavailable =
      SESSION_COMMANDS.test(command) || e.responseCode === 421 || command === "MAIL FROM";
    return { kind: "retry", serverUnavailable, message };
  }
  // nodemailer refused before talking to the server (bad address, empty or oversized message).
  if ((code === "EENVELOPE" || code === "EMESSAGE") && command !== "DATA") {
    return { kind: "rejected", serverUnavailable: false, message };
  }
  const neverConnected =
    (typeof e.syscall === "string" && CONNECT_SYSCALLS.has(e.syscall)) ||
    ["EDNS", "ETLS", "EAUTH", "ECONFIG"].includes(code) ||
    /Greeting never received/i.test(message);
  if (neverConnected) return { kind: "retry", serverUnavailable: true, message };
  // "Cannot send message - smtp connection is already destroyed": refused before writing anything.
  if (command === "API") return { kind: "retry", serverUnavailable: false, message };
  return { kind: "in_doubt", serverUnavailable: true, message };
}
