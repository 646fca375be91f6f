import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("fieldwork-anonymity");

import { getDb } from "@/db/client";
import { execute, queryRow } from "@/db/raw-sql";
import { auditLog, surveys } from "@/db/schema";
import { AuthorizationError, type InputError } from "@/lib/accounts/errors";
import { insertPanel, insertPanelResponse, insertSurvey } from "@/lib/panels/data/panel-test-support";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { count } from "./fieldwork-test-support";
import { setSurveyAnonymity } from "./survey-anonymity";

beforeEach(() => {
  signOut();
});

describe("the anonymity setting", () => {
  it("can change until the survey opens, and is audited", async () => {
    await signInAs("staff");
    const surveyId = await insertSurvey("anon");
    await execute(getDb(), sql`UPDATE ${surveys} SET status = 'ready' WHERE id = ${surveyId}`);
    expect(await setSurveyAnonymity({ surveyId, anonymity: "pseudonymous", allowBreakdowns: false })).toEqual(
      {
        changed: true,
      },
    );
    expect(
      (
        await getDb()
          .select({ anonymity: surveys.anonymity, allowBreakdowns: surveys.allowBreakdowns })
          .from(surveys)
          .where(eq(surveys.id, surveyId))
      )[0],
    ).toEqual({
      anonymity: "pseudonymous",
      allowBreakdowns: false,
    });
    expect(
      await count(auditLog, sql`action = 'survey.anonymity_changed' AND subject_id = ${String(surveyId)}`),
    ).toBe(1);
  });

  it("is fixed once the survey is open or anyone answered", async () => {
    await signInAs("staff");
    const open = await insertSurvey("anon-open");
    const answered = await insertSurvey("anon-answered");
    await execute(getDb(), sql`UPDATE ${surveys} SET status = 'ready' WHERE id = ${answered}`);
    await insertPanelResponse(answered, await insertPanel("anon-p"), null);
    for (const surveyId of [open, answered]) {
      const error = await errorOf(
        setSurveyAnonymity({ surveyId, anonymity: "pseudonymous", allowBreakdowns: true }),
      );
      expect((error as InputError).formError).toBe("fieldwork.errors.anonymityFixed");
      expect(await queryRow(getDb(), sql`SELECT anonymity FROM ${surveys} WHERE id = ${surveyId}`)).toEqual({
        anonymity: "anonymous",
      });
    }
  });

  it("refuses the Adviesraad", async () => {
    await signInAs("adviesraad");
    const surveyId = await insertSurvey("anon-adv");
    expect(
      await errorOf(setSurveyAnonymity({ surveyId, anonymity: "pseudonymous", allowBreakdowns: true })),
    ).toBeInstanceOf(AuthorizationError);
  });
});
