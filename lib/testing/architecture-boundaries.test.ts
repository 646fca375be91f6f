import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/*
 * The map (ARCHITECTURE.md) and the check (.dependency-cruiser.cjs) say the same thing, and the
 * check does refuse what the map forbids: each case plants a forbidden import in a temporary file
 * inside the tree, runs the same command as `npm run lint`, and reads the rule it names.
 */

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);

type Config = { FEATURE_ARROWS: Record<string, string[]> };
const config: Config = require(path.join(ROOT, ".dependency-cruiser.cjs"));

/** The rows of ARCHITECTURE.md's feature table: feature → what it may import. */
function drawnArrows(): Record<string, string[]> {
  const text = fs.readFileSync(path.join(ROOT, "ARCHITECTURE.md"), "utf8");
  const section = text.slice(text.indexOf("## The features"), text.indexOf("## Where a request goes"));
  const arrows: Record<string, string[]> = {};
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const feature = /^`([a-z-]+)`$/.exec(cells[1] ?? "")?.[1];
    if (!feature) continue;
    arrows[feature] = [...(cells[3] ?? "").matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
  }
  return arrows;
}

async function cruise(files: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [
        path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
        "--config",
        ".dependency-cruiser.cjs",
        "--output-type",
        "err",
        ...files,
      ],
      { cwd: ROOT },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("the architecture map", () => {
  it("draws exactly the arrows the boundary check enforces", () => {
    const drawn = drawnArrows();
    expect(Object.keys(drawn).length).toBeGreaterThanOrEqual(12);
    const sorted = (arrows: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(arrows).map(([feature, to]) => [feature, [...to].sort()]));
    expect(sorted(drawn)).toEqual(sorted(config.FEATURE_ARROWS));
  });

  it("has no cycle between features, so the features can be laid out in layers", () => {
    const arrows = config.FEATURE_ARROWS;
    const placed: string[] = [];
    let remaining = Object.keys(arrows);
    while (remaining.length) {
      const ready = remaining.filter((feature) => arrows[feature].every((to) => placed.includes(to)));
      expect(ready, `a cycle among ${remaining.join(", ")}`).not.toEqual([]);
      placed.push(...ready);
      remaining = remaining.filter((feature) => !ready.includes(feature));
    }
    expect(placed.indexOf("surveys")).toBeLessThan(placed.indexOf("responses"));
  });
});

describe("the boundary check", () => {
  const probes: Record<string, { file: string; text: string; rule: string }> = {
    page: {
      file: "components/zz-boundary-probe.tsx",
      text: 'import { listOpenSurveys } from "@/lib/surveys/data/public-surveys";\nexport const probe = listOpenSurveys;\n',
      rule: "pages-through-faces",
    },
    pageDb: {
      file: "app/zz-boundary-probe.ts",
      text: 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n',
      rule: "pages-not-database",
    },
    pure: {
      file: "lib/results/zz-boundary-probe.ts",
      text: 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n',
      rule: "pure-not-database",
    },
    arrow: {
      file: "lib/surveys/data/zz-boundary-probe.ts",
      text: 'import { submitPage } from "@/lib/responses/data/submit-page";\nexport const probe = submitPage;\n',
      rule: "feature-arrows:surveys",
    },
    clientFace: {
      file: "lib/zz-boundary-probe/client.ts",
      text: 'export { listStaffSurveys } from "@/lib/surveys/data/staff-surveys";\n',
      rule: "client-face-browser-safe",
    },
    database: {
      file: "db/zz-boundary-probe.ts",
      text: 'import { listOpenSurveys } from "@/lib/surveys/data/public-surveys";\nexport const probe = listOpenSurveys;\n',
      rule: "db-imports-no-feature",
    },
  };

  it("fails on a planted forbidden import, naming the rule it breaks", async () => {
    for (const probe of Object.values(probes)) {
      fs.mkdirSync(path.dirname(path.join(ROOT, probe.file)), { recursive: true });
      fs.writeFileSync(path.join(ROOT, probe.file), probe.text);
    }
    try {
      const result = await cruise(Object.values(probes).map((probe) => probe.file));
      expect(result.code).not.toBe(0);
      for (const probe of Object.values(probes)) {
        expect(result.output).toMatch(
          new RegExp(`error ${probe.rule.replace(/[:-]/g, "\\$&")}: ${probe.file}`),
        );
      }
    } finally {
      for (const probe of Object.values(probes)) fs.rmSync(path.join(ROOT, probe.file), { force: true });
      fs.rmSync(path.join(ROOT, "lib/zz-boundary-probe"), { recursive: true, force: true });
    }
  }, 120_000);
});
