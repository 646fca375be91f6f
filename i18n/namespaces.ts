/**
 * The catalogue is split by namespace (messages/<locale>/<namespace>.json) so each feature owns
 * its own file. A namespace missing in English falls back to Dutch, the complete catalogue.
 */
export const NAMESPACES = [
  "site",
  "survey",
  "validation",
  "auth",
  "beheer",
  "pages",
  "lifecycle",
  "mail",
  "review",
  "builder",
  "panels",
  "panel",
  "fieldwork",
  "results",
  "moderation",
  "publication",
  "entry",
] as const;

/**
 * The parts of the catalogue the resident's journey shows (the survey pages, the home page, the
 * site header and footer, the "not found" and error pages): Arabic, Turkish and Polish hold
 * exactly these, with the Dutch keys (i18n/catalogue.test.ts). A whole namespace, or one
 * section of a namespace the staff pages share.
 */
export const JOURNEY_MESSAGES = [
  "site",
  "survey",
  "validation",
  "pages.home",
  "pages.notFound",
  "pages.error",
  "panel.homeSection",
  "panel.footerLink",
  "publication.home",
  // Someone signed in sees these in the header of every page.
  "auth.userNav",
  "auth.logout",
  "review.userNav",
] as const;
