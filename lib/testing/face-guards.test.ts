import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFaceGuardChecker } from "./face-guards";

const ROOT = path.resolve(__dirname, "../..");

function faces(root: string): string[] {
  return fs
    .readdirSync(path.join(root, "lib"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, "lib", entry.name, "index.ts")))
    .map((entry) => `lib/${entry.name}/index.ts`);
}

describe("every feature's face", () => {
  it("offers only entry points that check who asks, or that say in code why they are public", () => {
    const checker = createFaceGuardChecker(ROOT);
    const found = faces(ROOT);
    expect(found.length).toBeGreaterThanOrEqual(9);
    const entries = found.flatMap((face) => checker.checkFace(face));
    const unguarded = entries
      .filter((entry) => entry.verdict === "unguarded")
      .map((e) => `${e.face}: ${e.name}`);
    expect(unguarded).toEqual([]);
    // The check is not vacuous: the faces do offer guarded entry points and marked ones.
    expect(entries.filter((entry) => entry.verdict === "guarded").length).toBeGreaterThan(50);
    expect(
      entries.some((entry) => entry.verdict === "public-on-purpose" && entry.name === "listOpenSurveys"),
    ).toBe(true);
  });
});

describe("the face check itself", () => {
  it("refuses a data function that reaches no guard, and a public mark without a reason", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-face-"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write(
      "lib/accounts/data/session.ts",
      "export async function requirePermission(p: string) { return { id: 1, p }; }\n",
    );
    write(
      "lib/things/data/access.ts",
      'import { requirePermission } from "@/lib/accounts/data/session";\n' +
        "export async function requireThingReader() { return requirePermission('thing:read'); }\n",
    );
    write(
      "lib/things/data/things.ts",
      'import { requireThingReader } from "./access";\n' +
        "export async function readThing(id: number) { await requireThingReader(); return id; }\n" +
        "export function leakThing(id: number) { return id; }\n" +
        "export const THING_LIMIT = 3;\n",
    );
    write(
      "lib/things/index.ts",
      'import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";\n' +
        'import { leakThing as leakThingUnchecked } from "./data/things";\n' +
        'export { readThing, leakThing as rawLeak, THING_LIMIT } from "./data/things";\n' +
        'export const leakThing = publicOnPurpose("", leakThingUnchecked);\n' +
        'export const shownThing = publicOnPurpose("things are shown to everyone", leakThingUnchecked);\n' +
        "export const wrappedLeak = (id: number) => leakThingUnchecked(id);\n" +
        'import { readThing as readThingChecked } from "./data/things";\n' +
        "export async function wrappedRead(id: number) { return readThingChecked(id); }\n",
    );
    try {
      const entries = createFaceGuardChecker(root).checkFace("lib/things/index.ts");
      const verdicts = Object.fromEntries(entries.map((entry) => [entry.name, entry.verdict]));
      expect(verdicts).toEqual({
        readThing: "guarded",
        rawLeak: "unguarded",
        leakThing: "unguarded",
        shownThing: "public-on-purpose",
        wrappedLeak: "unguarded",
        wrappedRead: "guarded",
      });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
