/**
 * What a template says, as plain text pieces. The layout (render-layout.ts) turns it into both
 * the text and the HTML part, so every template is escaped the same way and the two parts always
 * say the same thing.
 */
export type MailContent = {
  /** One line; line breaks are removed (they would break the mail header). */
  subject: string;
  /** First line, e.g. "Beste Anna,". */
  greeting: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** Facts shown as a short list, e.g. deadline and survey title. */
  facts?: { label: string; value: string }[];
  /** The one thing to do: a button in HTML, the label plus the URL in text. */
  action?: { label: string; url: string };
  /** Why the person gets this mail (shown in the footer). */
  reason: string;
  /** Extra footer links, e.g. a one-click unsubscribe for panel mail. */
  footerLinks?: { label: string; url: string }[];
  /**
   * One-click unsubscribe URL (RFC 8058): sent as List-Unsubscribe and List-Unsubscribe-Post
   * headers. The URL must accept a POST without a session (mail programs send one). Put a visible
   * link in `footerLinks` too.
   */
  listUnsubscribe?: string;
};

/** Everything a template needs besides its own data. */
export type MailContext = {
  /** Public base URL without a trailing slash; every link in a mail is absolute. */
  baseUrl: string;
  /** The municipality's name as shown in the layout, e.g. "Gemeente Oosterhout". */
  municipality: string;
};

export type RenderedMail = { subject: string; text: string; html: string; listUnsubscribe?: string };

/** Absolute link on the site for a path like "/beheer/surveys/3/review". */
export function siteUrl(context: MailContext, path: string): string {
  return `${context.baseUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Amsterdam",
});
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "12 maart 2026", in Dutch time. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "12 maart 2026 om 17:00", in Dutch time. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}
