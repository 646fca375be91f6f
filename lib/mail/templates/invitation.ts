import { unsubscribeMailParts } from "@/lib/mail/templates/unsubscribe-parts";
import { quoted } from "./greeting";
import { formatDate, type MailContent, type MailContext, siteUrl } from "./mail-content";
import { panelMemberReason } from "./panel-reason";

/** To a panel member drawn for a survey: the personal, single-use link. */
export type InvitationData = {
  panelName: string;
  surveySlug: string;
  surveyTitle: string;
  /** What the survey is about: the first paragraph of its introduction. */
  about: string;
  estimatedMinutes: number | null;
  /** The invitation's secret token (it is stored only as a hash; this mail is the one copy). */
  token: string;
  /** The link works until the survey closes. */
  closesAt: Date | null;
  anonymity: "anonymous" | "pseudonymous";
  allowBreakdowns: boolean;
  /** One-click unsubscribe (lib/panels/data/unsubscribe.ts). */
  unsubscribeUrl: string;
};

export function invitation(data: InvitationData, context: MailContext): MailContent {
  return {
    subject: `Uitnodiging: vragenlijst ${quoted(data.surveyTitle)}`,
    greeting: `Beste lid van ${data.panelName},`,
    paragraphs: [
      `U bent gekozen om mee te doen aan de vragenlijst ${quoted(data.surveyTitle)}. Wij horen graag wat u ervan vindt.`,
      ...(data.about ? [data.about] : []),
      ...fieldworkParagraphs(data),
    ],
    facts: fieldworkFacts(data),
    action: { label: "Vul de vragenlijst in", url: personalLink(data, context) },
    ...memberFooter(data),
  };
}

/** The personal link: `/s/<slug>/uitnodiging/<token>`. */
export function personalLink(
  data: Pick<InvitationData, "surveySlug" | "token">,
  context: MailContext,
): string {
  return siteUrl(context, `/s/${encodeURIComponent(data.surveySlug)}/uitnodiging/${data.token}`);
}

/** How the answers are kept, as the respondent is told on the survey's start page too. */
export function anonymitySentence(data: Pick<InvitationData, "anonymity" | "allowBreakdowns">): string {
  if (data.anonymity === "pseudonymous") {
    return "Let op: bij deze vragenlijst koppelen wij uw antwoorden aan uw lidmaatschap van het panel. Zo kan de gemeente u later misschien een vervolgvraag stellen. Uw antwoorden worden nooit met uw naam of e-mailadres gepubliceerd.";
  }
  return data.allowBreakdowns
    ? "Uw antwoorden zijn anoniem: wij koppelen ze niet aan u en niet aan deze link. Wel bewaren wij uw leeftijdsgroep, geslacht en wijk bij de antwoorden, zodat wij de uitkomsten per groep kunnen bekijken. Maar alleen als genoeg andere deelnemers dezelfde gegevens hebben. Anders laten wij eerst de wijk weg, en als het nodig is ook de rest."
    : "Uw antwoorden zijn anoniem: wij koppelen ze niet aan u en niet aan deze link.";
}

export function fieldworkParagraphs(
  data: Pick<InvitationData, "anonymity" | "allowBreakdowns" | "closesAt">,
): string[] {
  return [
    anonymitySentence(data),
    `De link is persoonlijk en werkt één keer${data.closesAt ? `, tot de vragenlijst sluit op ${formatDate(data.closesAt)}` : ", zolang de vragenlijst open is"}. Stuur deze e-mail daarom niet door.`,
  ];
}

export function fieldworkFacts(
  data: Pick<InvitationData, "surveyTitle" | "estimatedMinutes" | "closesAt">,
): { label: string; value: string }[] {
  return [
    { label: "Vragenlijst", value: data.surveyTitle },
    ...(data.estimatedMinutes
      ? [{ label: "Duurt ongeveer", value: `${data.estimatedMinutes} minuten` }]
      : []),
    ...(data.closesAt ? [{ label: "Invullen kan tot", value: formatDate(data.closesAt) }] : []),
  ];
}

/** Why the member gets the mail, the unsubscribe link in the footer and the List-Unsubscribe header. */
export function memberFooter(
  data: Pick<InvitationData, "panelName" | "unsubscribeUrl">,
): Pick<MailContent, "reason" | "footerLinks" | "listUnsubscribe"> {
  return {
    reason: `${panelMemberReason(data.panelName)} Wilt u geen uitnodigingen meer? Meld u dan af met de link hieronder.`,
    ...unsubscribeMailParts(data.unsubscribeUrl),
  };
}
