import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";

/*
 * An uploaded member file kept on the server between the report and staff's explicit choice to
 * import only its good rows. The choice names this upload; the server reads the file again and
 * checks every row again, so nothing a browser sends back decides which rows are imported.
 * Kept beside the database (every app process sees it) for an hour at most, and deleted once used.
 */

const TTL_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{32}$/;

type Upload = { userId: number; panelId: number; createdAt: number; text: string };

function folder(): string {
  return path.join(path.dirname(databasePath()), "panel-imports");
}

/** Removes uploads older than an hour (abandoned reports). */
function sweep(now: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder());
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(folder(), name);
    try {
      if (now - fs.statSync(file).mtimeMs > TTL_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

/** Keeps the file for this user and panel; returns the id the "good rows only" form names. */
export function keepUpload(userId: number, panelId: number, text: string, now = Date.now()): string {
  sweep(now);
  fs.mkdirSync(folder(), { recursive: true, mode: 0o700 });
  const id = randomBytes(16).toString("hex");
  const upload: Upload = { userId, panelId, createdAt: now, text };
  fs.writeFileSync(path.join(folder(), `${id}.json`), JSON.stringify(upload), { mode: 0o600, flag: "wx" });
  return id;
}

/**
 * The kept file's text when it belongs to this user and panel and is less than an hour old;
 * null otherwise (expired, used, or someone else's).
 */
export function readUpload(id: string, userId: number, panelId: number, now = Date.now()): string | null {
  if (!ID.test(id)) return null;
  let upload: Upload;
  try {
    upload = JSON.parse(fs.readFileSync(path.join(folder(), `${id}.json`), "utf8")) as Upload;
  } catch {
    return null;
  }
  if (upload.userId !== userId || upload.panelId !== panelId || now - upload.createdAt > TTL_MS) return null;
  return upload.text;
}

export function discardUpload(id: string): void {
  if (ID.test(id)) fs.rmSync(path.join(folder(), `${id}.json`), { force: true });
}
