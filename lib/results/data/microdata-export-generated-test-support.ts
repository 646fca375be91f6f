import { eq } from "drizzle-orm";
import {
  answers as answerTable,
  openAnswerReviews,
  responses,
  resultSettings,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { insertPanel, insertSurvey } from "@/lib/panels/data/panel-test-support";

/*
 * A generated survey for the microdata tests: a few hundred completed responses to many closed
 * questions of every kind (dropdown, single and multiple choice, Likert grid, ratings, a number,
 * a ranking) and an open one, with attributes and answers that partly follow each other, as real
 * ones do. Deterministic: the same seed gives the same responses.
 */

const option = (value: string, label: string) => ({ value, label });
const options = (...labels: string[]) => labels.map((label) => option(label.toLowerCase(), label));

const DISTRICTS = [
  "Centrum",
  "Zuiderhout",
  "Oosteind",
  "Dorst",
  "Den Hout",
  "Slotjes",
  "Vrachelen",
  "Kruisstraat",
];
const SCALE = options("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens");

export const generatedDefinition = {
  title: "Gegenereerd",
  pages: [
    {
      id: "p1",
      title: "Vragen",
      questions: [
        { id: "wijk", type: "dropdown", text: "Wijk?", options: options(...DISTRICTS) },
        { id: "leeftijd", type: "number", text: "Leeftijd?", min: 12, max: 110, integer: true, unit: "jaar" },
        {
          id: "woont",
          type: "single_choice",
          text: "Woont?",
          options: options("Alleen", "Samen", "Gezin"),
          other: true,
        },
        {
          id: "werk",
          type: "single_choice",
          text: "Werk?",
          options: options("Ja", "Nee", "Gepensioneerd", "Student"),
        },
        {
          id: "vervoer",
          type: "dropdown",
          text: "Vervoer?",
          options: options("Fiets", "Auto", "Bus", "Lopen"),
        },
        {
          id: "stellingen",
          type: "likert",
          text: "Eens?",
          statements: ["a", "b", "c", "d", "e"].map((id) => ({ id, text: `Stelling ${id.toUpperCase()}` })),
          scale: SCALE,
          dontKnow: true,
        },
        {
          id: "sport",
          type: "multiple_choice",
          text: "Sport?",
          options: options("Voetbal", "Zwemmen", "Hardlopen", "Tennis", "Wandelen", "Yoga"),
          other: true,
          dontKnow: true,
        },
        { id: "cijfer_wijk", type: "rating", text: "Cijfer wijk?" },
        { id: "cijfer_gemeente", type: "rating", text: "Cijfer gemeente?" },
        { id: "cijfer_groen", type: "rating", text: "Cijfer groen?" },
        {
          id: "volgorde",
          type: "ranking",
          text: "Wat eerst?",
          options: options("Groen", "Veilig", "Schoon", "Wonen"),
        },
        { id: "tips", type: "long_text", text: "Tips?" },
      ],
    },
  ],
};

/** A small deterministic generator: a whole number below `below`. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % below;
  };
}

let seq = 0;

/** Seeds the generated survey with `count` completed responses; returns its id. */
export async function seedGeneratedSurvey(
  slug: string,
  options: { count: number; seed: number; minCellSize?: number },
): Promise<number> {
  const random = generator(options.seed);
  const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;
  /** Index near `centre` most of the time, any other some of the time. */
  const near = (centre: number, size: number) =>
    random(10) < 7 ? Math.max(0, Math.min(size - 1, centre + random(3) - 1)) : random(size);

  const surveyId = await insertSurvey(slug);
  const panelId = await insertPanel(`${slug}-panel`);
  // One transaction for the few thousand rows: far quicker on PostgreSQL than a commit per row.
  await transaction(async (db) => {
    await db
      .update(surveyVersions)
      .set({ definition: generatedDefinition })
      .where(eq(surveyVersions.surveyId, surveyId));
    if (options.minCellSize !== undefined)
      await db.insert(resultSettings).values({ surveyId, minCellSize: options.minCellSize });
    const [survey] = await db
      .select({ versionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.id, surveyId));
    if (survey?.versionId == null) throw new Error(`survey ${surveyId} has no current version`);
    const ageGroups = ["16-24", "25-34", "35-49", "50-64", "65-79", "80+"];
    for (let i = 0; i < options.count; i += 1) {
      seq += 1;
      // Districts are skewed (the first few are large), as in a real town.
      const district = Math.min(random(DISTRICTS.length), random(DISTRICTS.length));
      const ageGroup = random(ageGroups.length);
      const age = 16 + ageGroup * 12 + random(12);
      const panel = random(3) === 0;
      const [response] = await db
        .insert(responses)
        .values({
          surveyId,
          versionId: survey.versionId,
          channel: panel ? "panel" : "public",
          panelId: panel ? panelId : null,
          status: "completed",
          completedAt: new Date(Date.parse("2026-05-01T10:00:00Z") + i * 60_000),
          ageGroup: random(8) === 0 ? null : ageGroups[ageGroup],
          sex: pick(["man", "vrouw", "man", "vrouw", "anders", null]),
          district: random(6) === 0 ? null : DISTRICTS[district],
          resumeTokenHash: `gen-t-${seq}`,
          resumeCodeHash: `gen-c-${seq}`,
          resumeTokenSealed: "x",
          resumeCodeSealed: "x",
        })
        .returning({ id: responses.id });
      if (!response) throw new Error("no response inserted");
      const id = response.id;
      const mood = random(5);
      const ranking = ["groen", "veilig", "schoon", "wonen"];
      for (let j = ranking.length - 1; j > 0; j -= 1) {
        const other = random(j + 1);
        [ranking[j], ranking[other]] = [ranking[other] as string, ranking[j] as string];
      }
      const answers: Record<string, unknown> = {
        wijk: DISTRICTS[random(10) < 9 ? district : random(DISTRICTS.length)]?.toLowerCase(),
        leeftijd: age,
        woont:
          random(12) === 0
            ? { choice: "_anders", other: "Bij mijn moeder" }
            : { choice: pick(["alleen", "samen", "gezin"]) },
        werk: ageGroup >= 4 && random(4) > 0 ? "gepensioneerd" : pick(["ja", "nee", "student", "ja"]),
        vervoer: pick(["fiets", "auto", "bus", "lopen", "fiets"]),
        stellingen: Object.fromEntries(
          ["a", "b", "c", "d", "e"].map((s) => [
            s,
            random(15) === 0 ? "_weet_niet" : SCALE[near(mood, 5)]?.value,
          ]),
        ),
        sport: {
          choices: ["voetbal", "zwemmen", "hardlopen", "tennis", "wandelen", "yoga"].filter(
            () => random(3) === 0,
          ),
        },
        cijfer_wijk: near(mood + 4, 11),
        cijfer_gemeente: near(mood + 3, 11),
        cijfer_groen: near(mood + 5, 11),
        volgorde: ranking,
        tips: `Mijn eigen tip nummer ${seq}`,
      };
      // One statement per response for its dozen answers; the column writes each value as JSON.
      await db
        .insert(answerTable)
        .values(
          Object.entries(answers).flatMap(([questionId, value]) =>
            value === undefined ? [] : [{ responseId: id, questionId, value }],
          ),
        );
      await db.insert(openAnswerReviews).values({
        surveyId,
        responseId: id,
        questionId: "tips",
        item: "",
        status: "approved",
        redactedText: `Tip ${seq}`,
      });
    }
  });
  return surveyId;
}
