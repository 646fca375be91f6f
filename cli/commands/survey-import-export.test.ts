import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mantelzorgDefinition } from "@/lib/demo/mantelzorg-concept";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { runCli, tempFolder } from "../testing/run-cli";

const { dir, cleanup } = tempFolder();
const db = path.join(dir, "surveys.db");
beforeAll(async () => {
  await runCli(["setup", "--quiet"], { db });
});
afterAll(cleanup);

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

describe("survey:import and survey:export", () => {
  it("imports a good file as a concept survey, and exports exactly that definition", async () => {
    const parsed = parseDefinition({ ...mantelzorgDefinition, title: "Mantelzorg 2027" });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const file = writeJson("good.json", parsed.definition);

    const imported = await runCli(["survey:import", file, "--slug", "mantelzorg-2027"], { db });
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('concept survey "mantelzorg-2027"');

    const exported = await runCli(["survey:export", "mantelzorg-2027"], { db });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(fs.readFileSync(file, "utf8"));

    const sqlite = new Database(db, { readonly: true });
    const row = sqlite
      .prepare(
        `SELECT s.status, s.title, v.number, v.frozen_at AS frozenAt FROM surveys s
         JOIN survey_versions v ON v.id = s.current_version_id WHERE s.slug = 'mantelzorg-2027'`,
      )
      .get();
    sqlite.close();
    expect(row).toEqual({ status: "concept", title: "Mantelzorg 2027", number: 1, frozenAt: null });
  });

  it("round-trips the seeded demo survey: its export imports under a new slug and exports the same", async () => {
    const exported = await runCli(["survey:export", "sociaal-domein-2026"], { db });
    expect(exported.code).toBe(0);
    const file = path.join(dir, "demo.json");
    fs.writeFileSync(file, exported.stdout);
    expect((await runCli(["survey:import", file, "--slug", "sociaal-domein-kopie"], { db })).code).toBe(0);
    expect((await runCli(["survey:export", "sociaal-domein-kopie"], { db })).stdout).toBe(exported.stdout);
  });

  it("refuses a slug that already exists", async () => {
    const file = writeJson("again.json", mantelzorgDefinition);
    const run = await runCli(["survey:import", file, "--slug", "sociaal-domein-2026"], { db });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('a survey with slug "sociaal-domein-2026" already exists');
  });

  it("refuses an invalid definition, printing every problem with its place", async () => {
    const bad = {
      ...mantelzorgDefinition,
      intro: "",
      pages: [
        {
          id: "uw-zorg",
          title: "Uw zorg",
          questions: [
            { id: "uren", type: "number", text: "Hoeveel uur?" },
            { id: "zwaarte", type: "slider" },
          ],
        },
      ],
    };
    const result = parseDefinition(bad);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const file = writeJson("bad.json", bad);

    const run = await runCli(["survey:import", file], { db });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("not imported");
    for (const error of errors) expect(run.stderr).toContain(error);
    expect(run.stderr).toMatch(/zwaarte/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a missing file and a file that is not JSON", async () => {
    const missing = await runCli(["survey:import", path.join(dir, "nope.json")], { db });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("file not found");

    const notJson = path.join(dir, "not.json");
    fs.writeFileSync(notJson, "{ this is not json");
    const invalid = await runCli(["survey:import", notJson], { db });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("is not valid JSON");
  });

  it("exports nothing for an unknown slug", async () => {
    const run = await runCli(["survey:export", "bestaat-niet"], { db });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('no survey with slug "bestaat-niet"');
  });
});
