/*
 * Surveys: the definition, the builder, the lifecycle and versions.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";
import {
  findSurveyForRespondent as findSurveyForRespondentUnchecked,
  listOpenSurveys as listOpenSurveysUnchecked,
} from "./data/public-surveys";
import { findShortLinkSlug as findShortLinkSlugUnchecked } from "./data/short-links";

// Pure logic the server side uses (no database).
export { builderFormJson } from "./builder/builder-schema";
export { definitionToForm } from "./builder/definition-to-form";
export { describeRefusal } from "./builder/describe-refusal";
export { errorMessage } from "./builder/error-message";
export { formToDefinition } from "./builder/form-to-definition";
export { importDefinitionSchema } from "./builder/import-schema";
export { translationImportSchema } from "./builder/translation-schema";
export * from "./client";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export type { OpenSurvey } from "./data/public-surveys";
export { setResultsExpectedOn } from "./data/results-date";
export { getSurveyShortCode } from "./data/short-links";
export type { StaffSurveyListItem } from "./data/staff-surveys";
export { listStaffSurveys } from "./data/staff-surveys";
export { createSurvey, deleteSurvey, duplicateSurvey, importAsNewSurvey } from "./data/survey-concepts";
export { getSurveyDraft, getWorkingDefinition, saveDraft } from "./data/survey-drafts";
export type { SurveyOverview } from "./data/survey-overview";
export { getSurveyOverview } from "./data/survey-overview";
export type { TimelineEntry } from "./data/survey-timeline";
export { listSurveyTimeline } from "./data/survey-timeline";
export type {
  LanguageProgress,
  SurveyTranslations,
  TranslationImportPreview,
  TranslationRow,
} from "./data/survey-translations";
export {
  exportTranslationFile,
  getSurveyTranslations,
  previewTranslationImport,
  saveTranslations,
} from "./data/survey-translations";
export type { SurveyVersionListItem } from "./data/survey-versions";
export { getVersionByNumber, listSurveyVersions } from "./data/survey-versions";
export {
  allowedTransitions,
  isPublicationStep,
  isSurveyStatus,
  TRANSITIONS,
  transitionSchema,
} from "./definition/lifecycle";
export type { ConditionNode } from "./definition/schema";
export type { TextSegment } from "./definition/text-diff";
export type { FieldChange, ItemChange, PageDiff, QuestionDiff } from "./definition/version-diff";
export { diffDefinitions } from "./definition/version-diff";
export { qrCodePng, qrCodeSvg } from "./sharing/qr-code";
export { shortLinkPath } from "./sharing/short-code";
export { CHANNELS } from "./types";

// Public on purpose: no check of who asks, for the reason given.
export const listOpenSurveys = publicOnPurpose(
  "residents see which surveys are open without signing in",
  listOpenSurveysUnchecked,
);
export const findShortLinkSlug = publicOnPurpose(
  "a resident follows a short link from a poster or letter without signing in",
  findShortLinkSlugUnchecked,
);
export const findSurveyForRespondent = publicOnPurpose(
  "residents open a survey and answer it without signing in",
  findSurveyForRespondentUnchecked,
);
