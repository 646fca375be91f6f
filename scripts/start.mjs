// `npm start`: build if needed, migrate, seed the demo on an empty database, then serve. Setup
// refuses (and start stops with its exit code) when the database is missing where Peiling had
// one: a deleted database is restored, not replaced by a fresh demo (db/created-marker.ts;
// PEILING_ALLOW_NEW_DATABASE=1 starts afresh on purpose).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

buildIfNeeded();

const setup = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", path.join("cli", "index.ts"), "setup"],
  { stdio: "inherit" },
);
if (setup.status !== 0) process.exit(setup.status ?? 1);

const server = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", PORT: "3000", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
