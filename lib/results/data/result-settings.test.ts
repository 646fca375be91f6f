import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

setUpTempDatabase("result-settings");

import { getDb } from "@/db/client";
import { execute, queryRow } from "@/db/raw-sql";
import { auditLog, resultSettings } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { insertSurvey, signInAs } from "@/lib/panels/data/panel-test-support";
import { resultSettingsSchema } from "@/lib/results/settings-schema";
import { errorOf } from "@/lib/testing/error-of";
import { saveResultSummary } from "./result-publication";
import { getResultSettings, saveResultSettings, settingsChanged } from "./result-settings";

let surveyId = 0;

beforeAll(async () => {
  surveyId = await insertSurvey("instellingen");
});

describe("result settings", () => {
  it("gives the defaults before anything was saved, to staff only", async () => {
    await signInAs(cookie, "staff");
    expect(await getResultSettings(surveyId)).toMatchObject({
      minCellSize: 5,
      minMeanGroup: 10,
      weighting: "raking",
      trimLow: 0.3,
      trimHigh: 3,
      updatedAt: null,
    });
    expect(await getResultSettings(999_999)).toBeNull();
    await signInAs(cookie, "adviesraad");
    expect(await errorOf(getResultSettings(surveyId))).toBeInstanceOf(AuthorizationError);
  });

  it("saves, audits the change, and reads back who changed it; an unchanged save writes nothing", async () => {
    const staffId = await signInAs(cookie, "staff");
    const input = {
      minCellSize: 10,
      minMeanGroup: 20,
      weighting: "none" as const,
      trimLow: 0.5,
      trimHigh: 4,
    };
    expect(await saveResultSettings(surveyId, input)).toEqual({ changed: true });
    const saved = await getResultSettings(surveyId);
    expect(saved).toMatchObject({ ...input, updatedByName: expect.stringMatching(/^staff/) });
    const audit = await getDb()
      .select({ actorId: auditLog.actorId, subjectId: auditLog.subjectId, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.action, "results.settings_changed"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staffId, subjectId: String(surveyId) });
    expect(audit[0]?.details).toEqual({
      from: { minCellSize: 5, minMeanGroup: 10, weighting: "raking", trimLow: 0.3, trimHigh: 3 },
      to: input,
    });

    expect(await saveResultSettings(surveyId, input)).toEqual({ changed: false });
    expect(
      await queryRow(
        getDb(),
        sql`SELECT count(*) AS n FROM ${auditLog} WHERE action = 'results.settings_changed'`,
      ),
    ).toEqual({ n: 1 });
  });

  it("keeps the public summary text written on the publish page", async () => {
    await signInAs(cookie, "staff");
    await execute(
      getDb(),
      sql`UPDATE ${resultSettings} SET summary = 'Samenvatting' WHERE survey_id = ${surveyId}`,
    );
    await saveResultSettings(surveyId, {
      minCellSize: 7,
      minMeanGroup: 10,
      weighting: "raking",
      trimLow: 0.3,
      trimHigh: 3,
    });
    expect(
      await queryRow(
        getDb(),
        sql`SELECT summary, min_cell_size FROM ${resultSettings} WHERE survey_id = ${surveyId}`,
      ),
    ).toEqual({
      summary: "Samenvatting",
      min_cell_size: 7,
    });
  });

  it("does not call the settings changed when only the public summary was saved on the publish page", async () => {
    await signInAs(cookie, "staff");
    const fresh = await insertSurvey("alleen-samenvatting");
    expect(await saveResultSummary(fresh, "Wat we hoorden")).toEqual({ changed: true });
    // The publish page made the row, with the column defaults and no author.
    expect(
      await queryRow(
        getDb(),
        sql`SELECT updated_by, min_cell_size FROM ${resultSettings} WHERE survey_id = ${fresh}`,
      ),
    ).toEqual({ updated_by: null, min_cell_size: 5 });
    expect(await getResultSettings(fresh)).toMatchObject({
      minCellSize: 5,
      weighting: "raking",
      updatedAt: null,
      updatedByName: null,
    });

    await saveResultSettings(fresh, {
      minCellSize: 6,
      minMeanGroup: 10,
      weighting: "raking",
      trimLow: 0.3,
      trimHigh: 3,
    });
    await saveResultSummary(fresh, "Wat we hoorden, aangevuld");
    expect(await getResultSettings(fresh)).toMatchObject({
      minCellSize: 6,
      updatedAt: expect.any(Date),
      updatedByName: expect.stringMatching(/^staff/),
    });
  });

  it("counts a row without author as changed only when its values differ from the defaults", () => {
    const defaults = {
      minCellSize: 5,
      minMeanGroup: 10,
      weighting: "raking" as const,
      trimLow: 0.3,
      trimHigh: 3,
    };
    expect(settingsChanged({ ...defaults, updatedBy: null })).toBe(false);
    expect(settingsChanged({ ...defaults, updatedBy: 7 })).toBe(true);
    // The account that changed k was removed: still a change, by "een medewerker".
    expect(settingsChanged({ ...defaults, minCellSize: 8, updatedBy: null })).toBe(true);
    expect(settingsChanged({ ...defaults, weighting: "none", updatedBy: null })).toBe(true);
    expect(settingsChanged({ ...defaults, minMeanGroup: 25, updatedBy: null })).toBe(true);
  });

  it("refuses a k below 3 or a mean group below 5 even when the form's check is bypassed, and those without survey:publish", async () => {
    await signInAs(cookie, "staff");
    const error = await errorOf(
      saveResultSettings(surveyId, {
        minCellSize: 2,
        minMeanGroup: 10,
        weighting: "none",
        trimLow: 0.3,
        trimHigh: 3,
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    const mean = await errorOf(
      saveResultSettings(surveyId, {
        minCellSize: 5,
        minMeanGroup: 2,
        weighting: "none",
        trimLow: 0.3,
        trimHigh: 3,
      }),
    );
    expect(mean).toBeInstanceOf(InputError);
    await signInAs(cookie, "panel");
    expect(
      await errorOf(
        saveResultSettings(surveyId, {
          minCellSize: 5,
          minMeanGroup: 10,
          weighting: "none",
          trimLow: 0.3,
          trimHigh: 3,
        }),
      ),
    ).toBeInstanceOf(AuthorizationError);
  });
});

describe("the settings form's schema", () => {
  const form = {
    surveyId: "1",
    minCellSize: "5",
    minMeanGroup: "10",
    weighting: "raking",
    trimLow: "0,3",
    trimHigh: "3",
  };
  const errors = (input: Record<string, string>) => {
    const result = resultSettingsSchema.safeParse({ ...form, ...input });
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("reads form text, with a decimal comma", () => {
    expect(resultSettingsSchema.parse(form)).toEqual({
      surveyId: 1,
      minCellSize: 5,
      minMeanGroup: 10,
      weighting: "raking",
      trimLow: 0.3,
      trimHigh: 3,
    });
  });

  it("names the field of each mistake", () => {
    expect(errors({ minCellSize: "2" })).toEqual({ minCellSize: "results.settings.errors.kInvalid" });
    expect(errors({ minCellSize: "51" })).toEqual({ minCellSize: "results.settings.errors.kInvalid" });
    expect(errors({ minCellSize: "4,5" })).toEqual({ minCellSize: "results.settings.errors.kInvalid" });
    expect(errors({ minCellSize: "" })).toEqual({ minCellSize: "results.settings.errors.kInvalid" });
    expect(errors({ minMeanGroup: "4" })).toEqual({ minMeanGroup: "results.settings.errors.meanInvalid" });
    expect(errors({ minMeanGroup: "12,5" })).toEqual({ minMeanGroup: "results.settings.errors.meanInvalid" });
    expect(errors({ weighting: "median" })).toEqual({
      weighting: "results.settings.errors.weightingRequired",
    });
    expect(errors({ trimLow: "0.01" })).toEqual({ trimLow: "results.settings.errors.trimLowInvalid" });
    expect(errors({ trimHigh: "25" })).toEqual({ trimHigh: "results.settings.errors.trimHighInvalid" });
    expect(errors({ trimLow: "1", trimHigh: "1" })).toEqual({
      trimHigh: "results.settings.errors.trimOrder",
    });
  });
});
