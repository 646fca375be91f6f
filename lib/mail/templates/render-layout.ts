import { escapeHtml } from "./escape-html";
import type { MailContent, MailContext, RenderedMail } from "./mail-content";

// One plain layout for every mail: the municipality's name on top, the text, one link to act on,
// and a footer that says why the person gets the mail. Inline styles only, because mail clients
// drop <style> blocks and external CSS; no images, so nothing is lost when images are blocked.

const FONT = "font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;";

/** Renders a template's content into the subject, the plain-text part and the HTML part. */
export function renderLayout(content: MailContent, context: MailContext): RenderedMail {
  const subject = content.subject.replace(/[\r\n]+/g, " ").trim();
  return {
    subject,
    text: renderText(content, context),
    html: renderHtml(subject, content, context),
    ...(content.listUnsubscribe ? { listUnsubscribe: content.listUnsubscribe } : {}),
  };
}

function renderText(content: MailContent, context: MailContext): string {
  const blocks: string[] = [context.municipality, content.greeting, ...content.paragraphs];
  if (content.facts?.length) blocks.push(content.facts.map((f) => `${f.label}: ${f.value}`).join("\n"));
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  const footer = [content.reason, ...(content.footerLinks ?? []).map((l) => `${l.label}: ${l.url}`)];
  blocks.push(`-- \n${footer.join("\n")}`);
  return `${blocks.join("\n\n")}\n`;
}

function renderHtml(subject: string, content: MailContent, context: MailContext): string {
  const e = escapeHtml;
  // pre-line: a paragraph's own line breaks (an answer of several lines in a copy of answers) stay.
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin: 0 0 16px; white-space: pre-line;">${e(p)}</p>`)
    .join("\n");
  const facts = content.facts?.length
    ? `<ul style="margin: 0 0 16px; padding-left: 20px;">\n${content.facts
        .map((f) => `<li><strong>${e(f.label)}:</strong> ${e(f.value)}</li>`)
        .join("\n")}\n</ul>`
    : "";
  const action = content.action
    ? `<p style="margin: 24px 0;"><a href="${e(content.action.url)}" style="display: inline-block; padding: 12px 20px; background: #01689b; color: #ffffff; text-decoration: underline; font-weight: bold; border-radius: 4px;">${e(content.action.label)}</a></p>
<p style="margin: 0 0 16px; font-size: 14px;">Werkt de knop niet? Kopieer dan deze link in uw browser:<br><a href="${e(content.action.url)}" style="color: #01689b;">${e(content.action.url)}</a></p>`
    : "";
  const footerLinks = (content.footerLinks ?? [])
    .map((l) => `<br><a href="${e(l.url)}" style="color: #4b4b4b;">${e(l.label)}</a>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin: 0; padding: 0; background: #f3f3f3;">
<div style="max-width: 600px; margin: 0 auto; padding: 24px; background: #ffffff; ${FONT}">
<p style="margin: 0 0 24px; font-size: 20px; font-weight: bold; color: #01689b;">${e(context.municipality)}</p>
<p style="margin: 0 0 16px;">${e(content.greeting)}</p>
${paragraphs}
${facts}
${action}
<hr style="border: 0; border-top: 1px solid #cccccc; margin: 24px 0 16px;">
<p style="margin: 0; font-size: 14px; color: #4b4b4b;">${e(content.reason)}${footerLinks}</p>
</div>
</body>
</html>
`;
}
