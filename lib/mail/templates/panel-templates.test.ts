import { describe, expect, it } from "vitest";
import { type MailTemplateName, renderMail } from ".";
import type { MailContext } from "./mail-content";

const context: MailContext = {
  baseUrl: "https://peiling.oosterhout.nl",
  municipality: "Gemeente Oosterhout",
};
const unsubscribeUrl = "https://peiling.oosterhout.nl/panel/afmelden/12.abcdefghijklmnopqrstuv";
const expiresAt = new Date("2026-03-12T16:00:00Z");

const mails = {
  panel_signup_confirm: renderMail(
    "panel_signup_confirm",
    { panelName: "Digipanel", confirmUrl: "https://x/panel/bevestigen/t", expiresAt, unsubscribeUrl },
    context,
  ),
  panel_already_member: renderMail(
    "panel_already_member",
    { panelName: "Digipanel", unsubscribeUrl },
    context,
  ),
  panel_member_login: renderMail(
    "panel_member_login",
    { panelName: "Digipanel", loginUrl: "https://x/panel/inloggen/t", expiresAt, unsubscribeUrl },
    context,
  ),
  panel_welcome: renderMail("panel_welcome", { panelName: "Digipanel", unsubscribeUrl }, context),
  panel_email_confirm: renderMail(
    "panel_email_confirm",
    { panelName: "Digipanel", confirmUrl: "https://x/panel/email-bevestigen/t", expiresAt, unsubscribeUrl },
    context,
  ),
} satisfies Partial<Record<MailTemplateName, unknown>>;

describe("mail to panel members", () => {
  it.each(Object.entries(mails))(
    "%s carries the one-click unsubscribe link in the header and the footer",
    (_, mail) => {
      expect(mail.listUnsubscribe).toBe(unsubscribeUrl);
      expect(mail.text).toContain(unsubscribeUrl);
      expect(mail.html).toContain(`href="${unsubscribeUrl}"`);
    },
  );

  it("the sign-up confirmation says until when the link works and what happens when nobody confirms", () => {
    const { text } = mails.panel_signup_confirm;
    expect(text).toContain("De knop werkt tot 12 maart 2026 om 17:00.");
    expect(text).toContain("verwijderen wij de gegevens na 7 dagen");
    expect(text).toContain("Aanmelding intrekken: ");
  });

  it("the already-member mail tells the member, not the person who typed the address", () => {
    const { subject, text } = mails.panel_already_member;
    expect(subject).toBe("U bent al lid van Digipanel");
    expect(text).toContain("Iemand heeft geprobeerd zich aan te melden");
    expect(text).toContain("https://peiling.oosterhout.nl/panel/inloggen");
  });

  it("the sign-in mail warns that the link works once and must not be forwarded", () => {
    const { text } = mails.panel_member_login;
    expect(text).toContain("De knop werkt één keer, tot 12 maart 2026 om 17:00.");
    expect(text).toContain("Stuur deze e-mail niet door");
  });
});
