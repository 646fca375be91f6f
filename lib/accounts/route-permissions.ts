import type { Role } from "@/lib/accounts/types";
import { can, type Permission } from "./permissions";

/*
 * Who may open each route and call each server action: the table the standing security suite
 * is generated from. It restates, per URL and per action, which entry of the one permissions
 * table (lib/accounts/permissions.ts) guards it; the code itself still checks (gatePage,
 * requirePermission, createAction). The unit test (route-permissions.test.ts) fails when a
 * page.tsx, route.ts or actions.ts export exists that is not listed here, or when an action's
 * `createAction({ permission })` differs from what is listed; the e2e matrix
 * (e2e/security-matrix.spec.ts) requests every route and replays every action as every role.
 */

/**
 * - "public": anyone, signed in or not, sees the same page;
 * - "token": a secret in the URL decides (a mailed link); e2e/security-tokens.spec.ts covers reuse;
 * - "panel-member": a panel member signed in by mailed link (cookie peiling_lid, lib/panels/data/member-session.ts);
 * - { permission }: a staff account whose role has that permission.
 */
export type Access = "public" | "token" | "panel-member" | { permission: Permission };

/** The spreadsheet formats a download route gives; e2e/security-downloads.spec.ts checks each for formula injection. */
export type SpreadsheetFormat = "csv" | "xlsx";

export type RouteRule = {
  access: Access;
  /**
   * A real URL of this route. `{name}` placeholders are filled by the e2e matrix from the demo data
   * (see SAMPLE_PLACEHOLDERS); the unit test checks the sample matches the route's pattern.
   */
  sample: string;
  /** GET unless the route only answers POST (the microdata export). */
  method?: "GET" | "POST";
  /** For a POST route: the form fields an allowed caller sends. */
  form?: Record<string, string>;
  /** The status an allowed caller gets for the sample (200 unless said). */
  okStatus?: number;
  /** Set for routes that hand out spreadsheet files built from user text. */
  spreadsheet?: readonly SpreadsheetFormat[];
};

/** What each placeholder in a sample stands for (filled in e2e/support/security-demo-data.ts). */
export const SAMPLE_PLACEHOLDERS = {
  openSurvey: "id of the open demo survey (sociaal-domein-2026)",
  publishedSurvey: "id of the published demo survey (sociaal-domein-2025), with review round and advice",
  openSlug: "slug of the open demo survey",
  publishedSlug: "slug of the published demo survey",
  openQuestion: "an open (long_text) question of the published survey",
  pageId: "the first page of the open demo survey",
  panel: "id of the Digipanel",
  member: "id of a member of the Digipanel",
  batch: "id of a letter-code batch of the Digipanel",
  mail: "id of a message in the mail outbox",
  token: "a well-formed token that matches nothing",
  unsubscribe: "a well-formed unsubscribe token that matches nothing",
  adminUser: "id of the demo administrator account",
  staffUser: "id of the demo staff account",
} as const;

export type Placeholder = keyof typeof SAMPLE_PLACEHOLDERS;

const staff = (permission: Permission): Access => ({ permission });

