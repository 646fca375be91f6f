import { env } from "@/lib/env";
import { mailFrom } from "../mail-context";
import { createSmtpTransport } from "../smtp-transport";
import { createMailWorker, type MailWorker, type MailWorkerOptions } from "./worker";

/**
 * The worker as configured by the environment (SMTP_URL, MAIL_FROM), or null without SMTP_URL:
 * then nothing is sent and messages stay in the outbox for administrators to read.
 */
export function createMailWorkerFromEnv(
  overrides: Partial<Omit<MailWorkerOptions, "transport">> = {},
): MailWorker | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  return createMailWorker({ transport: createSmtpTransport(url), from: mailFrom(), ...overrides });
}
