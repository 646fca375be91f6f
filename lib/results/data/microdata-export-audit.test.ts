import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

setUpTempDatabase("microdata-export-audit");

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { AuthorizationError } from "@/lib/accounts/errors";
import { signInAs } from "@/lib/panels/data/panel-test-support";
import { errorOf } from "@/lib/testing/error-of";
import { exportMicrodata } from "./microdata-export";
import { microdataXlsx } from "./microdata-export-files";
import { csvText, labels, seedMicrodataSurvey, surveyId } from "./microdata-export-test-support";

beforeAll(seedMicrodataSurvey);

describe("microdata export: audit and permission", () => {
  it("records every export in the audit log with survey, format, rows and the publication flag", async () => {
    const staffId = await signInAs(cookie, "staff");
    await getDb().delete(auditLog);
    await csvText(false);
    const data = await exportMicrodata(surveyId, { format: "xlsx", forPublication: true, labels });
    if (!data || "refused" in data) throw new Error("no export");
    const file = await microdataXlsx(data, { answers: "Antwoorden", note: "Toelichting" }, "Toelichting");
    expect(file.subarray(0, 2).toString()).toBe("PK");
    const audit = await getDb()
      .select({
        actorId: auditLog.actorId,
        action: auditLog.action,
        subjectType: auditLog.subjectType,
        subjectId: auditLog.subjectId,
        details: auditLog.details,
      })
      .from(auditLog)
      .where(eq(auditLog.subjectType, "survey"))
      .orderBy(auditLog.id);
    expect(audit).toEqual([
      {
        actorId: staffId,
        action: "results.microdata_exported",
        subjectType: "survey",
        subjectId: String(surveyId),
        details: { format: "csv", rows: 6, forPublication: false },
      },
      {
        actorId: staffId,
        action: "results.microdata_exported",
        subjectType: "survey",
        subjectId: String(surveyId),
        // Nine answer columns have a value held by fewer than five (all but the two texts, which
        // are left out). Then k-anonymity empties age group, sex and district for all six.
        details: {
          format: "xlsx",
          rows: 6,
          forPublication: true,
          k: 5,
          bandedColumns: 0,
          blankedColumns: 9,
          recordsAffected: 6,
          cellsBlanked: 18,
          columnsAffected: 3,
          openColumnsLeftOut: 2,
        },
      },
    ]);
  });

  it("is refused to those without results:export, and records nothing for them", async () => {
    await getDb().delete(auditLog);
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(cookie, role);
      expect(
        await errorOf(exportMicrodata(surveyId, { format: "csv", forPublication: false, labels })),
      ).toBeInstanceOf(AuthorizationError);
    }
    expect(await getDb().$count(auditLog, eq(auditLog.action, "results.microdata_exported"))).toBe(0);
  });
});
