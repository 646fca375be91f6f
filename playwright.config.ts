import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium-path";

/*
 * Each server of a run has its own port, build folder and database, so runs do not collide.
 * E2E_SERVERS (default 1) starts that many servers, each with its own database and mail folder,
 * and as many workers: worker n talks only to server n, so test files run side by side without
 * seeing each other's data (`npm test` uses two). Within a file, tests run in order.
 */
const basePort = Number(process.env.E2E_PORT || 3100);
const servers = Math.max(1, Number(process.env.E2E_SERVERS || 1));
/** Server n listens on basePort + 1000·n; its SMTP server on that + 25 (the scaling-out harness uses + 50…). */
const portOf = (server: number) => basePort + 1000 * server;
const databaseOf = (server: number) =>
  servers === 1 && process.env.E2E_DB ? process.env.E2E_DB : `data/e2e-${portOf(server)}.db`;
const mailDirOf = (server: number) =>
  servers === 1 && process.env.E2E_MAILDIR ? process.env.E2E_MAILDIR : `data/e2e-${portOf(server)}-mail`;

// In a worker process: point the steps in e2e/support (which read E2E_PORT, E2E_DB and E2E_MAILDIR
// when they load, after this config) at this worker's own server.
const worker = process.env.TEST_PARALLEL_INDEX;
const ownServer = worker === undefined ? 0 : Number(worker) % servers;
if (worker !== undefined) {
  process.env.E2E_PORT = String(portOf(ownServer));
  process.env.E2E_DB = databaseOf(ownServer);
  process.env.E2E_MAILDIR = mailDirOf(ownServer);
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: servers,
  retries: 0,
  // `npm test` adds a JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) to count the tests in its last line.
  reporter: process.env.PEILING_E2E_JSON ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${portOf(ownServer)}`,
    locale: "nl-NL",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // Started one after another: the first builds the app when needed, the others find the build.
  webServer: Array.from({ length: servers }, (_, server) => ({
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${portOf(server)}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(portOf(server)),
      PEILING_DB: databaseOf(server),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      E2E_SMTP_PORT: String(portOf(server) + 25),
      E2E_MAILDIR: mailDirOf(server),
    },
  })),
});
