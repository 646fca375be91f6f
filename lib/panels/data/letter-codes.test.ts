import { asc, countDistinct, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which staff session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("letter-codes");

import { getDb } from "@/db/client";
import { auditLog, letterCodes } from "@/db/schema";
import { AuthorizationError } from "@/lib/accounts/errors";
import { letterCodeBatchSchema } from "@/lib/panels/letter-code-schema";
import { normalizeLetterCode } from "@/lib/panels/letter-codes";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { createLetterCodeBatch, letterCodeBatchCsv, listLetterCodeBatches } from "./letter-codes";
import { signUp } from "./panel-signup";
import { insertPanel } from "./panel-test-support";

function rowsOf(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(";"));
}

beforeEach(() => {
  signOut();
});

describe("letter-code batches for staff", () => {
  it("generates a batch, lists it with used and unused counts, and downloads it as CSV for the printer", async () => {
    const panelId = await insertPanel("codes-a");
    await signInAs("staff");
    const batch = await createLetterCodeBatch({ panelId, size: 25, note: "Wijk Centrum, maart" });
    expect(batch).toEqual({ batchId: expect.any(Number), size: 25 });

    const download = await letterCodeBatchCsv(panelId, batch?.batchId ?? 0);
    expect(download?.filename).toBe(`lettercodes-codes-a-${batch?.batchId}.csv`);
    expect(download?.csv.startsWith("\uFEFFcode;aanmeldlink\r\n")).toBe(true);
    const rows = rowsOf(download?.csv ?? "").slice(1);
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r[0])).size).toBe(25);
    for (const [code, url] of rows) {
      expect(normalizeLetterCode(code as string)).toBe(code);
      expect(url).toBe(`http://localhost:3000/panel/aanmelden?panel=codes-a&code=${code}`);
    }
    // Stored only as hash and sealed value: the database holds no code in the clear.
    const stored = await getDb()
      .select({ codeHash: letterCodes.codeHash, codeSealed: letterCodes.codeSealed })
      .from(letterCodes)
      .where(eq(letterCodes.batchId, batch?.batchId ?? 0));
    expect(stored).toHaveLength(25);
    expect(JSON.stringify(stored)).not.toContain(rows[0]?.[0] as string);

    await signUp(
      {
        panel: "codes-a",
        code: rows[0]?.[0],
        email: "brief@example.nl",
        birthYear: 1980,
        sex: "man",
        postcode: "4901 AB",
        consent: "ja",
      },
      { client: "192.0.2.1" },
    );
    expect(await listLetterCodeBatches(panelId)).toEqual([
      {
        id: batch?.batchId,
        size: 25,
        used: 1,
        note: "Wijk Centrum, maart",
        createdAt: expect.any(Date),
        createdBy: expect.stringMatching(/^staff /),
      },
    ]);
    const actions = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectType, "panel"))
      .orderBy(asc(auditLog.id));
    expect(actions).toEqual([
      { action: "panel.letter_codes_created" },
      { action: "panel.letter_codes_downloaded" },
    ]);
  });

  it("makes a batch of 20,000 codes, all different, in one go", async () => {
    const panelId = await insertPanel("codes-big");
    await signInAs("admin");
    const started = Date.now();
    const batch = await createLetterCodeBatch({ panelId, size: 20_000, note: "" });
    const n = await getDb()
      .select({ n: countDistinct(letterCodes.codeHash) })
      .from(letterCodes)
      .where(eq(letterCodes.batchId, batch?.batchId ?? 0));
    expect(n).toEqual([{ n: 20_000 }]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("downloads a batch only through its own panel", async () => {
    const panelId = await insertPanel("codes-b");
    const otherPanel = await insertPanel("codes-c");
    await signInAs("staff");
    const batch = await createLetterCodeBatch({ panelId, size: 2, note: "" });
    expect(await letterCodeBatchCsv(otherPanel, batch?.batchId ?? 0)).toBeNull();
    expect(await listLetterCodeBatches(otherPanel)).toEqual([]);
  });

  it("is refused to residents, panel members and the Adviesraad", async () => {
    const panelId = await insertPanel("codes-d");
    expect(await errorOf(createLetterCodeBatch({ panelId, size: 1, note: "" }))).toBeInstanceOf(
      AuthorizationError,
    );
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(role);
      expect(await errorOf(createLetterCodeBatch({ panelId, size: 1, note: "" }))).toBeInstanceOf(
        AuthorizationError,
      );
      expect(await errorOf(listLetterCodeBatches(panelId))).toBeInstanceOf(AuthorizationError);
      expect(await errorOf(letterCodeBatchCsv(panelId, 1))).toBeInstanceOf(AuthorizationError);
    }
  });

  it("the form's schema takes sizes from 1 to 20,000, as typed (with a thousands dot)", () => {
    expect(letterCodeBatchSchema.parse({ panelId: "3", size: "20.000" })).toEqual({
      panelId: 3,
      size: 20_000,
      note: "",
    });
    const errors = (size: string) =>
      letterCodeBatchSchema.safeParse({ panelId: "3", size }).error?.issues.map((i) => i.message);
    expect(errors("")).toEqual(["panel.letterCodes.validation.sizeRequired"]);
    expect(errors("0")).toEqual(["panel.letterCodes.validation.sizeInvalid"]);
    expect(errors("20001")).toEqual(["panel.letterCodes.validation.sizeInvalid"]);
    expect(errors("tien")).toEqual(["panel.letterCodes.validation.sizeInvalid"]);
  });
});
