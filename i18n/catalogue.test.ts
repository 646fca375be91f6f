import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "./namespaces";

const dir = path.join(__dirname, "..", "messages");

function read(locale: string, ns: string): Record<string, unknown> | null {
  const file = path.join(dir, locale, `${ns}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogue", () => {
  it.each(NAMESPACES)("Dutch namespace %s exists and is not empty", (ns) => {
    const nl = read("nl", ns);
    expect(nl).not.toBeNull();
    expect(keys(nl).length).toBeGreaterThan(0);
  });

  it.each(NAMESPACES)("English namespace %s, where present, has exactly the Dutch keys", (ns) => {
    const en = read("en", ns);
    if (!en) return;
    expect(keys(en).sort()).toEqual(keys(read("nl", ns)).sort());
  });
});
