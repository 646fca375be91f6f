import fs from "node:fs";

/** Debian's Chromium (Playwright cannot download its own browser here); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((c): c is string => Boolean(c) && fs.existsSync(c as string));
  if (!found) throw new Error("No Chromium found: set CHROMIUM_PATH or install Debian's chromium package.");
  return found;
}
