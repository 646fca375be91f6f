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

import { parseCsv } from "@/lib/panel/csv";
import { csvText, seedMicrodataSurvey } from "./microdata-export-test-support";
import { signInAs } from "./panel-test-support";

beforeAll(seedMicrodataSurvey);

describe("microdata export", () => {
  it("writes one row per completed response, without ids or timestamps, and only approved redacted texts", async () => {
    await signInAs(cookie, "staff");
    const text = await csvText(false);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error("csv");
    const [header, ...rows] = parsed.records.map((r) => r.fields);
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
    expect(text).not.toContain("98765");
  });

  it("for publication blanks the attributes of a combination held by fewer than k, and says how many", async () => {
    await signInAs(cookie, "staff");
    const text = await csvText(true);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error("csv");
    const [, ...rest] = parsed.records.map((r) => r.fields);
    const note = rest.at(-1);
    const rows = rest.slice(0, -1);
    expect(note).toEqual(["Kenmerken leeg gelaten bij 1 respondenten"]);
    expect(rows.filter((r) => r.slice(0, 5).every((cell) => cell === ""))).toHaveLength(1);
    expect(rows.filter((r) => r[2] === "35-49")).toHaveLength(5);
    expect(text).not.toContain("Oost");
    expect(text).not.toContain("65-79");
    // No answer value is held by five of these six respondents, so every closed answer is empty,
    // and the "anders, namelijk" text with its choice; the approved open answer stays
    // (lib/data/microdata-export-answers.test.ts shows the answer rules at work).
    expect(rows.map((r) => r.slice(5, -1).join(""))).toEqual(Array(6).fill(""));
    expect(rows.map((r) => r.at(-1)).filter(Boolean)).toEqual([
      '\'=HYPERLINK("http://x") bel mij op [telefoonnummer]',
    ]);
  });
});
