import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("seed-panels");

import { getDb } from "@/db/client";
import { queryRow, queryRows } from "@/db/raw-sql";
import { memberConsents, panelMembers, panels, populationFigures, postcodeDistricts } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { ageGroupFor } from "@/lib/panels/age-groups";
import { DEMO_AGE_SEX, DEMO_DISTRICT_POPULATION, DEMO_DISTRICTS } from "../oosterhout-districts";
import { DEMO_PANELS, DIGIPANEL_SLUG, demoMembers, KLANKBORD_SLUG, seedPanels } from "./panels";

const NOW = new Date("2026-03-01T12:00:00Z");

describe("seedPanels", () => {
  it("creates the two panels, 400 members with consents, the district table and the figures — once", async () => {
    expect(await transaction(async (tx) => await seedPanels(tx, NOW))).toEqual({
      panelsCreated: [DIGIPANEL_SLUG, KLANKBORD_SLUG],
      membersCreated: 400,
    });
    expect(await transaction(async (tx) => await seedPanels(tx, NOW))).toEqual({
      panelsCreated: [],
      membersCreated: 0,
    });
    expect(
      await queryRows(
        getDb(),
        sql`SELECT slug, min_age, max_invitations_per_year FROM ${panels} ORDER BY id`,
      ),
    ).toEqual([
      { slug: DIGIPANEL_SLUG, min_age: 16, max_invitations_per_year: 4 },
      { slug: KLANKBORD_SLUG, min_age: 18, max_invitations_per_year: 6 },
    ]);
    expect(await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${panelMembers}`)).toEqual({ n: 400 });
    expect(await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${memberConsents}`)).toEqual({ n: 400 });
    expect(await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${postcodeDistricts}`)).toEqual({
      n: Object.keys(DEMO_DISTRICTS).length,
    });
    const source = (await queryRows(getDb(), sql`SELECT DISTINCT source FROM ${populationFigures}`)) as {
      source: string;
    }[];
    expect(source).toHaveLength(1);
    expect(source[0]?.source).toContain("demo-cijfers");
  });

  it("the population figures add up the same way in both dimensions", () => {
    const sum = (figures: Record<string, number>) => Object.values(figures).reduce((a, b) => a + b, 0);
    expect(sum(DEMO_AGE_SEX)).toBe(sum(DEMO_DISTRICT_POPULATION));
    expect(new Set(Object.values(DEMO_DISTRICTS))).toEqual(new Set(Object.keys(DEMO_DISTRICT_POPULATION)));
  });

  it("members are spread over districts, age groups and sexes, respect the minimum age, and use example.org", async () => {
    const districts = (await queryRow(
      getDb(),
      sql`SELECT count(DISTINCT district) AS n FROM ${panelMembers}`,
    )) as {
      n: number;
    };
    expect(districts.n).toBe(Object.keys(DEMO_DISTRICTS).length);
    const rows = (await queryRows(
      getDb(),
      sql`SELECT p.min_age, m.* FROM ${panelMembers} m JOIN ${panels} p ON p.id = m.panel_id`,
    )) as {
      min_age: number;
      email: string | null;
      birth_year: number;
      sex: string;
      postcode: string | null;
      district: string;
      status: string;
    }[];
    for (const row of rows) {
      expect(NOW.getFullYear() - row.birth_year).toBeGreaterThanOrEqual(row.min_age);
      if (row.status === "left") expect([row.email, row.postcode]).toEqual([null, null]);
      else {
        expect(row.email).toMatch(/^lid\d{4}@example\.org$/);
        expect(DEMO_DISTRICTS[row.postcode?.slice(0, 4) ?? ""]).toBe(row.district);
      }
    }
    expect(new Set(rows.map((r) => r.sex))).toEqual(
      new Set(["man", "vrouw", "anders", "zeg_ik_liever_niet"]),
    );
    expect(new Set(rows.map((r) => ageGroupFor(r.birth_year, NOW)))).toEqual(
      new Set(["12-17", "18-34", "35-49", "50-64", "65-79", "80+"]),
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["active", "paused", "left"]));
    const active = rows.filter((r) => r.status === "active").length;
    expect(active).toBeGreaterThan(340);
  });

  it("draws the same members on every run", () => {
    const panel = DEMO_PANELS[0];
    if (!panel) throw new Error("no panel");
    expect(demoMembers(panel, 1, NOW)).toEqual(demoMembers(panel, 1, NOW));
  });
});
