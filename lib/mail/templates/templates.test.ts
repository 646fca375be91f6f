import { describe, expect, it } from "vitest";
import { type MailTemplateData, type MailTemplateName, renderMail } from ".";
import type { MailContext } from "./mail-content";
import { renderLayout } from "./render-layout";

const context: MailContext = {
  baseUrl: "https://peiling.oosterhout.nl",
  municipality: "Gemeente Oosterhout",
};
const nasty = `Zorg & <script>alert("x")</script> 'hulp'`;

const samples: { [N in MailTemplateName]: MailTemplateData[N] } = {
  review_shared: {
    recipientName: "Anna <b>de</b> Vries",
    surveyId: 7,
    surveyTitle: nasty,
    adviceDeadline: new Date("2026-03-12T16:00:00Z"),
  },
  advice_submitted: {
    surveyId: 7,
    surveyTitle: nasty,
    submittedAt: new Date("2026-03-13T09:30:00Z"),
    adviceDeadline: new Date("2026-03-12T16:00:00Z"),
    late: true,
  },
  response_finalized: { recipientName: null, surveyId: 7, surveyTitle: nasty },
  // Panel mail names the panel where the others name the survey.
  panel_signup_confirm: {
    panelName: nasty,
    confirmUrl: "https://peiling.oosterhout.nl/panel/bevestigen/abc",
    expiresAt: new Date("2026-03-12T16:00:00Z"),
    unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x",
  },
  panel_already_member: {
    panelName: nasty,
    unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x",
  },
  panel_member_login: {
    panelName: nasty,
    loginUrl: "https://peiling.oosterhout.nl/panel/inloggen/abc",
    expiresAt: new Date("2026-03-12T16:00:00Z"),
    unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x",
  },
  panel_welcome: { panelName: nasty, unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x" },
  panel_email_confirm: {
    panelName: nasty,
    confirmUrl: "https://peiling.oosterhout.nl/panel/email-bevestigen/abc",
    expiresAt: new Date("2026-03-12T16:00:00Z"),
    unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x",
  },
  invitation: {
    panelName: "het Digipanel",
    surveySlug: "wonen-2026",
    surveyTitle: nasty,
    about: "Wij willen weten hoe u woont.",
    estimatedMinutes: 10,
    token: "AAAAAAAAAAAAAAAAAAAAAA",
    closesAt: new Date("2026-03-12T16:00:00Z"),
    anonymity: "anonymous",
    allowBreakdowns: true,
    unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x",
  },
  reminder: {
    panelName: "het Digipanel",
    surveySlug: "wonen-2026",
    surveyTitle: nasty,
    estimatedMinutes: null,
    token: "BBBBBBBBBBBBBBBBBBBBBB",
    closesAt: null,
    anonymity: "pseudonymous",
    allowBreakdowns: false,
    unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/1.x",
  },
  answers_copy: {
    surveySlug: "wonen-2026",
    surveyTitle: nasty,
    pages: [{ title: "Uw huis", questions: [{ text: "Waar woont u?", lines: ["In een huurhuis"] }] }],
    resultsExpectedOn: "2026-06-01",
  },
  resume_link: {
    surveyTitle: nasty,
    resumeUrl: "https://peiling.oosterhout.nl/s/wonen-2026/hervatten/CCCCCCCCCCCCCCCCCCCCCC",
  },
};

const links: Record<MailTemplateName, string> = {
  review_shared: "https://peiling.oosterhout.nl/adviesraad/surveys/7",
  advice_submitted: "https://peiling.oosterhout.nl/beheer/surveys/7/review",
  response_finalized: "https://peiling.oosterhout.nl/adviesraad/surveys/7",
  panel_signup_confirm: "https://peiling.oosterhout.nl/panel/bevestigen/abc",
  panel_already_member: "https://peiling.oosterhout.nl/panel/inloggen",
  panel_member_login: "https://peiling.oosterhout.nl/panel/inloggen/abc",
  panel_welcome: "https://peiling.oosterhout.nl/panel/inloggen",
  panel_email_confirm: "https://peiling.oosterhout.nl/panel/email-bevestigen/abc",
  invitation: "https://peiling.oosterhout.nl/s/wonen-2026/uitnodiging/AAAAAAAAAAAAAAAAAAAAAA",
  reminder: "https://peiling.oosterhout.nl/s/wonen-2026/uitnodiging/BBBBBBBBBBBBBBBBBBBBBB",
  answers_copy: "https://peiling.oosterhout.nl/resultaten/wonen-2026",
  resume_link: "https://peiling.oosterhout.nl/s/wonen-2026/hervatten/CCCCCCCCCCCCCCCCCCCCCC",
};

describe.each(Object.keys(samples) as MailTemplateName[])("template %s", (name) => {
  const mail = renderMail(name, samples[name] as never, context);

  it("has a one-line subject naming the survey", () => {
    expect(mail.subject).toContain(nasty);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("escapes every text in the HTML part, and keeps it as is in the text part", () => {
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toContain(
      "Zorg &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;hulp&#39;",
    );
    expect(mail.text).toContain(nasty);
    expect(mail.text).not.toContain("&amp;");
  });

  it("links to the right page with an absolute URL, in both parts", () => {
    expect(mail.text).toContain(links[name]);
    expect(mail.html).toContain(`href="${links[name]}"`);
    // No relative links: a mail client has no base URL.
    expect(mail.html).not.toMatch(/href="\//);
  });

  it("shows the municipality and says why the person gets this mail", () => {
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("Gemeente Oosterhout");
      expect(part).toContain("U krijgt deze e-mail omdat");
    }
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
  });
});

describe("template details", () => {
  it("answers_copy lists every question with its answer, says a skipped one, and when results come", () => {
    const mail = renderMail(
      "answers_copy",
      {
        ...samples.answers_copy,
        pages: [
          {
            title: "Uw buurt",
            questions: [
              { text: "Wat mist u?", lines: ["Bomen", "Een bankje"] },
              { text: "Hoe is uw hypotheek?", lines: [] },
            ],
          },
        ],
      },
      context,
    );
    expect(mail.text).toContain(
      "== Uw buurt ==\n\nWat mist u?\nBomen\nEen bankje\n\nHoe is uw hypotheek?\n(niet beantwoord)",
    );
    expect(mail.html).toContain("Wat mist u?\nBomen\nEen bankje");
    expect(mail.html).toContain("white-space: pre-line");
    expect(mail.text).toContain("naar verwachting op 1 juni 2026");
  });

  it("review_shared gives the deadline as a Dutch date and greets by name", () => {
    const mail = renderMail("review_shared", samples.review_shared, context);
    expect(mail.text).toContain("Advies graag vóór: 12 maart 2026");
    expect(mail.text).toContain("Beste Anna <b>de</b> Vries,");
    expect(mail.html).toContain("Beste Anna &lt;b&gt;de&lt;/b&gt; Vries,");
  });

  it("advice_submitted says whether the advice was late", () => {
    const late = renderMail("advice_submitted", samples.advice_submitted, context);
    expect(late.subject).toMatch(/^Advies ontvangen \(te laat\) over/);
    expect(late.text).toContain("na de deadline van 12 maart 2026");
    const onTime = renderMail("advice_submitted", { ...samples.advice_submitted, late: false }, context);
    expect(onTime.subject).toMatch(/^Advies ontvangen over/);
    expect(onTime.text).toContain("op tijd");
    expect(onTime.text).toContain("Ontvangen op: 13 maart 2026 om 10:30");
  });

  it("response_finalized greets the group when there is no name", () => {
    const mail = renderMail("response_finalized", samples.response_finalized, context);
    expect(mail.text).toContain("Beste lid van de Adviesraad,");
  });
});

describe("layout", () => {
  it("passes a one-click unsubscribe URL on, and shows footer links in both parts", () => {
    const mail = renderLayout(
      {
        subject: "Uitnodiging\r\nBcc: iemand@example.nl",
        greeting: "Beste panellid,",
        paragraphs: ["Doet u mee?"],
        reason: "U krijgt deze e-mail omdat u lid bent van het Digipanel.",
        footerLinks: [{ label: "Afmelden", url: "https://peiling.oosterhout.nl/panel/afmelden?t=a&b=<c>" }],
        listUnsubscribe: "https://peiling.oosterhout.nl/panel/afmelden?t=a",
      },
      context,
    );
    expect(mail.listUnsubscribe).toBe("https://peiling.oosterhout.nl/panel/afmelden?t=a");
    // A line break in a subject would start a new mail header.
    expect(mail.subject).toBe("Uitnodiging Bcc: iemand@example.nl");
    expect(mail.text).toContain("Afmelden: https://peiling.oosterhout.nl/panel/afmelden?t=a&b=<c>");
    expect(mail.html).toContain('href="https://peiling.oosterhout.nl/panel/afmelden?t=a&amp;b=&lt;c&gt;"');
  });
});
