import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The demo goes through the data functions, which use the process's database.
setUpTempDatabase("results-demo-publication");

import { getDb } from "@/db/client";
import { queryRow } from "@/db/raw-sql";
import { surveys } from "@/db/schema";
import { getPublishedResults } from "@/lib/results/data/result-publication";
import { currentDefinition } from "@/lib/results/data/survey-results";
import { attackPublication } from "@/lib/results/publication-attacker-test-support";
import { publicationTableRows } from "@/lib/results/table-downloads";
import { testDownloadLabels as labels } from "@/lib/results/table-downloads-test-support";
import { RESULTS_DEMO_SLUG } from "./results-demo";
import { seedDemo } from "./seed";

/*
 * The demo's published 2025 edition, attacked as a careful reader would with nothing but what is
 * public: the snapshot behind the page and the JSON download, the rows of the CSV/XLSX downloads,
 * and the questionnaire. No count of 1 to k − 1 anywhere (bases and group sizes included), and no
 * hidden or derived figure that every published figure together narrows to fewer than k values.
 */

describe("the demo's published 2025 edition, attacked from outside", () => {
  it("prints no count below k and gives an attacker holding every figure nothing below k", async () => {
    await seedDemo(getDb());
    const snapshot = await getPublishedResults(RESULTS_DEMO_SLUG);
    if (!snapshot) throw new Error("the demo's 2025 edition is published");
    const k = snapshot.k;
    expect(k).toBe(5);
    expect(snapshot.method.respondents).toBe(1200);
    expect(snapshot.method.suppression.audit).toMatchObject({ passed: true });
    expect(snapshot.method.suppression.audit.hidden).toBeGreaterThan(0);
    // The seed's figures, the same on every engine and every run (issue 12): the district order
    // the generator weights by once came from the database (PostgreSQL returned another than
    // SQLite), and the members who answered were paired with the seeded draws in a random order.
    expect(snapshot.method.channels.map((c) => [c.channel, c.responses])).toEqual([
      ["public", 863],
      ["panel", 247],
      ["staff", 90],
    ]);
    const age = snapshot.questions.find((q) => q.questionId === "leeftijd");
    expect(age?.answered).toBe(1104);
    expect(age?.table).toMatchObject({ kind: "numeric", mean: 47.2, median: 47, weightedMean: 63.1 });

    // Every count column of the downloads: a number is 0 or at least k; hidden ones are the mark.
    const rows = publicationTableRows(snapshot, labels).slice(1);
    const counts = rows.map((row) => row[6]).filter((cell) => typeof cell === "number") as number[];
    expect(counts.length).toBeGreaterThan(500);
    expect(counts.filter((n) => n > 0 && n < k)).toEqual([]);
    for (const channel of snapshot.method.channels) expect(channel.responses).toBeGreaterThanOrEqual(k);
    for (const breakdown of snapshot.breakdowns)
      for (const group of breakdown.groups)
        if (!group.withheld) expect(group.respondents ?? 0).toBeGreaterThanOrEqual(k);

    const survey = (await queryRow(
      getDb(),
      sql`SELECT id FROM ${surveys} WHERE slug = ${RESULTS_DEMO_SLUG}`,
    )) as {
      id: number;
    };
    const definition = await currentDefinition(survey.id);
    if (!definition) throw new Error("the demo survey has a definition");
    expect(await attackPublication(snapshot, k, definition)).toEqual([]);
  }, 300_000);
});
