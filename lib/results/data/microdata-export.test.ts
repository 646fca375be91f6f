import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

setUpTempDatabase("microdata-export");

import { signInAs } from "@/lib/panels/data/panel-test-support";
import {
  completedResponseIds,
  csvText,
  readCsv,
  seedMicrodataSurvey,
  tupleCounts,
} from "./microdata-export-test-support";

beforeAll(seedMicrodataSurvey);

describe("microdata export", () => {
  it("writes one row per completed response, without ids or timestamps, and only approved redacted texts", async () => {
    await signInAs(cookie, "staff");
    const text = await csvText(false);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const { header, rows, note } = readCsv(text);
    // The internal research file says, inside the file, that it is not for publication.
    expect(note).toMatch(/^INTERN ONDERZOEKSBESTAND: NIET PUBLICEREN\. /);
    expect(header).toEqual([
      "Kanaal",
      "Panel",
      "Leeftijdsgroep",
      "Geslacht",
      "Wijk",
      "1. Hoe woont u?",
      "1. Hoe woont u? [anders, namelijk]",
      "2. Wat doet u? [Werk]",
      "2. Wat doet u? [School]",
      "2. Wat doet u? [Weet niet]",
      "3. Eens? [Stelling A]",
      "3. Eens? [Stelling B]",
      "4. Cijfer?",
      "5. Wat eerst? [X]",
      "5. Wat eerst? [Y]",
      "6. Tips?",
    ]);
    expect(rows).toHaveLength(6);
    const full = rows.find((r) => r[5] === "Anders");
    expect(full).toEqual([
      "Panel",
      "Panel microdata-panel",
      "35-49",
      "Vrouw",
      "Centrum",
      "Anders",
      "Met mijn buurman [naam]",
      "1",
      "0",
      "0",
      "Eens",
      "Weet niet",
      "8",
      "2",
      "1",
      // A cell a spreadsheet would run as a formula starts with an apostrophe.
      '\'=HYPERLINK("http://x") bel mij op [telefoonnummer]',
    ]);
    expect(text).not.toContain("0612345678");
    expect(text).not.toContain("Jan de Vries");
    expect(text).not.toContain("Geheim");
    expect(text).not.toMatch(/2026-05-01/);
    // No column holds the response ids (the database gives them, so they are small numbers that
    // answers could equal too: the check is on whole columns).
    const ids = completedResponseIds.map(String).sort();
    expect(ids).toHaveLength(rows.length);
    for (let column = 0; column < header.length; column += 1)
      expect(rows.map((row) => row[column]).sort()).not.toEqual(ids);
  });

  it("for publication is k-anonymous over all its columns, without open answers, and says so", async () => {
    await signInAs(cookie, "staff");
    const text = await csvText(true);
    const { header, rows, note } = readCsv(text);
    // Open answers and the "anders, namelijk" text are left out of the file for publication.
    expect(header).not.toContain("1. Hoe woont u? [anders, namelijk]");
    expect(header).not.toContain("6. Tips?");
    expect(header).toHaveLength(14);
    expect(text).not.toContain("bel mij op");
    expect(text).not.toContain("buurman");
    // Six respondents and k = 5 leave room for one group only: every row must be the same. So the
    // age group, sex and district, which differ, are empty for all six (before, only the man from
    // Oost lost them, and his empty row stood alone); channel and panel, shared by all, stay.
    expect(rows).toHaveLength(6);
    expect(tupleCounts(rows)).toEqual([6]);
    expect(rows[0]).toEqual(["Panel", "Panel microdata-panel", ...Array(12).fill("")]);
    expect(text).not.toContain("Oost");
    expect(text).not.toContain("65-79");
    expect(note).toMatch(/^BESTAND VOOR PUBLICATIE \(k-anoniem, k = 5\)\. /);
    expect(note).toContain("(2 kolommen weggelaten)");
    expect(note).toContain(
      "Leeg gelaten per kolom (aantal cellen): Leeftijdsgroep (6); Geslacht (6); Wijk (6).",
    );
  });
});