/** Every page and route handler under app/, by URL pattern (the folder path, dynamic segments in brackets). */
export const ROUTE_RULES: Record<string, RouteRule> = {
  // Public pages
  "/": { access: "public", sample: "/" },
  "/inloggen": { access: "public", sample: "/inloggen" },
  "/uitloggen": { access: "public", sample: "/uitloggen" },
  "/privacy": { access: "public", sample: "/privacy" },
  "/toegankelijkheid": { access: "public", sample: "/toegankelijkheid" },
  "/api/health": { access: "public", sample: "/api/health" },
  // The language switch: remembers the chosen language and sends the visitor back (i18n/return-path.ts).
  "/taal/[locale]": { access: "public", sample: "/taal/en", okStatus: 303 },
  // A survey's short link from a poster or letter; one that names no open survey is not found.
  "/k/[code]": { access: "public", sample: "/k/zzzzzz", okStatus: 404 },
  "/api/auth/[...nextauth]": { access: "public", sample: "/api/auth/providers" },
  "/resultaten": { access: "public", sample: "/resultaten" },
  "/resultaten/[slug]": { access: "public", sample: "/resultaten/{publishedSlug}" },
  "/resultaten/[slug]/download/[format]": {
    access: "public",
    sample: "/resultaten/{publishedSlug}/download/csv",
    spreadsheet: ["csv", "xlsx"],
  },

  // A resident answering a survey
  "/s/[slug]": { access: "public", sample: "/s/{openSlug}" },
  "/s/[slug]/vraag/[pageId]": { access: "public", sample: "/s/{openSlug}/vraag/{pageId}", okStatus: 307 },
  "/s/[slug]/klaar": { access: "public", sample: "/s/{openSlug}/klaar" },
  "/s/[slug]/bewaard": { access: "public", sample: "/s/{openSlug}/bewaard", okStatus: 307 },
  "/s/[slug]/controleren": { access: "public", sample: "/s/{openSlug}/controleren", okStatus: 307 },
  "/s/[slug]/hervatten": { access: "public", sample: "/s/{openSlug}/hervatten" },
  "/s/[slug]/hervatten/[token]": { access: "token", sample: "/s/{openSlug}/hervatten/{token}" },
  "/s/[slug]/uitnodiging/[token]": { access: "token", sample: "/s/{openSlug}/uitnodiging/{token}" },

  // The panel, public side
  "/panel": { access: "public", sample: "/panel" },
  "/panel/aanmelden": { access: "public", sample: "/panel/aanmelden" },
  "/panel/aanmelden/verstuurd": { access: "public", sample: "/panel/aanmelden/verstuurd" },
  "/panel/afgemeld": { access: "public", sample: "/panel/afgemeld" },
  "/panel/gestopt": { access: "public", sample: "/panel/gestopt" },
  "/panel/inloggen": { access: "public", sample: "/panel/inloggen" },
  "/panel/inloggen/verstuurd": { access: "public", sample: "/panel/inloggen/verstuurd" },
  "/panel/email-bevestigen/klaar": { access: "public", sample: "/panel/email-bevestigen/klaar" },
  "/panel/afmelden/[token]": { access: "token", sample: "/panel/afmelden/{unsubscribe}" },
  "/panel/afmelden/[token]/bevestigen": {
    access: "token",
    sample: "/panel/afmelden/{unsubscribe}/bevestigen",
  },
  "/panel/bevestigen/[token]": { access: "token", sample: "/panel/bevestigen/{token}" },
  "/panel/email-bevestigen/[token]": { access: "token", sample: "/panel/email-bevestigen/{token}" },
  "/panel/inloggen/[token]": { access: "token", sample: "/panel/inloggen/{token}" },

  // A panel member's own pages
  "/panel/mijn": { access: "panel-member", sample: "/panel/mijn" },
  "/panel/mijn/stoppen": { access: "panel-member", sample: "/panel/mijn/stoppen" },
  "/panel/mijn/gegevens": { access: "panel-member", sample: "/panel/mijn/gegevens" },

  // The Adviesraad
  "/adviesraad": { access: staff("review:participate"), sample: "/adviesraad" },
  "/adviesraad/surveys/[id]": {
    access: staff("review:participate"),
    sample: "/adviesraad/surveys/{publishedSurvey}",
  },
  "/adviesraad/surveys/[id]/advies": {
    access: staff("review:participate"),
    sample: "/adviesraad/surveys/{publishedSurvey}/advies",
  },

  // The staff area
  "/beheer": { access: staff("beheer:enter"), sample: "/beheer" },
  "/beheer/[...rest]": { access: staff("beheer:enter"), sample: "/beheer/bestaat-niet", okStatus: 404 },
  "/beheer/gebruikers": { access: staff("user:manage"), sample: "/beheer/gebruikers" },
  "/beheer/mail": { access: staff("audit:read"), sample: "/beheer/mail" },
  "/beheer/mail/[id]": { access: staff("audit:read"), sample: "/beheer/mail/{mail}" },
  "/beheer/panels": { access: staff("panel:manage"), sample: "/beheer/panels" },
  "/beheer/panels/bevolking": { access: staff("population:edit"), sample: "/beheer/panels/bevolking" },
  "/beheer/panels/wijken": { access: staff("panel:districts"), sample: "/beheer/panels/wijken" },
  "/beheer/panels/[id]": { access: staff("panel:manage"), sample: "/beheer/panels/{panel}" },
  "/beheer/panels/[id]/importeren": {
    access: staff("panel:manage"),
    sample: "/beheer/panels/{panel}/importeren",
  },
  "/beheer/panels/[id]/leden": { access: staff("panel:manage"), sample: "/beheer/panels/{panel}/leden" },
  "/beheer/panels/[id]/leden/[memberId]": {
    access: staff("panel:manage"),
    sample: "/beheer/panels/{panel}/leden/{member}",
  },
  "/beheer/panels/[id]/lettercodes": {
    access: staff("panel:manage"),
    sample: "/beheer/panels/{panel}/lettercodes",
  },
  "/beheer/panels/[id]/lettercodes/[batchId]/csv": {
    access: staff("panel:manage"),
    sample: "/beheer/panels/{panel}/lettercodes/{batch}/csv",
    spreadsheet: ["csv"],
  },
  "/beheer/surveys/nieuw": { access: staff("survey:edit"), sample: "/beheer/surveys/nieuw" },
  "/beheer/surveys/import": { access: staff("survey:edit"), sample: "/beheer/surveys/import" },
  "/beheer/surveys/[id]": { access: staff("survey:read"), sample: "/beheer/surveys/{openSurvey}" },
  "/beheer/surveys/[id]/bewerken": {
    access: staff("survey:edit"),
    sample: "/beheer/surveys/{openSurvey}/bewerken",
  },
  "/beheer/surveys/[id]/export": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{openSurvey}/export",
  },
  "/beheer/surveys/[id]/vertalingen": {
    access: staff("survey:edit"),
    sample: "/beheer/surveys/{openSurvey}/vertalingen",
  },
  "/beheer/surveys/[id]/vertalingen/importeren": {
    access: staff("survey:edit"),
    sample: "/beheer/surveys/{openSurvey}/vertalingen/importeren",
  },
  "/beheer/surveys/[id]/vertalingen/bestand/[taal]": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{openSurvey}/vertalingen/bestand/en",
  },
  "/beheer/surveys/[id]/voorbeeld": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{openSurvey}/voorbeeld",
  },
  "/beheer/surveys/[id]/versies": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{openSurvey}/versies",
  },
  "/beheer/surveys/[id]/versies/vergelijk": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{openSurvey}/versies/vergelijk",
  },
  "/beheer/surveys/[id]/respons": {
    access: staff("response:read"),
    sample: "/beheer/surveys/{openSurvey}/respons",
  },
  "/beheer/surveys/[id]/review": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{publishedSurvey}/review",
  },
  "/beheer/surveys/[id]/review/advies": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{publishedSurvey}/review/advies",
  },
  "/beheer/surveys/[id]/uitnodigen": {
    access: staff("fieldwork:send"),
    sample: "/beheer/surveys/{openSurvey}/uitnodigen",
  },
  "/beheer/surveys/[id]/papier": {
    access: staff("response:enter"),
    sample: "/beheer/surveys/{openSurvey}/papier",
  },
  "/beheer/surveys/[id]/invoeren": {
    access: staff("response:enter"),
    sample: "/beheer/surveys/{openSurvey}/invoeren",
  },
  "/beheer/surveys/[id]/invoeren/verschillen/[code]": {
    access: staff("response:enter"),
    sample: "/beheer/surveys/{openSurvey}/invoeren/verschillen/AAAA-BBBB",
  },
  "/beheer/surveys/[id]/telefoon": {
    access: staff("response:enter"),
    sample: "/beheer/surveys/{openSurvey}/telefoon",
  },
  "/beheer/surveys/[id]/resultaten": {
    access: staff("response:read"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten",
  },
  "/beheer/surveys/[id]/resultaten/instellingen": {
    access: staff("response:read"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten/instellingen",
  },
  "/beheer/surveys/[id]/resultaten/publiceren": {
    access: staff("survey:publish"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten/publiceren",
  },
  "/beheer/surveys/[id]/resultaten/open-antwoorden": {
    access: staff("results:moderate"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten/open-antwoorden",
  },
  "/beheer/surveys/[id]/resultaten/open-antwoorden/[questionId]": {
    access: staff("results:moderate"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten/open-antwoorden/{openQuestion}",
  },
  "/beheer/surveys/[id]/resultaten/export": {
    access: staff("results:export"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten/export",
  },
  "/beheer/surveys/[id]/qr/[format]": {
    access: staff("survey:read"),
    sample: "/beheer/surveys/{openSurvey}/qr/svg",
  },
  "/beheer/surveys/[id]/resultaten/export/bestand": {
    access: staff("results:export"),
    sample: "/beheer/surveys/{publishedSurvey}/resultaten/export/bestand",
    method: "POST",
    form: { format: "csv", forPublication: "0" },
    spreadsheet: ["csv", "xlsx"],
  },
};

export type ActionRule = {
  access: Access;
  /**
   * Input that passes the action's schema, so a replay by a role without the permission reaches
   * the permission check instead of stopping at validation. Without it the replay sends `{}`:
   * still refused, but by validation (createAction validates before it checks the role).
   */
  validInput?: Record<string, string>;
};

/** Every export of every app/**\/actions.ts, as "<file>#<export>". */
export const ACTION_RULES: Record<string, ActionRule> = {
  // Public: signing in and out, a resident answering, joining the panel.
  "app/inloggen/actions.ts#loginAction": { access: "public" },
  "app/uitloggen/actions.ts#logoutAction": { access: "public" },
  "app/s/[slug]/actions.ts#startSurveyAction": { access: "public" },
  "app/s/[slug]/actions.ts#savePageAction": { access: "public" },
  "app/s/[slug]/actions.ts#resumeWithCodeAction": { access: "public" },
  "app/s/[slug]/actions.ts#sendResponseAction": { access: "public" },
  "app/s/[slug]/actions.ts#sendResumeLinkAction": { access: "public" },
  "app/panel/aanmelden/actions.ts#signupAction": { access: "public" },
  "app/panel/inloggen/actions.ts#requestLoginLinkAction": { access: "public" },
  // A mailed link's token decides.
  "app/panel/bevestigen/[token]/actions.ts#confirmSignupAction": { access: "token" },
  "app/panel/email-bevestigen/[token]/actions.ts#confirmEmailChangeAction": { access: "token" },
  "app/panel/inloggen/[token]/actions.ts#signInWithLinkAction": { access: "token" },
  // The panel member's own session.
  "app/panel/mijn/actions.ts#updateProfileAction": { access: "panel-member" },
  "app/panel/mijn/actions.ts#leaveAction": { access: "panel-member" },
  "app/panel/mijn/actions.ts#pauseFormAction": { access: "panel-member" },
  "app/panel/mijn/actions.ts#resumeFormAction": { access: "panel-member" },
  "app/panel/mijn/actions.ts#logoutFormAction": { access: "panel-member" },
  // The Adviesraad.
  "app/adviesraad/surveys/[id]/actions.ts#addCommentAction": { access: staff("review:participate") },
  "app/adviesraad/surveys/[id]/actions.ts#addReplyAction": { access: staff("review:participate") },
  "app/adviesraad/surveys/[id]/advies/actions.ts#saveAdviceAction": { access: staff("review:participate") },
  // Administrators only.
  "app/beheer/gebruikers/actions.ts#createUserAction": {
    access: staff("user:manage"),
    validInput: {
      email: "replay.matrix@peiling.demo",
      name: "Replay",
      role: "admin",
      password: "replay-wachtwoord-2026",
    },
  },
  "app/beheer/gebruikers/actions.ts#changeRoleAction": {
    access: staff("user:manage"),
    validInput: { userId: "{staffUser}", role: "admin" },
  },
  "app/beheer/gebruikers/actions.ts#setActiveAction": {
    access: staff("user:manage"),
    validInput: { userId: "{adminUser}", active: "false" },
  },
  "app/beheer/mail/actions.ts#resendMailAction": {
    access: staff("audit:read"),
    validInput: { id: "{mail}" },
  },
  "app/beheer/panels/wijken/actions.ts#addDistrictAction": {
    access: staff("panel:districts"),
    validInput: { postcode4: "4999", district: "Replaywijk" },
  },
  "app/beheer/panels/wijken/actions.ts#updateDistrictAction": { access: staff("panel:districts") },
  "app/beheer/panels/wijken/actions.ts#deleteDistrictAction": {
    access: staff("panel:districts"),
    validInput: { postcode4: "4901" },
  },
  "app/beheer/panels/wijken/actions.ts#rederiveDistrictsAction": {
    access: staff("panel:districts"),
    validInput: {},
  },
  // Staff.
  "app/beheer/panels/[id]/actions.ts#updatePanelSettingsAction": { access: staff("panel:manage") },
  "app/beheer/panels/[id]/actions.ts#changeMemberStatusAction": { access: staff("panel:manage") },
  "app/beheer/panels/[id]/actions.ts#importMembersAction": { access: staff("panel:manage") },
  "app/beheer/panels/[id]/lettercodes/actions.ts#createLetterCodeBatchAction": {
    access: staff("panel:manage"),
  },
  "app/beheer/panels/bevolking/actions.ts#savePopulationFiguresAction": { access: staff("population:edit") },
  "app/beheer/surveys/[id]/actions.ts#changeSurveyStatusAction": { access: staff("survey:read") },
  "app/beheer/surveys/[id]/actions.ts#setResultsDateAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/bewerken/actions.ts#saveDraftAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/bewerken/actions.ts#duplicateSurveyAction": {
    access: staff("survey:edit"),
    validInput: { surveyId: "{openSurvey}" },
  },
  "app/beheer/surveys/[id]/bewerken/actions.ts#deleteSurveyAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/vertalingen/actions.ts#saveTranslationsAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/vertalingen/actions.ts#previewTranslationImportAction": {
    access: staff("survey:edit"),
  },
  "app/beheer/surveys/[id]/resultaten/instellingen/actions.ts#saveResultSettingsAction": {
    access: staff("survey:publish"),
  },
  "app/beheer/surveys/[id]/resultaten/open-antwoorden/actions.ts#moderateAnswerAction": {
    access: staff("results:moderate"),
  },
  "app/beheer/surveys/[id]/resultaten/open-antwoorden/actions.ts#setQuoteAction": {
    access: staff("results:moderate"),
  },
  "app/beheer/surveys/[id]/resultaten/publiceren/actions.ts#saveSummaryAction": {
    access: staff("survey:publish"),
  },
  "app/beheer/surveys/[id]/resultaten/publiceren/actions.ts#publishResultsAction": {
    access: staff("survey:publish"),
  },
  "app/beheer/surveys/[id]/resultaten/publiceren/actions.ts#unpublishResultsAction": {
    access: staff("survey:publish"),
  },
  "app/beheer/surveys/[id]/review/actions.ts#shareForReviewAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/review/actions.ts#staffReplyAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/review/actions.ts#resolveThreadAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/review/advies/actions.ts#saveResponseAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/uitnodigen/actions.ts#sendInvitationsAction": { access: staff("fieldwork:send") },
  "app/beheer/surveys/[id]/uitnodigen/actions.ts#setAnonymityAction": { access: staff("survey:edit") },
  "app/beheer/surveys/[id]/papier/actions.ts#printRunAction": { access: staff("response:enter") },
  "app/beheer/surveys/[id]/invoeren/actions.ts#enterResponseAction": { access: staff("response:enter") },
  "app/beheer/surveys/[id]/invoeren/actions.ts#decideEntryAction": { access: staff("response:enter") },
  "app/beheer/surveys/[id]/telefoon/actions.ts#startCallAction": { access: staff("response:enter") },
  "app/beheer/surveys/import/actions.ts#importDefinitionAction": { access: staff("survey:edit") },
  "app/beheer/surveys/nieuw/actions.ts#createSurveyAction": { access: staff("survey:edit") },
};

/** Whether an access rule lets a caller in: their account's role (or none) and whether they have a panel member session. */
export function allows(access: Access, caller: { role: Role | null; member: boolean }): boolean {
  if (access === "public" || access === "token") return true;
  if (access === "panel-member") return caller.member;
  return can(caller.role, access.permission);
}
