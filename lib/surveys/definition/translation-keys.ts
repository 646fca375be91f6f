import type { SurveyDefinitionInput } from "./schema";

/*
 * The translatable texts of a survey definition, each under a flat key that stays the same as
 * long as the ids do: `title`, `intro`, `privacy`, `closing`, `pages.<pageId>.title`,
 * `pages.<pageId>.intro`, `questions.<qid>.text`, `questions.<qid>.help`,
 * `questions.<qid>.options.<value>`, `questions.<qid>.statements.<statementId>`,
 * `questions.<qid>.scale.<value>`, `questions.<qid>.minLabel`, `questions.<qid>.maxLabel`,
 * `questions.<qid>.unit`. Only texts the Dutch source has get a key (no help, no help key).
 *
 * One walker (`mapTranslatableTexts`) serves both listing the keys and replacing the texts, so the
 * two can never disagree about which text a key names.
 */

export type TranslationKey = {
  key: string;
  /** The Dutch source text. */
  source: string;
  /** The longest text the definition allows in this place; a translation keeps to it too. */
  maxLength: number;
};

/** Called for every translatable text; returns the text to put in its place. */
type TextMapper = (key: string, source: string, maxLength: number) => string;

/** Length limits, the same as the definition schema's (schema.ts). */
const MAX = {
  title: 200,
  intro: 10000,
  privacy: 10000,
  closing: 4000,
  pageTitle: 200,
  pageIntro: 4000,
  questionText: 1000,
  help: 2000,
  option: 300,
  statement: 500,
  endLabel: 100,
  unit: 40,
} as const;

type PageInput = SurveyDefinitionInput["pages"][number];
type QuestionInput = PageInput["questions"][number];

/** A copy of the definition with every translatable text passed through `map`; nothing else changes. */
export function mapTranslatableTexts<D extends SurveyDefinitionInput>(definition: D, map: TextMapper): D {
  return {
    ...definition,
    title: map("title", definition.title, MAX.title),
    intro: map("intro", definition.intro, MAX.intro),
    privacy: map("privacy", definition.privacy, MAX.privacy),
    closing: map("closing", definition.closing, MAX.closing),
    pages: definition.pages.map((page) => ({
      ...page,
      title: map(`pages.${page.id}.title`, page.title, MAX.pageTitle),
      ...optional(map, "intro", `pages.${page.id}.intro`, page.intro, MAX.pageIntro),
      questions: page.questions.map((question) => mapQuestion(question, map)),
    })),
  };
}

/** An optional text as a spread: absent (or empty) stays exactly as it was, with no key added. */
function optional(map: TextMapper, field: string, key: string, source: string | undefined, max: number) {
  return source === undefined || source === "" ? {} : { [field]: map(key, source, max) };
}

function mapQuestion(question: QuestionInput, map: TextMapper): QuestionInput {
  const at = (field: string) => `questions.${question.id}.${field}`;
  const maybe = (field: string, source: string | undefined, max: number) =>
    optional(map, field, at(field), source, max);
  const base = {
    ...question,
    text: map(at("text"), question.text, MAX.questionText),
    ...maybe("help", question.help, MAX.help),
  };
  switch (base.type) {
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "ranking":
      return {
        ...base,
        options: base.options.map((o) => ({
          ...o,
          label: map(at(`options.${o.value}`), o.label, MAX.option),
        })),
      };
    case "likert":
      return {
        ...base,
        statements: base.statements.map((s) => ({
          ...s,
          text: map(at(`statements.${s.id}`), s.text, MAX.statement),
        })),
        scale: base.scale.map((o) => ({ ...o, label: map(at(`scale.${o.value}`), o.label, MAX.option) })),
      };
    case "rating":
      return {
        ...base,
        ...maybe("minLabel", base.minLabel, MAX.endLabel),
        ...maybe("maxLabel", base.maxLabel, MAX.endLabel),
      };
    case "number":
      return { ...base, ...maybe("unit", base.unit, MAX.unit) };
    default:
      return base;
  }
}

/** Every translatable text of the definition, in reading order, with its key and Dutch source. */
export function translationKeys(definition: SurveyDefinitionInput): TranslationKey[] {
  const keys: TranslationKey[] = [];
  mapTranslatableTexts(definition, (key, source, maxLength) => {
    keys.push({ key, source, maxLength });
    return source;
  });
  return keys;
}
