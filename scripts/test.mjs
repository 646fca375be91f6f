// `npm test`: type check, lint (Biome, then the boundary check) and format check, unit tests, then the end-to-end tests in Chromium.
// Ends with one line "tests: N passed, N failed" counting unit and end-to-end tests together.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { findChromium, installChromium } from "./chromium.mjs";

const bin = (name) => path.join("node_modules", ".bin", name);
const BOUNDARY_CHECK = [
  "app",
  "components",
  "lib",
  "db",
  "--config",
  ".dependency-cruiser.cjs",
  "--output-type",
  "err",
];
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-test-"));

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

step("Type check", bin("tsc"), ["--noEmit"]);
step("Lint and format", bin("biome"), ["check", "."]);
// The boundaries of ARCHITECTURE.md: faces, purity, the arrows between features.
step("Lint: boundaries", bin("depcruise"), BOUNDARY_CHECK);

const unitReport = path.join(reports, "unit.json");
step("Unit tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitReport}`,
]);

let chromium = findChromium();
if (!chromium) chromium = installChromium();
if (!chromium) {
  console.error(
    "No Chromium found and none could be installed. Set CHROMIUM_PATH, or install Debian's package: apt-get install chromium",
  );
  process.exit(1);
}
console.log(`\nChromium: ${chromium}`);

// Built once here, before the servers start: each would otherwise wait on the build in its start-up time.
console.log("\n=== Build for the end-to-end tests ===");
buildIfNeeded();

// Two servers, each with its own database, and a worker each: a journey spends much of its time
// waiting on the server or the browser, so two side by side use the second core (playwright.config.ts).
const e2eServers = process.env.E2E_SERVERS || String(Math.min(2, os.availableParallelism()));
const e2eReport = path.join(reports, "e2e.json");
step("End-to-end tests", bin("playwright"), ["test"], {
  E2E_SERVERS: e2eServers,
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  PEILING_E2E_JSON: "1",
});

const unit = readJson(unitReport);
const e2e = readJson(e2eReport);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
