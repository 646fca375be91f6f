import fs from "node:fs";
import path from "node:path";

/*
 * The demo survey's texts in a language, as a resident reading that language sees them: the
 * survey's own texts from its translation file (lib/demo/sociaal-domein/translations/<lang>.json)
 * and the interface's words from the message catalogue, with the same fallback to Dutch the app
 * uses (i18n/request.ts), so a step finds a button by the name it really has.
 */

export type DemoLanguage = "en" | "pl" | "ar" | "tr";

const root = process.cwd();

function readJson(file: string): Record<string, unknown> | null {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

/** The demo survey's text under a translation key (translationKeys), in `language`. */
export function demoSurveyText(language: DemoLanguage, key: string): string {
  const texts = readJson(path.join(root, "lib/demo/sociaal-domein/translations", `${language}.json`)) ?? {};
  const text = texts[key];
  if (typeof text !== "string") throw new Error(`no ${language} text for ${key}`);
  return text;
}

function lookup(messages: Record<string, unknown> | null, dotted: string): string | undefined {
  let current: unknown = messages;
  for (const part of dotted.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === "string" ? current : undefined;
}

/** An interface text of the survey pages (messages/<lang>/survey.json), Dutch where the language lacks it. */
export function surveyMessage(language: DemoLanguage | "nl", key: string): string {
  const own = lookup(readJson(path.join(root, "messages", language, "survey.json")), key);
  const dutch = lookup(readJson(path.join(root, "messages", "nl", "survey.json")), key);
  const text = own ?? dutch;
  if (text === undefined) throw new Error(`no survey message ${key}`);
  return text;
}
