import { sql } from "drizzle-orm";
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
import { execute, queryRow, queryRows } from "@/db/raw-sql";
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
    await execute(getDb(), sql`DELETE FROM ${auditLog}`);
    await csvText(false);
    const data = await exportMicrodata(surveyId, { format: "xlsx", forPublication: true, labels });
    if (!data || "refused" in data) throw new Error("no export");
    const file = await microdataXlsx(data, { answers: "Antwoorden", note: "Toelichting" }, "Toelichting");
    expect(file.subarray(0, 2).toString()).toBe("PK");
    const audit = (await queryRows(
      getDb(),
      sql`SELECT actor_id, action, subject_type, subject_id, details FROM ${auditLog} WHERE subject_type = 'survey' ORDER BY id`,
    )) as {
      actor_id: number;
      action: string;
      subject_type: string;
      subject_id: string;
      details: string;
    }[];
    expect(audit.map((a) => ({ ...a, details: JSON.parse(a.details) }))).toEqual([
      {
        actor_id: staffId,
        action: "results.microdata_exported",
        subject_type: "survey",
        subject_id: String(surveyId),
        details: { format: "csv", rows: 6, forPublication: false },
      },
      {
        actor_id: staffId,
        action: "results.microdata_exported",
        subject_type: "survey",
        subject_id: String(surveyId),
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
    await execute(getDb(), sql`DELETE FROM ${auditLog}`);
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(cookie, role);
      expect(
        await errorOf(exportMicrodata(surveyId, { format: "csv", forPublication: false, labels })),
      ).toBeInstanceOf(AuthorizationError);
    }
    expect(
      await queryRow(
        getDb(),
        sql`SELECT count(*) AS n FROM ${auditLog} WHERE action = 'results.microdata_exported'`,
      ),
    ).toEqual({ n: 0 });
  });
});
