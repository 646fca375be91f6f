import loadHighs from "highs";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import type { PublishedCell, PublishedQuestion, PublishedResults } from "./publication-types";

/*
 * A reader who holds every figure a publication prints and attacks them, for the tests: written
 * from the published snapshot alone, independently of the builder's own model
 * (publication-figures.ts) and audit (protection-audit.ts), so that a figure the builder forgot to
 * link, or printed by mistake, is caught.
 *
 * The reader's knowledge: every printed number; how tables add up (options to their base, bases to
 * who answered, who answered + who did not to a group's respondents, groups + the rest to the
 * overall figure, the rest of a panel-only breakdown = the open link + staff-entered + panel members
 * outside the shown groups); the questionnaire (who was shown a follow-up question is who gave the
 * answer its condition names, so shown − answered = who skipped it); printed percentages of hidden counts (as ranges from the rounding);
 * whole numbers of 0 or more. For every unknown it finds the exact range by integer programming
 * (HiGHS, as text models, one per question), and reports:
 * - a printed count of 1..k − 1;
 * - a hidden count with fewer than k possible values;
 * - a derived count (who did not answer, the rest of a breakdown) with fewer than k possible values
 *   of which one lies in 1..k − 1.
 */

export type Finding = {
  key: string;
  kind: "printed-small" | "hidden-narrowed" | "derived-narrowed";
  detail: string;
};

type Term = { name: string; c: number };
type Row = { terms: Term[]; op: "=" | "<=" | ">="; rhs: number };

type Model = {
  known: Map<string, number>;
  unknown: Map<string, "hidden" | "derived">;
  rows: Row[];
  /** Per question and scope: the figures that add up, with who skipped, to who was shown it. */
  skipParts: Map<string, string[][]>;
};

const SIZE = "size";

/** A follow-up shown to those who gave one of `values` to single or multiple choice question `on`. */
type Follow = { on: string; values: string[] };

function followUps(definition: SurveyDefinition | undefined): Map<string, Follow> {
  const out = new Map<string, Follow>();
  if (!definition) return out;
  const types = new Map(definition.pages.flatMap((p) => p.questions.map((q) => [q.id, q.type] as const)));
  for (const page of definition.pages)
    for (const q of page.questions) {
      const conditions = [page.visibleIf, q.visibleIf].filter((c) => c !== undefined);
      const c = conditions[0];
      if (conditions.length !== 1 || !c || "all" in c || "any" in c) continue;
      if (c.operator !== "equals" && c.operator !== "any_of") continue;
      const values = Array.isArray(c.value) ? c.value : [String(c.value)];
      const type = types.get(c.question);
      if (
        type === "single_choice" ||
        type === "dropdown" ||
        (type === "multiple_choice" && values.length === 1)
      )
        out.set(q.id, { on: c.question, values });
    }
  return out;
}

