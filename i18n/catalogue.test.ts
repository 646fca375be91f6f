import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JOURNEY_LOCALES } from "./locales";
import { JOURNEY_MESSAGES, NAMESPACES } from "./namespaces";

const dir = path.join(__dirname, "..", "messages");

function read(locale: string, ns: string): Record<string, unknown> | null {
  const file = path.join(dir, locale, `${ns}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

/** Every text's key; a list's items count by position (a statement page's sections). */
function keys(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keys(v, `${prefix}.${i}`));
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every text by its key. */
function texts(value: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (v: unknown, prefix: string) => {
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) visit(item, `${prefix}.${i}`);
    } else if (typeof v === "object" && v !== null) {
      for (const [k, item] of Object.entries(v)) visit(item, prefix ? `${prefix}.${k}` : k);
    } else found.set(prefix, String(v));
  };
  visit(value, "");
  return found;
}

/** The names of a message's top-level ICU arguments ("{date}", "{count, plural, …}"), each once, sorted. */
function argumentNames(message: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.push(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? "?");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...new Set(names)].sort();
}

/** Keys whose translation is empty or has other arguments than the Dutch text. */
function badTranslations(translated: Map<string, string>, dutch: Map<string, string>): string[] {
  return [...translated].flatMap(([key, text]) => {
    const source = dutch.get(key);
    if (source === undefined) return [];
    if (text.trim() === "") return [`${key}: empty`];
    const [a, b] = [argumentNames(text), argumentNames(source)];
    return a.join() === b.join() ? [] : [`${key}: arguments ${a.join()} instead of ${b.join()}`];
  });
}

/** The part of the catalogue a JOURNEY_MESSAGES entry names, as { "<namespace>": { section: … } }. */
function journeyPart(locale: string): Record<string, unknown> {
  const part: Record<string, Record<string, unknown>> = {};
  for (const entry of JOURNEY_MESSAGES) {
    const [ns, section] = entry.split(".") as [string, string | undefined];
    const messages = read(locale, ns) ?? {};
    part[ns] ??= {};
    if (section === undefined) Object.assign(part[ns], messages);
    else if (section in messages) part[ns][section] = messages[section];
  }
  return part;
}

/** What a translation file holds beyond the journey part: nothing, or it would not be checked. */
function keysOutsideJourney(locale: string): string[] {
  return NAMESPACES.flatMap((ns) => {
    const messages = read(locale, ns);
    if (!messages) return [];
    const whole = JOURNEY_MESSAGES.includes(ns as never);
    return Object.keys(messages)
      .filter((section) => !whole && !JOURNEY_MESSAGES.includes(`${ns}.${section}` as never))
      .map((section) => `${ns}.${section}`);
  });
}

describe("message catalogue", () => {
  it.each(NAMESPACES)("Dutch namespace %s exists and is not empty", (ns) => {
    const nl = read("nl", ns);
    expect(nl).not.toBeNull();
    expect(keys(nl).length).toBeGreaterThan(0);
  });

  it.each(NAMESPACES)("English namespace %s exists with exactly the Dutch keys", (ns) => {
    const en = read("en", ns);
    expect(en, `messages/en/${ns}.json is missing`).not.toBeNull();
    expect(keys(en).sort()).toEqual(keys(read("nl", ns)).sort());
    expect(badTranslations(texts(en), texts(read("nl", ns)))).toEqual([]);
  });

  it.each(JOURNEY_LOCALES)(
    "%s holds the resident's journey with exactly the Dutch keys, and nothing else",
    (locale) => {
      expect(keys(journeyPart(locale)).sort()).toEqual(keys(journeyPart("nl")).sort());
      expect(badTranslations(texts(journeyPart(locale)), texts(journeyPart("nl")))).toEqual([]);
      expect(keysOutsideJourney(locale)).toEqual([]);
    },
  );

  it.each(JOURNEY_LOCALES)(
    "%s is translated: the journey's longer texts differ from the Dutch ones",
    (locale) => {
      const dutch = texts(journeyPart("nl"));
      // Texts with words in them: "{statement}: {choice}" is the same in every language.
      const words = (text: string) => text.replace(/\{[^{}]*\}/g, "").replace(/[^\p{L}]/gu, "");
      const same = [...texts(journeyPart(locale))].filter(
        ([key, text]) => words(text).length > 12 && text === dutch.get(key),
      );
      expect(same).toEqual([]);
    },
  );
});
