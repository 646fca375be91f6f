import { z } from "zod";
import { MAIL_STATUSES } from "@/lib/mail/types";

/*
 * Inputs of /beheer/mail: the list's query string and the resend form. Messages are next-intl
 * keys in messages/<locale>/mail.json. Imported by client components: no db/ at runtime (the
 * statuses are a plain constant array).
 */

export const MAIL_PAGE_SIZE = 50;

/** `?status=failed&pagina=2`; anything unknown falls back to all messages, page 1. */
export const mailListQuerySchema = z.object({
  status: z.enum(MAIL_STATUSES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type MailListQuery = z.infer<typeof mailListQuerySchema>;

export const resendMailSchema = z.object({
  id: z.coerce.number("mail.errors.unknown").int("mail.errors.unknown").positive("mail.errors.unknown"),
});
export type ResendMailInput = z.infer<typeof resendMailSchema>;
