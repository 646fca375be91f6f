import type { ConditionWords } from "@/lib/fieldwork/client";

/** The translator of the "entry" namespace, as far as conditions use it. */
export type EntryTranslate = (key: string, values?: Record<string, string | number>) => string;

function clause(words: ConditionWords, t: EntryTranslate): string {
  if (words.kind !== "rule")
    return words.parts
      .map((p) => clause(p, t))
      .join(t(words.kind === "all" ? "condition.allJoin" : "condition.anyJoin"));
  const value = words.values.join(t("condition.anyOfJoin"));
  const text = t(`condition.${words.operator}`, { number: words.questionNumber ?? "?", value });
  return words.statement ? `${text} ${t("condition.statement", { statement: words.statement })}` : text;
}

/** "Alleen invullen als u bij vraag 3 ‘Ja’ koos." — the instruction paper and phone give for a condition. */
export function conditionSentence(words: ConditionWords, t: EntryTranslate): string {
  return t("condition.onlyIf", { condition: clause(words, t) });
}
