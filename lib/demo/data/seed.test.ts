import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The published demo goes through the data functions, which use the process's database.
setUpTempDatabase("seed");

import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getPublishedResults } from "@/lib/results/data/result-publication";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { RESULTS_DEMO_ADVICE } from "../results-demo-advice";
import { DEMO_SEEDED_KEY, demoAccountsInUse, isEmptyInstallation, seedDemo } from "./seed";

describe("seedDemo", () => {
  it("fills an empty database once, and a second run creates nothing", async () => {
    const db = getDb();
    expect(await isEmptyInstallation(db)).toBe(true);
    expect(await seedDemo(db)).toEqual({
      accountsCreated: DEMO_ACCOUNTS.map((a) => a.email),
      surveysCreated: ["sociaal-domein-2026", "mantelzorg-2026", "sociaal-domein-2025"],
    });
    expect(await isEmptyInstallation(db)).toBe(false);
    expect(await seedDemo(db)).toEqual({ accountsCreated: [], surveysCreated: [] });
    const seeded = await db.query.settings.findFirst({ where: (s, { eq }) => eq(s.key, DEMO_SEEDED_KEY) });
    expect(seeded?.value).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("publishes last year's edition with its advice, response and moderated quotes", async () => {
    const published = await getPublishedResults("sociaal-domein-2025");
    expect(published?.method.respondents).toBe(1200);
    expect(published?.summary).toBe(RESULTS_DEMO_ADVICE.summary);
    expect(published?.quotes.length).toBeGreaterThan(0);
    // Quotes are texts the engine found nothing in: no phone number from the generated answers.
    expect(JSON.stringify(published?.quotes)).not.toMatch(/06-\d{8}|Jan de Vries/);
    const [round] = published?.advice ?? [];
    expect(round?.points.map((p) => p.response?.verdict)).toEqual([
      "overgenomen",
      "deels_overgenomen",
      "niet_overgenomen",
    ]);
  });

  it("lists the demo accounts that still accept their public password", async () => {
    const db = getDb();
    expect((await demoAccountsInUse(db)).map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    await db.update(users).set({ active: false }).where(eq(users.email, "panel@peiling.demo"));
    expect((await demoAccountsInUse(db)).map((a) => a.role)).toEqual(["admin", "staff", "adviesraad"]);
  });
});
