import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";

/** One message as the worker hands it to SMTP. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
};

/** What the worker needs from a transport; tests may pass their own. */
export type MailTransport = {
  /** Resolves when the server accepted the message; rejects with nodemailer's error otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

/**
 * nodemailer's pooled SMTP transport from SMTP_URL: a few long-lived connections, each carrying
 * many messages, which is what lets a panel invitation run reach hundreds of messages a second.
 * Timeouts are shorter than nodemailer's defaults (2 and 10 minutes) so a hanging server shows up
 * as an error while the worker's lease still holds.
 */
export function createSmtpTransport(url: string, options: { maxConnections?: number } = {}): MailTransport {
  const transporter = nodemailer.createTransport(
    new SMTPPool({
      pool: true,
      url,
      maxConnections: options.maxConnections ?? 5,
      maxMessages: 1000,
      connectionTimeout: 30_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    }),
  );
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // Sent as is on every attempt and resend: the same message keeps the same identity.
        messageId: mail.messageId,
        // A Date header of the attempt, which is what clients show as received time.
        date: new Date(),
      });
    },
    close() {
      transporter.close();
    },
  };
}
