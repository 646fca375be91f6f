import { definition, sampleQuestions as q } from "@/lib/surveys/definition/test-definitions";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";

/*
 * The survey and the random stored answers of the display-condition SQL tests
 * (aggregate-condition-sql.test.ts on SQLite's own in-memory database, and
 * data/results-sql.test.ts on each engine's answers table).
 */

// Every operator, on every kind of question it applies to, nested in all/any, on questions and a page.
const parsed = parseDefinition(
  definition([
    {
      id: "p1",
      questions: [
        { ...q.gender, dontKnow: true },
        { ...q.support, visibleIf: { question: "gender", operator: "not_equals", value: "man" } },
        q.grid,
        {
          ...q.score,
          visibleIf: {
            any: [
              { question: "grid", statement: "s1", operator: "equals", value: "4" },
              { question: "support", operator: "any_of", value: ["jeugd", "schuld"] },
            ],
          },
        },
        q.age,
        { ...q.district, visibleIf: { question: "age", operator: "gt", value: 30 } },
      ],
    },
    {
      id: "p2",
      visibleIf: {
        all: [
          { question: "score", operator: "lt", value: 8 },
          { question: "gender", operator: "answered" },
        ],
      },
      questions: [
        { ...q.order, visibleIf: { question: "district", operator: "any_of", value: ["centrum", "zuid"] } },
        { ...q.name, visibleIf: { question: "grid", statement: "s2", operator: "answered" } },
        {
          ...q.story,
          visibleIf: {
            all: [
              { question: "age", operator: "lt", value: 50 },
              { question: "support", operator: "equals", value: "wmo" },
              { question: "score", operator: "not_equals", value: 5 },
            ],
          },
        },
      ],
    },
  ]),
);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
export const conditionSurvey = parsed.definition;

/** mulberry32 */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomAnswers(random: () => number): Record<string, unknown> {
  const maybe = <T>(value: T) => (random() < 0.8 ? value : undefined);
  const any = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const answers: Record<string, unknown> = {
    gender: maybe({ choice: any(["man", "vrouw", "x", "_weet_niet"]) }),
    support: maybe({
      choices: [any(["wmo", "jeugd", "schuld", "_anders"]), ...(random() < 0.3 ? ["wmo"] : [])],
    }),
    grid: maybe({
      s1: any(["1", "4", "5", "_weet_niet"]),
      ...(random() < 0.5 ? { s2: any(["2", "4"]) } : {}),
    }),
    score: maybe(any([0, 4, 5, 7, 8, 10])),
    age: maybe(any([12, 30, 31, 49, 50, 80])),
    district: maybe(any(["centrum", "noord", "zuid"])),
    order: maybe(["zorg", "werk", "geld"]),
    name: maybe("Noord"),
    story: maybe("Verhaal"),
  };
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
}

/** The questions of conditionSurvey that have a condition (their own or their page's). */
export const CONDITIONED = ["support", "score", "district", "order", "name", "story"];
