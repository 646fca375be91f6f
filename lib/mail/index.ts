/*
 * Mail: the outbox, its delivery worker and the mail overview for staff.
 *
 * This feature's face: what pages, route handlers, server actions and server components may import
 * (ARCHITECTURE.md). Every entry point into the database checks who asks, or is wrapped in
 * publicOnPurpose with its reason; lib/testing/face-guards.test.ts proves it.
 */
import "server-only";

export type { MailListItem, MailMessage } from "./data/mail-admin";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { getMail, listMail, resendMail } from "./data/mail-admin";
export { RESENDABLE } from "./data/mail-delivery";
// Pure logic the server side uses (no database).
export { mailListQuerySchema, resendMailSchema } from "./schema";
export type { MailStatus } from "./types";
export { MAIL_STATUSES } from "./types";
