import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "./permissions";
import { ACTION_RULES, ROUTE_RULES, SAMPLE_PLACEHOLDERS } from "./route-permissions";

// The route table is what the e2e security matrix is generated from: it must list every route
// and every server action the app has, and say for each what the code actually checks. These
// tests read the app/ folder, so a new page, route handler or action fails here until it is
// listed, and then the matrix covers it without a hand-written test.

const ROOT = path.resolve(__dirname, "../..");
const APP = path.join(ROOT, "app");

function filesUnder(dir: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full, names));
    else if (names.includes(entry.name)) found.push(full);
  }
  return found;
}

/** app/beheer/surveys/[id]/page.tsx → /beheer/surveys/[id]; route groups "(x)" and private "_x" folders dropped. */
function urlPattern(file: string): string | null {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter(Boolean);
  if (segments.some((s) => s.startsWith("_"))) return null;
  return `/${segments.filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
}

const appRoutes = [
  ...new Set(
    filesUnder(APP, ["page.tsx", "page.ts", "route.ts", "route.tsx"])
      .map(urlPattern)
      .filter((p): p is string => p !== null),
  ),
].sort();

/** Each `export const X = …` / `export async function X` of an actions.ts, with the text that defines it. */
function actionExports(): { key: string; body: string }[] {
  const result: { key: string; body: string }[] = [];
  for (const file of filesUnder(APP, ["actions.ts"])) {
    const source = fs.readFileSync(file, "utf8");
    const relative = path.relative(ROOT, file).split(path.sep).join("/");
    const starts = [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)];
    starts.forEach((match, i) => {
      const end = starts[i + 1]?.index ?? source.length;
      result.push({ key: `${relative}#${match[1]}`, body: source.slice(match.index, end) });
    });
    // `export { a, b }` would hide actions from this reader: refuse it rather than miss them.
    expect(source, `${relative}: export actions one by one`).not.toMatch(/^export\s*\{/m);
  }
  return result.sort((a, b) => a.key.localeCompare(b.key));
}

describe("the route table", () => {
  it("lists every page and route handler under app/, and nothing that is gone", () => {
    expect(appRoutes.length).toBeGreaterThan(30);
    const listed = Object.keys(ROUTE_RULES).sort();
    const missing = appRoutes.filter((r) => !listed.includes(r));
    const stale = listed.filter((r) => !appRoutes.includes(r));
    expect(missing, "routes to add to ROUTE_RULES in lib/accounts/route-permissions.ts").toEqual([]);
    expect(stale, "ROUTE_RULES entries whose route no longer exists").toEqual([]);
  });

  it("gives each route a sample URL that matches its pattern, with known placeholders only", () => {
    for (const [pattern, rule] of Object.entries(ROUTE_RULES)) {
      const regex = new RegExp(
        `^${pattern
          .split("/")
          .map((segment) =>
            segment.startsWith("[...")
              ? ".+"
              : segment.startsWith("[")
                ? "[^/]+"
                : segment.replace(/[.*+?^${}()|\\]/g, "\\$&"),
          )
          .join("/")}$`,
      );
      expect(rule.sample, pattern).toMatch(regex);
      for (const [, name] of rule.sample.matchAll(/\{(\w+)\}/g)) {
        expect(Object.keys(SAMPLE_PLACEHOLDERS), `${pattern}: placeholder {${name}}`).toContain(name);
      }
    }
  });

  it("marks every route that sends a spreadsheet (its code builds CSV or XLSX) as a spreadsheet download", () => {
    for (const file of filesUnder(APP, ["route.ts"])) {
      const pattern = urlPattern(file) as string;
      const source = fs.readFileSync(file, "utf8");
      const sendsSpreadsheet = /text\/csv|spreadsheetml/.test(source);
      expect(Boolean(ROUTE_RULES[pattern]?.spreadsheet), `${pattern}: spreadsheet formats listed`).toBe(
        sendsSpreadsheet,
      );
    }
  });
});

describe("the action table", () => {
  const exports = actionExports();

  it("lists every exported server action, and nothing that is gone", () => {
    expect(exports.length).toBeGreaterThan(30);
    const keys = exports.map((e) => e.key);
    const listed = Object.keys(ACTION_RULES).sort();
    expect(
      keys.filter((k) => !listed.includes(k)),
      "actions to add to ACTION_RULES",
    ).toEqual([]);
    expect(
      listed.filter((k) => !keys.includes(k)),
      "ACTION_RULES entries whose action no longer exists",
    ).toEqual([]);
  });

  it("makes every action with createAction, and says for each exactly what its code checks", () => {
    // The audiences an action can name (lib/accounts/data/action.ts), and the access they mean.
    const audiences: Record<string, string> = { panelMember: "panel-member" };
    for (const { key, body } of exports) {
      const rule = ACTION_RULES[key];
      if (!rule) continue;
      // One wrapper for every caller: an action that bypasses it skips its checks and refusals.
      expect(body, `${key}: made with createAction`).toMatch(/^export const \w+ = createAction\(\s*\{/);
      const config = /createAction\(\s*\{([\s\S]*?)\},?\s*(?:async\s*)?\(/.exec(body)?.[1] ?? "";
      const declared = /permission:\s*"([^"]+)"/.exec(config)?.[1];
      const audience = /audience:\s*(\w+)/.exec(config)?.[1];
      expect(Boolean(declared) !== Boolean(audience), `${key}: a permission or an audience, not both`).toBe(
        true,
      );
      if (audience) {
        expect(Object.keys(audiences), `${key}: known audience`).toContain(audience);
        expect(rule.access, key).toBe(audiences[audience]);
      } else if (declared === "public") {
        // The wrapper checks no one; a mailed link's token in the form may decide instead.
        expect(["public", "token"], key).toContain(rule.access);
      } else {
        expect(rule.access, key).toEqual({ permission: declared });
      }
    }
  });

  it("only names permissions that exist, and placeholders that are known", () => {
    const rules = [...Object.values(ROUTE_RULES), ...Object.values(ACTION_RULES)];
    for (const rule of rules) {
      if (typeof rule.access === "object") expect(Object.keys(PERMISSIONS)).toContain(rule.access.permission);
    }
    for (const [key, rule] of Object.entries(ACTION_RULES)) {
      for (const value of Object.values(rule.validInput ?? {})) {
        for (const [, name] of value.matchAll(/\{(\w+)\}/g)) {
          expect(Object.keys(SAMPLE_PLACEHOLDERS), `${key}: placeholder {${name}}`).toContain(name);
        }
      }
    }
  });
});
