// Plausible stored answers for one generated respondent of any survey definition: pages and
// questions in order, each condition evaluated on the answers given so far (so a follow-up question
// is answered only when the resident would have seen it), a realistic share skipped, and values
// shaped exactly as the respondent's pages store them (lib/surveys/definition/answer-types.ts).

import type { Random } from "@/lib/random/seeded-random";
import { evaluateCondition } from "@/lib/surveys/definition/conditions";
import {
  DONT_KNOW_VALUE,
  OTHER_VALUE,
  type Question,
  type SurveyDefinition,
} from "@/lib/surveys/definition/schema";

/** One of `items`, drawn with `random`. */
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** `items` in a random order. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Skewed towards the first options, as real answers are: option i has weight 1 / (1 + i·skew). */
function skewedIndex(random: Random, length: number, skew: number): number {
  const weights = Array.from({ length }, (_, i) => 1 / (1 + i * skew));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < length; i++) {
    r -= weights[i] as number;
    if (r <= 0) return i;
  }
  return length - 1;
}

/** A 0–10 score around `mean` (a rough bell: the mean of three draws). */
function score(random: Random, mean: number): number {
  const spread = (random() + random() + random()) / 3 - 0.5;
  return Math.max(0, Math.min(10, Math.round(mean + spread * 8)));
}

const TEXTS = [
  "Meer plekken in de wijk om elkaar te ontmoeten.",
  "Sneller antwoord van het wijkteam, ik heb lang moeten wachten.",
  "Duidelijke informatie op één plek, ook op papier voor ouderen.",
  "Ik weet niet goed waar ik moet beginnen als ik hulp nodig heb.",
  "Een buurthuis dat ook in het weekend open is.",
  "Minder formulieren en meer persoonlijk contact.",
  "Goede hulp gehad bij mijn schulden, dank daarvoor.",
  "Meer activiteiten voor jongeren in Dorst.",
  "Het loket is moeilijk te bereiken met de bus.",
  "Mantelzorgers verdienen meer steun en af en toe rust.",
  // Now and then a resident writes what must not be published: the moderation queue catches it.
  "Bel mij gerust op 06-12345678, dan leg ik het uit.",
  "Mijn buurman Jan de Vries helpt iedereen in de straat.",
];

export type RespondentProfile = {
  /** Exact age, when known (panel members: inside their age group). */
  age?: number;
  /** The dropdown value of their district, when known. */
  districtOption?: string;
  /** Leans every rating and agreement up or down a little (−1..1). */
  mood: number;
};

/** Stored answers for one respondent: questionId → answer, only for questions shown and answered. */
export function generateAnswers(
  definition: SurveyDefinition,
  random: Random,
  profile: RespondentProfile,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const page of definition.pages) {
    if (page.visibleIf && !evaluateCondition(page.visibleIf, answers)) continue;
    for (const question of page.questions) {
      if (question.visibleIf && !evaluateCondition(question.visibleIf, answers)) continue;
      const skip = !question.required && random() < (isText(question) ? 0.6 : 0.08);
      if (skip) continue;
      const answer = answerFor(question, random, profile);
      if (answer !== undefined) answers[question.id] = answer;
    }
  }
  return answers;
}

const isText = (q: Question) => q.type === "short_text" || q.type === "long_text";

function answerFor(q: Question, random: Random, profile: RespondentProfile): unknown {
  switch (q.type) {
    case "single_choice": {
      if (q.dontKnow && random() < 0.06) return { choice: DONT_KNOW_VALUE };
      if (q.other && random() < 0.04) return { choice: OTHER_VALUE, other: "Iets anders" };
      return { choice: (q.options[skewedIndex(random, q.options.length, 0.5)] as { value: string }).value };
    }
    case "multiple_choice": {
      if (q.dontKnow && random() < 0.05) return { choices: [DONT_KNOW_VALUE] };
      const max = Math.min(q.maxSelected ?? 4, q.options.length);
      const chosen = shuffle(random, q.options).slice(0, 1 + Math.floor(random() * max));
      const order = new Map(q.options.map((o, i) => [o.value, i]));
      const choices = chosen.map((o) => o.value).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      if (q.other && choices.length < max && random() < 0.08)
        return { choices: [...choices, OTHER_VALUE], other: "Iets anders" };
      return { choices };
    }
    case "likert": {
      const answer: Record<string, string> = {};
      const lean = Math.round(profile.mood);
      for (const s of q.statements) {
        if (random() < 0.05) continue;
        if (q.dontKnow && random() < 0.07) {
          answer[s.id] = DONT_KNOW_VALUE;
          continue;
        }
        const middle = Math.floor(q.scale.length / 2) + lean;
        const index = Math.max(0, Math.min(q.scale.length - 1, middle + Math.round((random() - 0.5) * 3.2)));
        answer[s.id] = (q.scale[index] as { value: string }).value;
      }
      return Object.keys(answer).length > 0 ? answer : undefined;
    }
    case "rating":
      return score(random, 6.8 + profile.mood * 1.5);
    case "number": {
      if (q.id === "leeftijd" && profile.age !== undefined) return profile.age;
      const min = q.min ?? 0;
      const max = Math.min(q.max ?? min + 100, min + 100);
      // Most numbers asked are small (hours, people, years): skewed to the low end.
      return Math.round(min + (max - min) * random() ** 2.5);
    }
    case "dropdown":
      if (q.id === "wijk" && profile.districtOption) return profile.districtOption;
      return (q.options[skewedIndex(random, q.options.length, 0.15)] as { value: string }).value;
    case "ranking":
      return shuffle(random, q.options).map((o) => o.value);
    case "short_text":
    case "long_text":
      return pick(random, TEXTS).slice(0, q.maxLength);
  }
}
