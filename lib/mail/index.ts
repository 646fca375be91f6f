/*
 * Mail: the outbox, its delivery worker and the mail overview for staff.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
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
