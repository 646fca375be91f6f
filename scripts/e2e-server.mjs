// The server Playwright tests against: a fresh database, the demo seed, a production build, and a
// real SMTP server on loopback that keeps every message the app sends (E2E_MAILDIR).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

const db = process.env.PEILING_DB;
if (!db) throw new Error("PEILING_DB must be set for the e2e server");
// A fresh database on purpose: its ".created" marker goes too (db/created-marker.ts).
for (const suffix of ["", "-wal", "-shm", ".created"]) fs.rmSync(db + suffix, { force: true });

buildIfNeeded();

const setup = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", path.join("cli", "index.ts"), "setup", "--quiet"],
  { stdio: "inherit" },
);
if (setup.status !== 0) process.exit(setup.status ?? 1);

const smtpPort = process.env.E2E_SMTP_PORT;
const sink = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "e2e-mail-sink.ts")], {
  stdio: "inherit",
});

const server = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
  stdio: "inherit",
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: "true",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_POLL_SECONDS: "1",
    ...process.env,
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill(signal);
    sink.kill(signal);
  });
}
server.on("exit", (code) => {
  sink.kill();
  process.exit(code ?? 0);
});
