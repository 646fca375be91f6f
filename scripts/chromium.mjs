// Finds a Chromium for the end-to-end tests, and installs Debian's where none is found and we may.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

/** Only as root with apt-get, and not when PEILING_NO_BROWSER_INSTALL is set. */
export function installChromium() {
  const mayInstall =
    process.getuid?.() === 0 && !process.env.PEILING_NO_BROWSER_INSTALL && fs.existsSync("/usr/bin/apt-get");
  if (!mayInstall) return null;
  console.log("\nNo Chromium found: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) return null;
  }
  return findChromium();
}
