import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { E2E_DB_FILE } from "./db";

/*
 * The operator CLI (cli/index.ts) run against the e2e server's database, as an operator runs it:
 * for the journeys' own test surveys (export, then import under a new slug) and for the jobs an
 * operator starts, such as `panel:remind`.
 */

/** `peiling <args>` on the e2e database; returns what it printed. */
export function runCli(...args: string[]): string {
  return execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "cli/index.ts", ...args],
    { env: { ...process.env, PEILING_DB: E2E_DB_FILE }, encoding: "utf8" },
  );
}

/** A survey definition as `survey:export` writes it. */
export type ExportedSurvey = { title: string } & Record<string, unknown>;

/**
 * A copy of the survey `source` under `slug`, through the CLI: `survey:export`, the definition
 * changed by `edit` (a title of its own, say), then `survey:import --slug`, which leaves a concept.
 */
export function importSurveyCopy(
  source: string,
  slug: string,
  edit: (definition: ExportedSurvey) => unknown = (definition) => definition,
): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-e2e-"));
  try {
    const file = path.join(dir, `${slug}.json`);
    fs.writeFileSync(file, JSON.stringify(edit(JSON.parse(runCli("survey:export", source)))));
    runCli("survey:import", file, "--slug", slug);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
