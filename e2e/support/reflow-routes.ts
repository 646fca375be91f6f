/*
 * Every page of the site (each app/**\/page.tsx), with who visits it and where, for the reflow
 * journey (e2e/reflow.spec.ts: no sideways scrolling at 320 CSS px, WCAG 1.4.10).
 * lib/testing/reflow-route-coverage.test.ts compares this list with the pages under app/, so a
 * new page without an entry here fails `npm test`. Data only: the vitest check imports it too.
 */

/** Who opens the page: a resident (no account), a panel member, or a signed-in account. */
export type Visitor = "resident" | "panel" | "adviesraad" | "staff" | "admin";

/** What the paths are made of, read from the demo database or gathered on the way (tokens). */
export type RouteIds = {
  /** The demo's open survey (sociaal-domein-2026), its concept, its published 2025 edition (reviewed). */
  open: { id: number; slug: string };
  concept: { id: number };
  published: { id: number; slug: string };
  /** A survey with versions 1 and 2, for the diff. */
  twoVersions: { id: number };
  panel: { id: number; memberId: number };
  mailId: number;
  /** The panel of the journey's own that the panel member joins (the Digipanel's counts stay). */
  signupPanelSlug?: string;
  /** Links the panel journey received by mail on the way. */
  signupToken?: string;
  signInToken?: string;
};

/**
 * A step taken on a page after its check, so the next page has what it needs (a started survey,
 * a sign-up sent, a member signed in). e2e/reflow.spec.ts performs them.
 */
export type RouteStep =
  | "start-survey"
  | "save-for-later"
  | "walk-to-review"
  | "sign-up"
  | "confirm-sign-up"
  | "request-sign-in";

export type ReflowRoute =
  | {
      /** The page file, as `find app -name page.tsx` prints it. */
      page: string;
      visitor: Visitor;
      path: (ids: RouteIds) => string;
      afterwards?: RouteStep;
      /** Also checked at 200 % zoom (a 640 px wide window, which is 1280 px at 200 %). */
      zoom?: boolean;
      /** Also checked with its headings (survey titles) as one long unbroken word, as some titles are. */
      longTitles?: boolean;
      /** Why axe is not run on this page here (another journey scans it), if it is not. */
      axeElsewhere?: string;
    }
  | { page: string; skip: string };

const staffSurvey = (ids: RouteIds, rest = "") => `/beheer/surveys/${ids.open.id}${rest}`;
const publishedSurvey = (ids: RouteIds, rest = "") => `/beheer/surveys/${ids.published.id}${rest}`;
const fakeToken = "a".repeat(43);