export async function attackPublication(
  snapshot: PublishedResults,
  k: number,
  definition?: SurveyDefinition,
): Promise<Finding[]> {
  const follows = followUps(definition);
  const findings: Finding[] = [];
  const printed = (key: string, value: number | null) => {
    if (value !== null && value > 0 && value < k)
      findings.push({ key, kind: "printed-small", detail: `prints ${value}` });
  };
  printed("respondents", snapshot.method.respondents);
  for (const channel of snapshot.method.channels) printed(`channel:${channel.channel}`, channel.responses);

  const channelGroups = snapshot.breakdowns.find((b) => b.dimension === "channel")?.groups ?? [];
  const sizes = new Map<string, number>([["all", snapshot.method.respondents]]);
  for (const b of snapshot.breakdowns)
    for (const g of b.groups)
      if (!g.withheld && g.respondents !== null) sizes.set(`${b.dimension}:${g.value}`, g.respondents);

  // A follow-up question and the question its condition tests are attacked together.
  const groupsOfQuestions = new Map<string, PublishedQuestion[]>();
  for (const q of snapshot.questions) {
    let root = q.questionId;
    while (follows.has(root)) root = (follows.get(root) as Follow).on;
    groupsOfQuestions.set(root, [...(groupsOfQuestions.get(root) ?? []), q]);
  }
  for (const together of groupsOfQuestions.values()) {
    const model: Model = { known: new Map(), unknown: new Map(), rows: [], skipParts: new Map() };
    for (const q of together) addQuestion(model, q);
    for (const q of together) {
      const follow = follows.get(q.questionId);
      if (!follow) continue;
      for (const scope of scopesOf(q)) {
        const shown = `${q.questionId}|${scope}|shown`;
        const terms = follow.values.map(
          (v) => `${follow.on}|${scope}|${v === "_weet_niet" ? "dk" : `row:${v}`}`,
        );
        if (!terms.every((t) => model.known.has(t) || model.unknown.has(t))) continue;
        model.unknown.set(shown, "derived");
        model.rows.push({
          terms: [...terms.map((name) => ({ name, c: 1 })), { name: shown, c: -1 }],
          op: "=",
          rhs: 0,
        });
        // shown ≤ the group; who skipped it = shown − answered (a statement: − its valid and "weet niet").
        model.rows.push({
          terms: [
            { name: shown, c: 1 },
            { name: `${q.questionId}|${scope}|size`, c: -1 },
          ],
          op: "<=",
          rhs: 0,
        });
        const skips = model.skipParts.get(`${q.questionId}|${scope}`) ?? [];
        skips.forEach((parts, i) => {
          const skipped = `${q.questionId}|${scope}|skipped${i}`;
          model.unknown.set(skipped, "derived");
          model.rows.push({
            terms: [
              ...parts.map((name) => ({ name, c: 1 })),
              { name: skipped, c: 1 },
              { name: shown, c: -1 },
            ],
            op: "=",
            rhs: 0,
          });
        });
      }
    }
    findings.push(...(await solveRanges(model, k)));
  }
  return findings;

  function scopesOf(q: PublishedQuestion): string[] {
    const out = ["all"];
    for (const b of snapshot.breakdowns)
      for (const g of b.groups)
        if (!g.withheld && g.questions.some((x) => x.questionId === q.questionId))
          out.push(`${b.dimension}:${g.value}`);
    return out;
  }

  function addQuestion(model: Model, q: PublishedQuestion): void {
    const scopes: { scope: string; question: PublishedQuestion; level: "all" | "group" }[] = [
      { scope: "all", question: q, level: "all" },
    ];
    for (const b of snapshot.breakdowns)
      for (const g of b.groups) {
        if (g.withheld) continue;
        const inGroup = g.questions.find((x) => x.questionId === q.questionId);
        if (inGroup) scopes.push({ scope: `${b.dimension}:${g.value}`, question: inGroup, level: "group" });
      }
    const names = new Map<string, Set<string>>();
    for (const { scope, question, level } of scopes) {
      const size = sizes.get(scope) ?? 0;
      printed(`${scope}|respondents`, size);
      const local = describeQuestion(model, `${q.questionId}|${scope}`, question, size, level, printed);
      names.set(scope, local);
    }
    // Across the groups of each breakdown.
    for (const b of snapshot.breakdowns) {
      const groups = b.groups.filter((g) => !g.withheld).map((g) => `${b.dimension}:${g.value}`);
      const overallNames = names.get("all") ?? new Set<string>();
      for (const name of overallNames) {
        if (!groups.every((scope) => names.get(scope)?.has(name))) continue;
        const at = (scope: string) => `${q.questionId}|${scope}|${name}`;
        const terms: Term[] = groups.map((scope) => ({ name: at(scope), c: 1 }));
        if (b.panelOnly) {
          const rest = at(`${b.dimension}:~rest`);
          const panelRest = at(`${b.dimension}:~panelrest`);
          model.unknown.set(rest, "derived");
          model.unknown.set(panelRest, "derived");
          model.rows.push({
            terms: [...terms, { name: rest, c: 1 }, { name: at("all"), c: -1 }],
            op: "=",
            rhs: 0,
          });
          const nonPanel = channelGroups.filter((g) => g.value !== "panel" && !g.withheld);
          if (nonPanel.every((g) => names.get(`channel:${g.value}`)?.has(name)))
            model.rows.push({
              terms: [
                { name: rest, c: 1 },
                ...nonPanel.map((g) => ({ name: at(`channel:${g.value}`), c: -1 })),
                { name: panelRest, c: -1 },
              ],
              op: "=",
              rhs: 0,
            });
        } else {
          model.rows.push({ terms: [...terms, { name: at("all"), c: -1 }], op: "=", rhs: 0 });
        }
      }
    }
  }
}

