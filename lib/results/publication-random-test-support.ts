import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import type { PublicationSource } from "./publication-build";
import { base } from "./publication-test-fixtures";
import type { PublicDimension } from "./publication-types";
import type { BreakdownGroup, QuestionResult, SurveyResults } from "./types";

/*
 * Random surveys for the publication's property tests: respondents drawn from a seeded generator
 * (channel; district, age group and sex for panel members, sometimes unknown), answering a single
 * choice question with "weet niet", a follow-up shown only after one answer, a multiple choice
 * question, a Likert grid and a 0–10 rating, each sometimes skipped. The results overall and per
 * breakdown are counted here, straight from the respondents, so the tests do not lean on the
 * results layer they would otherwise share a mistake with.
 */

type Respondent = {
  channel: "public" | "panel" | "staff";
  district: string;
  age_group: string;
  sex: string;
  q1: string | null;
  q2: string | null;
  q3: string[] | null;
  q4: Record<string, string>;
  q5: number | null;
};

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[], weights?: readonly number[]): T {
  const w = weights ?? items.map(() => 1);
  let r = random() * w.reduce((s, x) => s + x, 0);
  for (let i = 0; i < items.length; i += 1) {
    r -= w[i] as number;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const DISTRICTS = ["A", "B", "C", "D"];
const AGES = ["12-17", "18-34", "35-49", "50-64", "65-79", "80+"];
const SCALE = ["1", "2", "3", "4", "5"];

function respondentOf(random: () => number): Respondent {
  const channel = pick(random, ["public", "panel", "staff"] as const, [0.48, 0.4, 0.12]);
  const panel = channel === "panel";
  const known = (values: string[], weights?: number[]) =>
    panel ? (random() < 0.08 ? "" : pick(random, values, weights)) : "";
  const q1 = random() < 0.06 ? null : pick(random, ["a", "b", "c", "d", "_weet_niet"], [5, 3, 1, 0.5, 0.7]);
  const q2 = q1 !== "a" || random() < 0.1 ? null : pick(random, ["x", "y"], [4, 1]);
  const q3 =
    random() < 0.07
      ? null
      : random() < 0.06
        ? ["_weet_niet"]
        : (() => {
            const chosen = ["m1", "m2", "m3", "m4"].filter(
              (_, i) => random() < ([0.6, 0.3, 0.1, 0.04][i] ?? 0),
            );
            return chosen.length > 0 ? chosen : ["m1"];
          })();
  const q4: Record<string, string> = {};
  for (const s of ["s1", "s2"]) {
    if (random() < 0.08) continue;
    q4[s] = random() < 0.05 ? "_weet_niet" : pick(random, SCALE, [1, 2, 3, 4, 2]);
  }
  const q5 =
    random() < 0.07
      ? null
      : pick(random, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0.2, 0.1, 0.2, 0.4, 0.6, 1, 2, 3, 3, 1.5, 0.8]);
  return {
    channel,
    district: known(DISTRICTS, [5, 3, 1, 0.3]),
    age_group: known(AGES, [0.2, 2, 2, 3, 3, 0.6]),
    sex: known(["man", "vrouw", "anders"], [10, 10, 0.3]),
    q1,
    q2,
    q3,
    q4,
    q5,
  };
}

const page = { id: "p1", title: "Vragen" };

/** The questionnaire the random respondents answer: q2 is shown only to those who answered "a" to q1. */
export const randomSurveyDefinition: SurveyDefinition = (() => {
  const options = (values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
  const parsed = parseDefinition({
    title: "Willekeurig",
    intro: "Intro",
    privacy: "Privacy",
    closing: "Dank",
    pages: [
      {
        id: "p1",
        title: "Vragen",
        questions: [
          {
            id: "q1",
            type: "single_choice",
            text: "Vraag 1",
            options: options(["a", "b", "c", "d"]),
            dontKnow: true,
          },
          {
            id: "q2",
            type: "single_choice",
            text: "Vraag 2",
            options: options(["x", "y"]),
            visibleIf: { question: "q1", operator: "equals", value: "a" },
          },
          {
            id: "q3",
            type: "multiple_choice",
            text: "Vraag 3",
            options: options(["m1", "m2", "m3", "m4"]),
            dontKnow: true,
          },
          {
            id: "q4",
            type: "likert",
            text: "Stellingen",
            scale: options(SCALE),
            statements: [
              { id: "s1", text: "Stelling s1" },
              { id: "s2", text: "Stelling s2" },
            ],
            dontKnow: true,
          },
          { id: "q5", type: "rating", text: "Cijfer" },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.definition;
})();

function choice(
  id: string,
  number: number,
  type: "single_choice" | "multiple_choice",
  options: string[],
  answers: (string[] | null)[],
  notShown: number,
): QuestionResult {
  const given = answers.filter((a): a is string[] => a !== null);
  const count = (value: string) => given.filter((a) => a.includes(value)).length;
  const dk = count("_weet_niet");
  return {
    questionId: id,
    number,
    text: `Vraag ${number}`,
    questionType: type,
    page,
    base: base(answers.length + notShown, given.length, notShown),
    figures: {
      kind: "choice",
      questionType: type,
      options: options.map((value) => ({
        value,
        label: value.toUpperCase(),
        count: count(value),
        percent: null,
      })),
      valid: given.length - dk,
      dontKnow: { count: dk, percent: null },
    },
  };
}

function questionsOf(people: readonly Respondent[]): QuestionResult[] {
  const likertAnswered = people.filter((p) => Object.keys(p.q4).length > 0).length;
  const ratings = people.map((p) => p.q5).filter((v): v is number => v !== null);
  const sorted = [...ratings].sort((a, b) => a - b);
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2 === 1
        ? (sorted[(sorted.length - 1) / 2] as number)
        : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
  return [
    choice(
      "q1",
      1,
      "single_choice",
      ["a", "b", "c", "d"],
      people.map((p) => (p.q1 ? [p.q1] : null)),
      0,
    ),
    choice(
      "q2",
      2,
      "single_choice",
      ["x", "y"],
      people.filter((p) => p.q1 === "a").map((p) => (p.q2 ? [p.q2] : null)),
      people.filter((p) => p.q1 !== "a").length,
    ),
    choice(
      "q3",
      3,
      "multiple_choice",
      ["m1", "m2", "m3", "m4"],
      people.map((p) => p.q3),
      0,
    ),
    {
      questionId: "q4",
      number: 4,
      text: "Stellingen",
      questionType: "likert",
      page,
      base: base(people.length, likertAnswered, 0),
      figures: {
        kind: "likert",
        scale: SCALE.map((value) => ({ value, label: value })),
        statements: ["s1", "s2"].map((s) => ({
          id: s,
          text: `Stelling ${s}`,
          valid: people.filter((p) => p.q4[s] !== undefined && p.q4[s] !== "_weet_niet").length,
          dontKnow: people.filter((p) => p.q4[s] === "_weet_niet").length,
          scale: SCALE.map((value) => ({
            value,
            label: value,
            count: people.filter((p) => p.q4[s] === value).length,
            percent: null,
          })),
        })),
      },
    },
    {
      questionId: "q5",
      number: 5,
      text: "Cijfer",
      questionType: "rating",
      page,
      base: base(people.length, ratings.length, 0),
      figures: {
        kind: "numeric",
        questionType: "rating",
        mean: ratings.length === 0 ? null : ratings.reduce((s, v) => s + v, 0) / ratings.length,
        median,
        distribution: Array.from({ length: 11 }, (_, value) => ({
          value,
          count: ratings.filter((v) => v === value).length,
          percent: null,
        })),
      },
    },
  ];
}

function resultsOf(people: readonly Respondent[], dimension?: PublicDimension): SurveyResults {
  const groups: BreakdownGroup[] = [];
  if (dimension) {
    const values = [...new Set(people.map((p) => p[dimension]))].sort((a, b) =>
      a === "" ? 1 : b === "" ? -1 : a.localeCompare(b),
    );
    for (const value of values) {
      const members = people.filter((p) => p[dimension] === value);
      groups.push({
        value,
        label: value || "Onbekend",
        respondents: members.length,
        questions: questionsOf(members),
      });
    }
  }
  return {
    surveyId: 1,
    filters: {},
    respondents: people.length,
    weighting: null,
    questions: questionsOf(people),
    breakdown: dimension ? { spec: { kind: "dimension", dimension }, label: dimension, groups } : null,
  };
}

/** A random survey of `respondents` people, as the publication builder's source. */
export function randomPublicationSource(seed: number, respondents: number, k = 5): PublicationSource {
  const random = seededRandom(seed);
  const people = Array.from({ length: respondents }, () => respondentOf(random));
  const channelCount = (c: Respondent["channel"]) => people.filter((p) => p.channel === c).length;
  return {
    survey: { slug: `willekeurig-${seed}`, title: `Willekeurig ${seed}` },
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    k,
    minMeanGroup: 10,
    summary: "",
    overall: resultsOf(people),
    breakdowns: (["channel", "district", "age_group", "sex"] as const).map((dimension) => ({
      dimension,
      results: resultsOf(people, dimension),
    })),
    channels: [
      { channel: "public", invited: null, responses: channelCount("public") },
      { channel: "panel", invited: Math.ceil(channelCount("panel") * 1.4), responses: channelCount("panel") },
      { channel: "staff", invited: null, responses: channelCount("staff") },
    ],
    fieldwork: { from: null, to: null },
    quotes: [],
    advice: [],
    definition: randomSurveyDefinition,
  };
}
