import { describe, expect, it } from "vitest";
import { surveyLanguages } from "@/lib/surveys/definition/localize-definition";
import { TRANSLATION_LOCALES } from "@/lib/surveys/definition/schema";
import { translationKeys } from "@/lib/surveys/definition/translation-keys";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { sociaalDomeinDefinition } from "../../oosterhout-sociaal-domein";

/*
 * The demo survey's translations stay complete: a Dutch text added or an id changed without its
 * translations fails here, instead of the language silently disappearing from the survey's choice.
 */

const keys = translationKeys(sociaalDomeinDefinition);
const LANGUAGES = ["en", "pl", "ar", "tr"] as const;
/** Place names stay as they are in every language. */
const keptAsIs = (key: string) => key.startsWith("questions.wijk.options.");

describe("demo survey translations", () => {
  it.each(LANGUAGES)("%s has exactly the demo's keys, each with a text", (language) => {
    const translation = sociaalDomeinDefinition.translations?.[language] ?? {};
    expect(Object.keys(translation).sort()).toEqual(keys.map((k) => k.key).sort());
    for (const [key, text] of Object.entries(translation)) expect(text.trim(), key).not.toBe("");
  });

  it.each(LANGUAGES)("%s translates every text but the place names", (language) => {
    const translation = sociaalDomeinDefinition.translations?.[language] ?? {};
    const copiedDutch = keys
      .filter((k) => !keptAsIs(k.key) && translation[k.key] === k.source)
      .map((k) => k.key);
    expect(copiedDutch).toEqual([]);
  });

  it("the Arabic texts are in Arabic script", () => {
    const arabic = sociaalDomeinDefinition.translations?.ar ?? {};
    const notArabic = keys.filter((k) => !keptAsIs(k.key) && !/[\u0600-\u06FF]/.test(arabic[k.key] ?? ""));
    expect(notArabic.map((k) => k.key)).toEqual([]);
  });

  it("passes validation and is offered in all five languages", () => {
    expect(parseDefinition(sociaalDomeinDefinition)).toMatchObject({ ok: true });
    expect(surveyLanguages(sociaalDomeinDefinition)).toEqual(["nl", ...TRANSLATION_LOCALES]);
    expect([...TRANSLATION_LOCALES].sort()).toEqual([...LANGUAGES].sort());
  });
});
