import { describe, expect, it } from "vitest";
import { renderMail } from ".";
import type { InvitationData } from "./invitation";
import type { MailContext } from "./mail-content";

const context: MailContext = {
  baseUrl: "https://peiling.oosterhout.nl",
  municipality: "Gemeente Oosterhout",
};
const data: InvitationData = {
  panelName: "het Digipanel",
  surveySlug: "wonen",
  surveyTitle: "Wonen in Oosterhout",
  about: "Wij willen weten hoe u woont.",
  estimatedMinutes: 12,
  token: "abcdefghijklmnopqrstuv",
  closesAt: new Date("2026-04-30T21:59:00Z"),
  anonymity: "anonymous",
  allowBreakdowns: true,
  unsubscribeUrl: "https://peiling.oosterhout.nl/panel/afmelden/5.sig",
};

describe("the invitation mail", () => {
  const mail = renderMail("invitation", data, context);

  it("gives the survey, what it is about, how long it takes and until when the link works", () => {
    expect(mail.subject).toBe("Uitnodiging: vragenlijst ‘Wonen in Oosterhout’");
    expect(mail.text).toContain("Wij willen weten hoe u woont.");
    expect(mail.text).toContain("Duurt ongeveer: 12 minuten");
    expect(mail.text).toContain("Invullen kan tot: 30 april 2026");
    expect(mail.text).toContain("werkt één keer, tot de vragenlijst sluit op 30 april 2026");
  });

  it("carries the personal link and the one-click unsubscribe", () => {
    expect(mail.text).toContain("https://peiling.oosterhout.nl/s/wonen/uitnodiging/abcdefghijklmnopqrstuv");
    expect(mail.listUnsubscribe).toBe(data.unsubscribeUrl);
    expect(mail.text).toContain(`Geen uitnodigingen meer ontvangen: ${data.unsubscribeUrl}`);
    expect(mail.text).toContain("lid bent van het Digipanel");
  });

  it("tells how the answers are kept, per the survey's anonymity", () => {
    expect(mail.text).toContain("Uw antwoorden zijn anoniem");
    expect(mail.text).toContain("leeftijdsgroep, geslacht en wijk");
    const plain = renderMail("invitation", { ...data, allowBreakdowns: false }, context);
    expect(plain.text).toContain("Uw antwoorden zijn anoniem");
    expect(plain.text).not.toContain("leeftijdsgroep");
    const linked = renderMail("invitation", { ...data, anonymity: "pseudonymous" }, context);
    expect(linked.text).toContain("koppelen wij uw antwoorden aan uw lidmaatschap");
    expect(linked.text).not.toContain("anoniem");
  });

  it("leaves out what is not known", () => {
    const open = renderMail("invitation", { ...data, estimatedMinutes: null, closesAt: null }, context);
    expect(open.text).not.toContain("Duurt ongeveer");
    expect(open.text).toContain("zolang de vragenlijst open is");
  });
});

describe("the reminder mail", () => {
  const { about: _about, ...rest } = data;
  const mail = renderMail("reminder", { ...rest, token: "zyxwvutsrqponmlkjihgfe" }, context);

  it("reminds, with its own personal link, the anonymity sentence and the unsubscribe", () => {
    expect(mail.subject).toBe("Herinnering: vragenlijst ‘Wonen in Oosterhout’");
    expect(mail.text).toContain("https://peiling.oosterhout.nl/s/wonen/uitnodiging/zyxwvutsrqponmlkjihgfe");
    expect(mail.text).toContain("Uw antwoorden zijn anoniem");
    expect(mail.listUnsubscribe).toBe(data.unsubscribeUrl);
  });
});