/** The question's figures in one scope as knowns and unknowns, with the relations inside it. */
function describeQuestion(
  model: Model,
  prefix: string,
  q: PublishedQuestion,
  size: number,
  level: "all" | "group",
  printed: (key: string, value: number | null) => void,
): Set<string> {
  const names = new Set<string>();
  const put = (name: string, value: number | null, kind: "hidden" | "derived" = "hidden") => {
    names.add(name);
    const key = `${prefix}|${name}`;
    printed(key, value);
    if (value === null) model.unknown.set(key, kind);
    else model.known.set(key, value);
    return key;
  };
  const fromCell = (name: string, c: PublishedCell, base: string | null) => {
    const key = put(name, c.count);
    // A printed percentage of a hidden count, or of a hidden base, still says something.
    if (c.percent !== null && base !== null && (c.count === null || !model.known.has(base))) {
      const low = (c.percent - 0.05) / 100;
      const high = (c.percent + 0.05) / 100;
      model.rows.push({
        terms: [
          { name: key, c: 1 },
          { name: base, c: -low },
        ],
        op: ">=",
        rhs: 0,
      });
      model.rows.push({
        terms: [
          { name: key, c: 1 },
          { name: base, c: -high },
        ],
        op: "<=",
        rhs: 0,
      });
    }
    return key;
  };
  const sizeKey = `${prefix}|${SIZE}`;
  model.known.set(sizeKey, size);
  const skipParts: string[][] = [];
  model.skipParts.set(prefix, skipParts);
  const sum = (whole: string, parts: string[], op: Row["op"] = "=") =>
    model.rows.push({
      terms: [...parts.map((name) => ({ name, c: 1 })), { name: whole, c: -1 }],
      op,
      rhs: 0,
    });
  const table = q.table;
  switch (table.kind) {
    case "choice": {
      const answered = put("answered", table.multiple ? table.base : q.answered);
      const na = put("na", null, "derived");
      sum(sizeKey, [answered, na]);
      skipParts.push([answered]);
      const dk = table.dontKnow ? fromCell("dk", table.dontKnow.cell, answered) : null;
      if (table.multiple) {
        const rows = table.rows.map((r) => fromCell(`row:${r.value}`, r.cell, answered));
        for (const row of rows) {
          sum(answered, [row], "<=");
          if (dk) sum(answered, [row, dk], "<=");
        }
        sum(answered, [...rows, ...(dk ? [dk] : [])], ">=");
      } else {
        const valid = put("valid", table.base);
        const rows = table.rows.map((r) => fromCell(`row:${r.value}`, r.cell, valid));
        sum(valid, rows);
        sum(answered, [valid, ...(dk ? [dk] : [])]);
      }
      break;
    }
    case "likert":
      for (const s of table.statements) {
        const valid = put(`${s.id}:valid`, s.valid.count);
        const cells = s.cells.map((c, i) => fromCell(`${s.id}:${i}`, c, valid));
        const dk = s.dontKnow ? fromCell(`${s.id}:dk`, s.dontKnow, null) : null;
        const na = put(`${s.id}:na`, null, "derived");
        sum(valid, cells);
        sum(sizeKey, [valid, ...(dk ? [dk] : []), na]);
        skipParts.push([valid, ...(dk ? [dk] : [])]);
      }
      break;
    case "numeric": {
      const answered = put("answered", q.answered);
      const na = put("na", null, "derived");
      sum(sizeKey, [answered, na]);
      skipParts.push([answered]);
      if (level === "all" && table.bands.length > 0)
        sum(
          answered,
          table.bands.map((b) => fromCell(`band:${b.from}-${b.to}`, b.cell, answered)),
        );
      break;
    }
    case "ranking": {
      const answered = put("answered", q.answered);
      const na = put("na", null, "derived");
      sum(sizeKey, [answered, na]);
      skipParts.push([answered]);
      const firsts = table.options
        .filter((o) => o.first)
        .map((o) => fromCell(`first:${o.value}`, o.first as PublishedCell, answered));
      if (firsts.length > 0) sum(answered, firsts, "<=");
      break;
    }
  }
  return names;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let solverPromise: Promise<Highs> | null = null;

async function solveRanges(model: Model, k: number): Promise<Finding[]> {
  solverPromise ??= loadHighs();
  const highs = await solverPromise;
  const unknown = [...model.unknown.keys()];
  if (unknown.length === 0) return [];
  const variable = new Map(unknown.map((name, i) => [name, `x${i}`]));
  const constraints: string[] = [];
  model.rows.forEach((row, r) => {
    let rhs = row.rhs;
    const parts: string[] = [];
    for (const term of row.terms) {
      const v = variable.get(term.name);
      if (v) parts.push(`${term.c >= 0 ? "+" : "-"} ${Math.abs(term.c)} ${v}`);
      else rhs -= term.c * (model.known.get(term.name) ?? 0);
    }
    if (parts.length > 0) constraints.push(` r${r}: ${parts.join(" ")} ${row.op} ${rhs}`);
  });
  const ceiling = Math.max(1, ...model.known.values());
  const bounds = unknown.map((name) => ` 0 <= ${variable.get(name)} <= ${ceiling}`).join("\n");
  const generals = ` ${unknown.map((name) => variable.get(name)).join(" ")}`;
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  const body = `Subject To\n${constraints.join("\n")}\nBounds\n${bounds}\n`;
  const run = (text: string) => {
    const result = highs.solve(text, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
    if (result.Status !== "Optimal") throw new Error(`Attacker model: ${result.Status}`);
    return result;
  };
  const solve = (target: string, sense: "Maximize" | "Minimize"): number => {
    const head = `${sense}\n obj: ${variable.get(target)}\n${body}`;
    // The relaxation first; only a fractional optimum needs the integer program.
    let result = run(`${head}End`);
    const fractional = unknown.some((name) => {
      const v = result.Columns[variable.get(name) as string]?.Primal ?? 0;
      return Math.abs(v - Math.round(v)) > 1e-6;
    });
    if (fractional) result = run(`${head}Generals\n${generals}\nEnd`);
    for (const name of unknown) {
      const value = Math.round(result.Columns[variable.get(name) as string]?.Primal ?? 0);
      low.set(name, Math.min(low.get(name) ?? value, value));
      high.set(name, Math.max(high.get(name) ?? value, value));
    }
    return Math.round(result.Columns[variable.get(target) as string]?.Primal ?? 0);
  };
  const findings: Finding[] = [];
  for (const name of unknown) {
    if ((high.get(name) ?? -1) - (low.get(name) ?? 0) + 1 >= k) continue;
    const max = solve(name, "Maximize");
    if (max - (low.get(name) ?? max) + 1 >= k) continue;
    const min = solve(name, "Minimize");
    if (max - min + 1 >= k) continue;
    const kind = model.unknown.get(name);
    if (kind === "hidden") findings.push({ key: name, kind: "hidden-narrowed", detail: `${min}..${max}` });
    else if (min < k && max >= 1)
      findings.push({ key: name, kind: "derived-narrowed", detail: `${min}..${max}` });
  }
  return findings;
}
