import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("results-date");

import { getDb } from "@/db/client";
import { auditLog, surveys } from "@/db/schema";
import { AuthorizationError } from "@/lib/accounts/errors";
import { insertSurvey } from "@/lib/panels/data/panel-test-support";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { resultsDateSchema } from "../results-date-schema";
import { setResultsExpectedOn } from "./results-date";

beforeEach(() => {
  signOut();
});

const storedDate = async (surveyId: number) =>
  (await getDb().select({ on: surveys.resultsExpectedOn }).from(surveys).where(eq(surveys.id, surveyId)))[0]
    ?.on;

describe("the expected results date", () => {
  it("is set and cleared by staff who may edit surveys, audited", async () => {
    await signInAs("staff");
    const surveyId = await insertSurvey("uitkomsten-datum");
    expect(await setResultsExpectedOn({ surveyId, resultsExpectedOn: "2026-09-15" })).toEqual({
      resultsExpectedOn: "2026-09-15",
    });
    expect(await storedDate(surveyId)).toBe("2026-09-15");
    await setResultsExpectedOn({ surveyId, resultsExpectedOn: null });
    expect(await storedDate(surveyId)).toBeNull();
    const audit = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, String(surveyId)));
    expect(audit.filter((a) => a.action === "survey.results_date_set")).toHaveLength(2);
  });

  it("is refused to someone who may not edit surveys", async () => {
    const surveyId = await insertSurvey("uitkomsten-datum-lezer");
    await signInAs("adviesraad");
    expect(await errorOf(setResultsExpectedOn({ surveyId, resultsExpectedOn: "2026-09-15" }))).toBeInstanceOf(
      AuthorizationError,
    );
    expect(await storedDate(surveyId)).toBeNull();
  });

  it("accepts a calendar day or nothing, as the form sends them", () => {
    expect(resultsDateSchema.parse({ surveyId: "3", resultsExpectedOn: "" })).toEqual({
      surveyId: 3,
      resultsExpectedOn: null,
    });
    expect(resultsDateSchema.safeParse({ surveyId: "3", resultsExpectedOn: "2026-02-30" }).success).toBe(
      false,
    );
    expect(resultsDateSchema.safeParse({ surveyId: "3", resultsExpectedOn: "15-09-2026" }).success).toBe(
      false,
    );
  });
});
