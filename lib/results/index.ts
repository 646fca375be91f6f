/*
 * Results: aggregation, weighting, disclosure control, publication and exports.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";
import {
  microdataCsvStream as microdataCsvStreamUnchecked,
  microdataNote as microdataNoteUnchecked,
  microdataXlsx as microdataXlsxUnchecked,
} from "./data/microdata-export-files";
import {
  getPublishedResults as getPublishedResultsUnchecked,
  listPublishedResults as listPublishedResultsUnchecked,
} from "./data/result-publication";

export * from "./client";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { getCrossTab } from "./data/cross-tab";
export type { MicrodataLabels } from "./data/microdata-export";
export { exportMicrodata } from "./data/microdata-export";
export {
  getPublicationState,
  previewPublication,
  publishResults,
  saveResultSummary,
  unpublishResults,
} from "./data/result-publication";
export { getResultSettings, saveResultSettings } from "./data/result-settings";
export { getSurveyResults } from "./data/survey-results";
// Pure logic the server side uses (no database).
export { effectiveMinCellSize } from "./disclosure-rules";
export { microdataExportRequestSchema } from "./export-schema";
export { hasMarginAt, MIN_EFFECTIVE_SAMPLE } from "./margin-of-error";
export { publishSchema, summarySchema, unpublishSchema } from "./publication-schema";
export type {
  PublicDimension,
  PublishedAdviceSnapshot,
  PublishedBreakdown,
  PublishedCell,
  PublishedChoiceTable,
  PublishedLikertTable,
  PublishedMethod,
  PublishedNumericTable,
  PublishedQuestion,
  PublishedQuote,
  PublishedRankingTable,
  PublishedResults,
  PublishedTable,
  Suppression,
} from "./publication-types";
export { isPublicDimension } from "./publication-types";
export type { PublishedWeighting } from "./publication-weighting";
export { smallSampleWarning } from "./small-sample-warning";
export type { DownloadLabels } from "./table-downloads";
export { publicationTableRows } from "./table-downloads";
export { tablesCsv, tablesXlsx } from "./table-downloads-files";
export type {
  BreakdownGroup,
  BreakdownSpec,
  ChoiceResult,
  CrossTab,
  CrossTabCategory,
  Dimension,
  LikertResult,
  NumericResult,
  QuestionResult,
  RankingResult,
  Weighted,
  Weighting,
  WeightingClass,
} from "./types";
export { DIMENSIONS } from "./types";
export type { ResultsView } from "./view-query";
export { parseResultsView } from "./view-query";
export { ageSpan } from "./weighting-classes";

// Public on purpose: no check of who asks, for the reason given.
export const microdataCsvStream = publicOnPurpose(
  "builds the file from an export that exportMicrodata has already authorised and audited; reads nothing itself",
  microdataCsvStreamUnchecked,
);
export const microdataNote = publicOnPurpose(
  "writes the note for an export that exportMicrodata has already authorised and audited; reads nothing itself",
  microdataNoteUnchecked,
);
export const microdataXlsx = publicOnPurpose(
  "builds the file from an export that exportMicrodata has already authorised and audited; reads nothing itself",
  microdataXlsxUnchecked,
);
export const getPublishedResults = publicOnPurpose(
  "published results are public: residents read them without signing in",
  getPublishedResultsUnchecked,
);
export const listPublishedResults = publicOnPurpose(
  "published results are public: residents read them without signing in",
  listPublishedResultsUnchecked,
);
