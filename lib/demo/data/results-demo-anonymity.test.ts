import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The demo goes through the data functions, which use the process's database.
setUpTempDatabase("results-demo-anonymity");

import { getDb } from "@/db/client";
import { queryRow } from "@/db/raw-sql";
import { invitations, responses as responsesTable, resultSettings, surveys } from "@/db/schema";
import { narrowedBelow, responsesPerLabel } from "@/lib/results/data/anonymous-panel-attributes-test-support";
import { getPublishedResults } from "@/lib/results/data/result-publication";
import { RESULTS_DEMO_SLUG } from "./results-demo";
import { seedDemo } from "./seed";

describe("the demo's closed 2025 edition, as whoever holds the database sees it", () => {
  it("has no anonymous panel response or cube row that fewer than k members who answered match", async () => {
    await seedDemo(getDb());
    const survey = (await queryRow(
      getDb(),
      sql`SELECT s.id, s.anonymity, s.status, coalesce(rs.min_cell_size, 5) AS k FROM ${surveys} s
         LEFT JOIN ${resultSettings} rs ON rs.survey_id = s.id WHERE s.slug = ${RESULTS_DEMO_SLUG}`,
    )) as {
      id: number;
      anonymity: string;
      status: string;
      k: number;
    };
    expect(survey).toMatchObject({ anonymity: "anonymous", status: "published", k: 5 });
    const used = (await queryRow(
      getDb(),
      sql`SELECT count(*) AS n FROM ${invitations} WHERE survey_id = ${survey.id} AND used_at IS NOT NULL`,
    )) as { n: number };

    const { narrowed, responses } = await narrowedBelow(survey.id, survey.k);
    // One anonymous panel response per used invitation, each looked at.
    expect(responses).toBe(used.n);
    expect(responses).toBeGreaterThan(200);
    expect(narrowed).toEqual([]);
    // Stronger still: every label is carried by at least k responses, so nobody learns more by
    // subtracting one label's responses from another's.
    for (const [label, n] of await responsesPerLabel(survey.id))
      expect({ label, n: Math.min(n, survey.k) }).toEqual({ label, n: survey.k });
    // Breakdowns survive: some responses still carry a district, and more an age group.
    const carrying = (await queryRow(
      getDb(),
      sql`SELECT count(district) AS district, count(age_group) AS "ageGroup" FROM ${responsesTable}
         WHERE survey_id = ${survey.id} AND channel = 'panel'`,
    )) as { district: number; ageGroup: number };
    expect(carrying.district).toBeGreaterThan(0);
    expect(carrying.ageGroup).toBeGreaterThan(carrying.district);
    // The publication still counts everyone.
    expect((await getPublishedResults(RESULTS_DEMO_SLUG))?.method.respondents).toBe(1200);
  }, 120_000);
});
