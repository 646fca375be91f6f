import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type CliRun = { code: number | null; stdout: string; stderr: string };

const ROOT = path.resolve(__dirname, "..", "..");

/**
 * Runs the CLI as operators do (`npm run peiling -- …` runs exactly this node command), as a
 * real subprocess against the given database file. Asynchronous, so a test can keep writing to
 * the database while the command runs.
 */
export function runCli(args: string[], options: RunOptions): Promise<CliRun> {
  return runScript(path.join("cli", "index.ts"), args, options);
}

type RunOptions = { db: string; input?: string; env?: Record<string, string> };

/** Runs a TypeScript file of the repository the way the CLI runs (`script` relative to the root). */
export function runScript(script: string, args: string[], options: RunOptions): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, PEILING_DB: options.db, ...options.env };
  // The secret is created beside the database, like on a fresh installation.
  delete env.AUTH_SECRET;
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(ROOT, script), ...args],
    { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder for one test file's databases; removed by the returned cleanup. */
export function tempFolder(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-cli-"));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
