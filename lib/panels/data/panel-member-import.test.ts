import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("panel-import");

import { getDb } from "@/db/client";
import { auditLog, memberConsents, panelMembers, panels } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { memberImportSchema } from "@/lib/panels/schema";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { importMembers } from "./panel-member-import";
import { insertDistricts, insertMember, insertPanel } from "./panel-test-support";

const HEADER = "email;geboortejaar;geslacht;postcode";
const csv = (...rows: string[]) =>
  new File([`${HEADER}\n${rows.join("\n")}\n`], "leden.csv", { type: "text/csv" });
const upload = (panelId: number, file: File, mode?: string) =>
  importMembers(memberImportSchema.parse({ panelId: String(panelId), file, ...(mode ? { mode } : {}) }));
const members = async (panelId: number) =>
  await getDb()
    .select({
      email: panelMembers.email,
      status: panelMembers.status,
      joinedVia: panelMembers.joinedVia,
      district: panelMembers.district,
    })
    .from(panelMembers)
    .where(eq(panelMembers.panelId, panelId))
    .orderBy(asc(panelMembers.id));

beforeEach(async () => {
  signOut();
  await insertDistricts({ "4901": "Centrum", "4911": "Dorst" });
});

describe("importMembers", () => {
  it("imports a good file: active members joined via import, each with a consent of the current privacy version", async () => {
    const panelId = await insertPanel("import-goed");
    await getDb().update(panels).set({ privacyVersion: 3 }).where(eq(panels.id, panelId));
    const staffId = await signInAs("staff");
    const outcome = await upload(
      panelId,
      csv("an@example.org;1980;vrouw;4901 AB", "bo@example.org;1960;man;4911aa"),
    );
    expect(outcome).toMatchObject({ kind: "imported", total: 2, imported: 2, skippedRows: 0 });
    expect(await members(panelId)).toEqual([
      { email: "an@example.org", status: "active", joinedVia: "import", district: "Centrum" },
      { email: "bo@example.org", status: "active", joinedVia: "import", district: "Dorst" },
    ]);
    expect(
      await getDb()
        .select({ v: memberConsents.privacyVersion })
        .from(memberConsents)
        .where(eq(memberConsents.panelId, panelId)),
    ).toEqual([{ v: 3 }, { v: 3 }]);
    const [audit] = await getDb()
      .select({ actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "panel.members_imported"), eq(auditLog.subjectId, String(panelId))));
    expect(audit?.actorId).toBe(staffId);
    expect(audit?.details).toEqual({
      imported: 2,
      total: 2,
      skippedRows: 0,
      mode: "all_or_nothing",
      privacyVersion: 3,
    });
    expect(JSON.stringify(audit?.details)).not.toContain("@");
  });

  it("a file with a bad row imports nothing and reports the row; staff then choose the good rows explicitly", async () => {
    const panelId = await insertPanel("import-fout");
    await insertMember(panelId, { email: "al@example.org" });
    await signInAs("staff");
    const file = csv(
      "an@example.org;1980;vrouw;4901 AB",
      "al@example.org;1980;vrouw;4901 AB",
      "bo@example.org;1960;onbekend;4901 AB",
      "co@example.org;1950;man;4911 AA",
    );
    const report = await upload(panelId, file);
    expect(report).toMatchObject({ kind: "report", total: 4, goodRows: 2, badRows: 2, errorCount: 2 });
    if (report.kind !== "report") throw new Error(report.kind);
    expect(report.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, "email", "already_member"],
      [4, "geslacht", "sex_invalid"],
    ]);
    expect(await members(panelId)).toHaveLength(1);

    const chosen = await importMembers(
      memberImportSchema.parse({
        panelId: String(panelId),
        uploadId: report.uploadId,
        mode: "good_rows_only",
      }),
    );
    expect(chosen).toMatchObject({ kind: "imported", total: 4, imported: 2, skippedRows: 2 });
    expect((await members(panelId)).map((m) => m.email)).toEqual([
      "al@example.org",
      "an@example.org",
      "co@example.org",
    ]);
    // The kept file is used once.
    const again = memberImportSchema.parse({
      panelId: String(panelId),
      uploadId: report.uploadId,
      mode: "good_rows_only",
    });
    expect(await errorOf(importMembers(again))).toBeInstanceOf(InputError);
  });

  it("checks the kept file again at the second step, and only for its own uploader and panel", async () => {
    const panelId = await insertPanel("import-opnieuw");
    const otherPanel = await insertPanel("import-ander");
    await signInAs("staff");
    const report = await upload(panelId, csv("an@example.org;1980;vrouw;4901 AB", "fout;1980;vrouw;4901 AB"));
    if (report.kind !== "report") throw new Error(report.kind);
    const choose = (panel: number) =>
      importMembers(
        memberImportSchema.parse({
          panelId: String(panel),
          uploadId: report.uploadId,
          mode: "good_rows_only",
        }),
      );
    expect(await errorOf(choose(otherPanel))).toBeInstanceOf(InputError);
    await signInAs("admin");
    expect(await errorOf(choose(panelId))).toBeInstanceOf(InputError);
    expect(await members(panelId)).toEqual([]);
    // Meanwhile the good row's address joined: the second check reports it and imports nothing twice.
    await insertMember(panelId, { email: "an@example.org" });
    signOut();
    await signInAs("staff");
    const fresh = await upload(panelId, csv("an@example.org;1980;vrouw;4901 AB", "fout;1980;vrouw;4901 AB"));
    if (fresh.kind !== "report") throw new Error(fresh.kind);
    expect(await choose(panelId).catch(() => "refused")).toBe("refused");
    const chosen = await importMembers(
      memberImportSchema.parse({
        panelId: String(panelId),
        uploadId: fresh.uploadId,
        mode: "good_rows_only",
      }),
    );
    expect(chosen).toMatchObject({ kind: "imported", imported: 0, skippedRows: 2 });
  });

  it("explains a file it cannot read", async () => {
    const panelId = await insertPanel("import-bestand");
    await signInAs("staff");
    const outcome = await importMembers(
      memberImportSchema.parse({ panelId: String(panelId), file: new File(["naam;email\nx;y\n"], "x.csv") }),
    );
    expect(outcome).toEqual({
      kind: "file_error",
      error: { code: "missing_columns", columns: ["geboortejaar", "geslacht", "postcode"] },
    });
  });

  it("refuses a form without a file, and roles without panel:manage", async () => {
    expect(
      memberImportSchema.safeParse({ panelId: "1", file: new File([], "") }).error?.issues[0]?.message,
    ).toBe("panels.validation.fileRequired");
    const panelId = await insertPanel("import-rol");
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(role);
      expect(await errorOf(upload(panelId, csv("an@example.org;1980;vrouw;4901 AB")))).toBeInstanceOf(
        AuthorizationError,
      );
    }
    expect(await members(panelId)).toEqual([]);
  });

  it("imports 10,000 rows in one transaction within seconds", async () => {
    const panelId = await insertPanel("import-groot", { minAge: 12 });
    await signInAs("staff");
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `lid${String(i).padStart(5, "0")}@example.org;${1940 + (i % 70)};${i % 2 ? "man" : "vrouw"};4901 AB`,
    );
    const started = performance.now();
    const outcome = await upload(panelId, csv(...rows));
    const ms = performance.now() - started;
    expect(outcome).toMatchObject({ kind: "imported", imported: 10_000 });
    expect(ms).toBeLessThan(5000);
    expect(await getDb().$count(memberConsents, eq(memberConsents.panelId, panelId))).toBe(10_000);
  });
});
