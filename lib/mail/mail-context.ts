import { env } from "@/lib/env";
import site from "@/messages/nl/site.json";
import type { MailContext } from "./templates/mail-content";

/**
 * Links in mail are absolute, from PEILING_BASE_URL. Mail is always Dutch: it is written when the
 * change happens (enqueue time), and the recipient's language is not known then; the
 * municipality's name comes from the Dutch site catalogue, the one place it is set.
 */
export function mailContext(): MailContext {
  return { baseUrl: env().PEILING_BASE_URL.replace(/\/+$/, ""), municipality: site.municipality };
}

/** The From header: MAIL_FROM, or the municipality's name with noreply at the site's host. */
export function mailFrom(): string {
  const configured = env().MAIL_FROM;
  if (configured) return configured;
  const host = new URL(env().PEILING_BASE_URL).hostname;
  // "localhost" is no mail domain; example.invalid makes clear nobody can answer it.
  const domain = host.includes(".") ? host : "peiling.invalid";
  return `${site.municipality} <noreply@${domain}>`;
}
