import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { env } from "@/lib/env";

/**
 * AUTH_SECRET when set; otherwise a secret created once in the data folder (beside the database),
 * so that the embedded default runs with no configuration and sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(path.dirname(databasePath()), "auth-secret");
  // Read once per file: the secret never changes while the app runs, and hot paths (a page view,
  // an invitation run signing 10,000 unsubscribe links) ask for it many times.
  if (cached?.file === file) return cached.secret;
  cached = { file, secret: readOrCreate(file) };
  return cached.secret;
}

let cached: { file: string; secret: string } | undefined;

function readOrCreate(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      // "wx" fails if another process created it first; then we read theirs.
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
