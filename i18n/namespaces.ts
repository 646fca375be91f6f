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
