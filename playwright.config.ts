import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium-path";

// One server per run, on its own port, build folder and database, so runs do not collide.
const port = Number(process.env.E2E_PORT || 3100);
export const E2E_DB = process.env.E2E_DB || `data/e2e-${port}.db`;
// The SMTP server the e2e server starts beside the app; e2e/support/mailbox.ts reads what it got.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT || port + 25);
export const E2E_MAILDIR = process.env.E2E_MAILDIR || `data/e2e-${port}-mail`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // `npm test` adds a JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) to count the tests in its last line.
  reporter: process.env.PEILING_E2E_JSON ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PEILING_DB: E2E_DB,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      E2E_SMTP_PORT: String(E2E_SMTP_PORT),
      E2E_MAILDIR,
    },
  },
});
