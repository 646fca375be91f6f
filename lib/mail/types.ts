/**
 * Where a mail in the outbox stands. `in_doubt`: the SMTP server may have taken it when the
 * connection broke, so it is not sent again without a person deciding (README, Operations).
 */
export const MAIL_STATUSES = ["pending", "sending", "sent", "failed", "in_doubt"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