/** In visiting order per visitor: a step may prepare the next page. */
export const REFLOW_ROUTES: ReflowRoute[] = [
  // Residents
  { page: "app/page.tsx", visitor: "resident", path: () => "/", zoom: true, longTitles: true },
  { page: "app/privacy/page.tsx", visitor: "resident", path: () => "/privacy" },
  { page: "app/toegankelijkheid/page.tsx", visitor: "resident", path: () => "/toegankelijkheid" },
  { page: "app/resultaten/page.tsx", visitor: "resident", path: () => "/resultaten", longTitles: true },
  {
    page: "app/resultaten/[slug]/page.tsx",
    visitor: "resident",
    path: (ids) => `/resultaten/${ids.published.slug}`,
    zoom: true,
  },
  {
    page: "app/s/[slug]/hervatten/page.tsx",
    visitor: "resident",
    path: (ids) => `/s/${ids.open.slug}/hervatten`,
  },
  {
    // A made-up token: the page that tells the resident the invitation link does not work.
    page: "app/s/[slug]/uitnodiging/[token]/page.tsx",
    visitor: "resident",
    path: (ids) => `/s/${ids.open.slug}/uitnodiging/${fakeToken}`,
  },
  {
    page: "app/s/[slug]/page.tsx",
    visitor: "resident",
    path: (ids) => `/s/${ids.open.slug}`,
    afterwards: "start-survey",
    zoom: true,
  },
  {
    page: "app/s/[slug]/vraag/[pageId]/page.tsx",
    visitor: "resident",
    path: (ids) => `/s/${ids.open.slug}/vraag/over-u`,
    afterwards: "save-for-later",
    zoom: true,
  },
  {
    page: "app/s/[slug]/bewaard/page.tsx",
    visitor: "resident",
    path: (ids) => `/s/${ids.open.slug}/bewaard`,
    afterwards: "walk-to-review",
  },
  {
    page: "app/s/[slug]/controleren/page.tsx",
    visitor: "resident",
    path: (ids) => `/s/${ids.open.slug}/controleren`,
    zoom: true,
  },
  { page: "app/s/[slug]/klaar/page.tsx", visitor: "resident", path: (ids) => `/s/${ids.open.slug}/klaar` },
  { page: "app/inloggen/page.tsx", visitor: "resident", path: () => "/inloggen" },
  {
    // A short link no survey has: the not-found page (a known code only redirects to the survey).
    page: "app/k/[code]/page.tsx",
    visitor: "resident",
    path: () => "/k/zzzzzz",
  },

  // Panel members (a new member of a panel of the journey's own, signed up by mail)
  { page: "app/panel/page.tsx", visitor: "panel", path: () => "/panel" },
  {
    page: "app/panel/inloggen/page.tsx",
    visitor: "panel",
    path: () => "/panel/inloggen",
    afterwards: "request-sign-in",
  },
  {
    page: "app/panel/inloggen/verstuurd/page.tsx",
    visitor: "panel",
    path: () => "/panel/inloggen/verstuurd",
  },
  {
    page: "app/panel/inloggen/[token]/page.tsx",
    visitor: "panel",
    path: (ids) => `/panel/inloggen/${ids.signInToken}`,
  },
  {
    page: "app/panel/aanmelden/page.tsx",
    visitor: "panel",
    path: (ids) => `/panel/aanmelden?panel=${ids.signupPanelSlug}`,
    afterwards: "sign-up",
  },
  {
    page: "app/panel/aanmelden/verstuurd/page.tsx",
    visitor: "panel",
    path: () => "/panel/aanmelden/verstuurd",
  },
  {
    page: "app/panel/bevestigen/[token]/page.tsx",
    visitor: "panel",
    path: (ids) => `/panel/bevestigen/${ids.signupToken}`,
    afterwards: "confirm-sign-up",
  },
  { page: "app/panel/mijn/page.tsx", visitor: "panel", path: () => "/panel/mijn", zoom: true },
  { page: "app/panel/mijn/stoppen/page.tsx", visitor: "panel", path: () => "/panel/mijn/stoppen" },
  {
    // A made-up token: the page that says the confirmation link does not work.
    page: "app/panel/email-bevestigen/[token]/page.tsx",
    visitor: "panel",
    path: () => `/panel/email-bevestigen/${fakeToken}`,
  },
  {
    page: "app/panel/email-bevestigen/klaar/page.tsx",
    visitor: "panel",
    path: () => "/panel/email-bevestigen/klaar",
  },
  {
    // A made-up token: the page that says the unsubscribe link does not work.
    page: "app/panel/afmelden/[token]/bevestigen/page.tsx",
    visitor: "panel",
    path: () => `/panel/afmelden/${fakeToken}/bevestigen`,
  },
  { page: "app/panel/afgemeld/page.tsx", visitor: "panel", path: () => "/panel/afgemeld" },
  { page: "app/panel/gestopt/page.tsx", visitor: "panel", path: () => "/panel/gestopt" },

  // The Adviesraad
  {
    page: "app/adviesraad/page.tsx",
    visitor: "adviesraad",
    path: () => "/adviesraad",
    zoom: true,
    longTitles: true,
  },
  {
    page: "app/adviesraad/surveys/[id]/page.tsx",
    visitor: "adviesraad",
    path: (ids) => `/adviesraad/surveys/${ids.published.id}`,
  },
  {
    page: "app/adviesraad/surveys/[id]/advies/page.tsx",
    visitor: "adviesraad",
    path: (ids) => `/adviesraad/surveys/${ids.published.id}/advies`,
  },

  // Staff
  { page: "app/beheer/page.tsx", visitor: "staff", path: () => "/beheer", zoom: true },
  { page: "app/beheer/[...rest]/page.tsx", visitor: "staff", path: () => "/beheer/bestaat-niet" },
  { page: "app/beheer/surveys/nieuw/page.tsx", visitor: "staff", path: () => "/beheer/surveys/nieuw" },
  { page: "app/beheer/surveys/import/page.tsx", visitor: "staff", path: () => "/beheer/surveys/import" },
  { page: "app/beheer/surveys/[id]/page.tsx", visitor: "staff", path: (ids) => staffSurvey(ids), zoom: true },
  {
    page: "app/beheer/surveys/[id]/bewerken/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/surveys/${ids.concept.id}/bewerken`,
  },
  {
    page: "app/beheer/surveys/[id]/vertalingen/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/vertalingen?taal=ar"),
  },
  {
    page: "app/beheer/surveys/[id]/vertalingen/importeren/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/vertalingen/importeren"),
  },
  {
    page: "app/beheer/surveys/[id]/voorbeeld/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/voorbeeld"),
  },
  {
    page: "app/beheer/surveys/[id]/versies/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/versies"),
  },
  {
    page: "app/beheer/surveys/[id]/versies/vergelijk/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/surveys/${ids.twoVersions.id}/versies/vergelijk?van=1&naar=2`,
    zoom: true,
  },
  {
    page: "app/beheer/surveys/[id]/review/page.tsx",
    visitor: "staff",
    path: (ids) => publishedSurvey(ids, "/review"),
  },
  {
    page: "app/beheer/surveys/[id]/review/advies/page.tsx",
    visitor: "staff",
    path: (ids) => publishedSurvey(ids, "/review/advies"),
  },
  {
    page: "app/beheer/surveys/[id]/uitnodigen/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/uitnodigen"),
  },
  {
    page: "app/beheer/surveys/[id]/invoeren/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/invoeren"),
  },
  {
    page: "app/beheer/surveys/[id]/invoeren/verschillen/[code]/page.tsx",
    skip: "shows the two entries of one paper response code that differ; the demo has none, and making one takes two full data entries (e2e of the paper journey visits it)",
  },
  {
    page: "app/beheer/surveys/[id]/papier/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/papier"),
  },
  {
    page: "app/beheer/surveys/[id]/telefoon/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/telefoon"),
  },
  {
    page: "app/beheer/surveys/[id]/respons/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/respons"),
    zoom: true,
  },
  {
    page: "app/beheer/surveys/[id]/resultaten/page.tsx",
    visitor: "staff",
    path: (ids) => publishedSurvey(ids, "/resultaten"),
  },
  {
    page: "app/beheer/surveys/[id]/resultaten/instellingen/page.tsx",
    visitor: "staff",
    path: (ids) => publishedSurvey(ids, "/resultaten/instellingen"),
  },
  {
    page: "app/beheer/surveys/[id]/resultaten/export/page.tsx",
    visitor: "staff",
    path: (ids) => publishedSurvey(ids, "/resultaten/export"),
  },
  {
    page: "app/beheer/surveys/[id]/resultaten/publiceren/page.tsx",
    visitor: "staff",
    path: (ids) => publishedSurvey(ids, "/resultaten/publiceren"),
  },
  {
    page: "app/beheer/surveys/[id]/resultaten/open-antwoorden/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/resultaten/open-antwoorden"),
    zoom: true,
  },
  {
    page: "app/beheer/surveys/[id]/resultaten/open-antwoorden/[questionId]/page.tsx",
    visitor: "staff",
    path: (ids) => staffSurvey(ids, "/resultaten/open-antwoorden/tips-gemeente"),
  },
  { page: "app/beheer/panels/page.tsx", visitor: "staff", path: () => "/beheer/panels" },
  { page: "app/beheer/panels/wijken/page.tsx", visitor: "staff", path: () => "/beheer/panels/wijken" },
  { page: "app/beheer/panels/bevolking/page.tsx", visitor: "staff", path: () => "/beheer/panels/bevolking" },
  {
    page: "app/beheer/panels/[id]/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/panels/${ids.panel.id}`,
  },
  {
    page: "app/beheer/panels/[id]/leden/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/panels/${ids.panel.id}/leden`,
    zoom: true,
  },
  {
    page: "app/beheer/panels/[id]/leden/[memberId]/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/panels/${ids.panel.id}/leden/${ids.panel.memberId}`,
  },
  {
    page: "app/beheer/panels/[id]/importeren/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/panels/${ids.panel.id}/importeren`,
  },
  {
    page: "app/beheer/panels/[id]/lettercodes/page.tsx",
    visitor: "staff",
    path: (ids) => `/beheer/panels/${ids.panel.id}/lettercodes`,
  },
  { page: "app/uitloggen/page.tsx", visitor: "staff", path: () => "/uitloggen" },

  // Administrators
  { page: "app/beheer/gebruikers/page.tsx", visitor: "admin", path: () => "/beheer/gebruikers", zoom: true },
  { page: "app/beheer/mail/page.tsx", visitor: "admin", path: () => "/beheer/mail", zoom: true },
  {
    page: "app/beheer/mail/[id]/page.tsx",
    visitor: "admin",
    path: (ids) => `/beheer/mail/${ids.mailId}`,
    axeElsewhere:
      "e2e/mail-outbox.spec.ts scans it; here, at 320 px after the other admin pages, the scan of the sandboxed iframe with the message never returns (not yet understood)",
  },
];
