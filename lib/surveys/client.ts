/*
 * Surveys: the definition, the builder, the lifecycle and versions.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export { builderFormSchema } from "./builder/builder-schema";
export type { EarlierQuestion } from "./builder/condition-choices";
export { earlierQuestions, operatorsFor, valueChoices, valueKind } from "./builder/condition-choices";
export { builderFieldId, candidateFieldIds } from "./builder/dom-ids";
export { decodeMessage } from "./builder/error-message";
export type {
  BuilderForm,
  ConditionItemForm,
  OptionForm,
  QuestionForm,
  StatementForm,
  VisibilityForm,
} from "./builder/form-model";
export {
  newGroup,
  newOption,
  newPage,
  newQuestion,
  newRule,
  newStatement,
  withTypeDefaults,
} from "./builder/form-model";
export { idFromText, nextNumberedId, optionValueFromLabel, suggestSurveySlug } from "./builder/ids";
export type { NewSurveyInput } from "./builder/new-survey-schema";
export { newSurveySchema } from "./builder/new-survey-schema";
export type { SkipPromiseWarning } from "./builder/skip-promise";
export { skipPromiseWarning } from "./builder/skip-promise";
export type { TranslationChange } from "./builder/translation-file";
export { translationFileName } from "./builder/translation-file";
export type { TranslationPlace } from "./builder/translation-places";
export type { TranslationFormValues } from "./builder/translation-schema";
export {
  saveTranslationsSchema,
  translationFormSchema,
  translationLimits,
} from "./builder/translation-schema";
export type {
  AnswerError,
  Answers,
  FormValue,
  LikertFormValue,
  MultipleChoiceFormValue,
  PageFormValues,
  RankingFormValue,
  SingleChoiceFormValue,
} from "./definition/answer-types";
export { controlDomId, fieldDomId } from "./definition/dom-ids";
export { formDataToValues, formValuesFromAnswers } from "./definition/form-values";
export {
  localizeDefinition,
  missingTranslationKeys,
  surveyLanguages,
} from "./definition/localize-definition";
export { rankingPlaces } from "./definition/parse-form-value";
export { DONT_KNOW_VALUE, OTHER_VALUE } from "./definition/reserved-values";
export type {
  ConditionOperator,
  Page,
  Question,
  QuestionType,
  SurveyDefinition,
  TranslationLocale,
} from "./definition/schema";
export { CONDITION_OPERATORS, QUESTION_TYPES, TRANSLATION_LOCALES } from "./definition/schema";
export type { TranslationKey } from "./definition/translation-keys";
export { translationKeys } from "./definition/translation-keys";
export type { ResultsDateInput } from "./results-date-schema";
export { resultsDateSchema } from "./results-date-schema";
export type { SaveDraftResult } from "./types";
