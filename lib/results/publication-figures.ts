import { DONT_KNOW_VALUE } from "@/lib/surveys/definition/reserved-values";
import type { FigureKind, FigureSystem } from "./protection-system";
import type { Band } from "./publication-bands";
import type { PublicDimension } from "./publication-types";
import type { QuestionResult } from "./types";

/*
 * Every figure a publication prints — and every figure a reader can work out from them — as one
 * linked system (protection-system.ts), built from the survey's results overall and per public
 * breakdown. The tables are linked the way a reader links them:
 *
 * - within a group, per question: the options add up to the valid answers, with "weet niet" to
 *   who answered, with who skipped it to who was shown it (everyone, or for a conditional question
 *   those its condition let through, see publication-visibility.ts); a multiple
 *   choice option chosen + not chosen = who answered; a statement's scale + "weet niet" + no answer
 *   = the group; a number's bands add up to who answered (overall only);
 * - across the groups of a breakdown: the groups add up to the overall figure. District, age
 *   group and sex are known for panel members only, so those breakdowns publish panel groups of at
 *   least k respondents; everything else (the open link, staff-entered answers, panel members with
 *   the attribute unknown, groups under k) is the breakdown's "rest", never printed. A reader also
 *   knows that the rest is the open link + staff-entered + panel members not in a published group:
 *   that link between the channel table and each attribute table is in the system too (it is
 *   exactly how "Onbekend − open link" gave the staff channel away before).
 *
 * Keys: `size|<scope>` for a group's respondents, `<questionId>|<scope>|<name>` for a question's
 * figures, with scope `all` (overall), `<dimension>:<value>` (a published group),
 * `<dimension>:~rest` and `<dimension>:~panelrest` (never printed).
 */

export const OVERALL_SCOPE = "all";
export const scopeOf = (dimension: PublicDimension, value: string) => `${dimension}:${value}`;
export const restScope = (dimension: PublicDimension) => `${dimension}:~rest`;
export const panelRestScope = (dimension: PublicDimension) => `${dimension}:~panelrest`;
export const sizeKey = (scope: string) => `size|${scope}`;
export const figureKey = (questionId: string, scope: string, name: string) =>
  `${questionId}|${scope}|${name}`;

/** One figure of a question in one scope, before it joins the system. */
type Spec = { name: string; value: number; kind: FigureKind; base?: boolean };
type Link =
  | { type: "sum"; whole: string; parts: string[] }
  | { type: "atMost"; small: string[]; large: string[] }
  | { type: "sumOrAtMost"; whole: string; parts: string[] };

/**
 * The figure names a question has in every group (additive across groups). `conditional`: the
 * question is not shown to everyone (decided once for all groups), so a group's respondents split
 * into shown + not shown, and who skipped it is shown − answered.
 */
export function groupFigures(
  q: QuestionResult,
  size: number,
  conditional: boolean,
): { specs: Spec[]; links: Link[] } {
  const specs: Spec[] = [];
  const links: Link[] = [];
  const printed = (name: string, value: number, base = false) =>
    specs.push({ name, value, kind: "printed", base });
  const derived = (name: string, value: number) => specs.push({ name, value, kind: "derived" });
  const f = q.figures;
  const answered = q.base.answered;
  // Who could answer: everyone in the group, or (conditional) those shown the question.
  const reached = conditional ? "shown" : "size";
  const reachedCount = conditional ? size - q.base.notShown : size;
  if (conditional) {
    derived("shown", reachedCount);
    derived("notShown", q.base.notShown);
    links.push({ type: "sum", whole: "size", parts: ["shown", "notShown"] });
  }
  // A conditional question's "did not answer" (not shown + skipped) is a count of people of its
  // own, and can be pinned where neither part is: it gets a figure, so the audit checks it too.
  const unanswered = (parts: string[], value: number, name: string) => {
    if (!conditional) return;
    derived(name, size - value);
    links.push({ type: "sum", whole: "size", parts: [...parts, name] });
  };
  switch (f.kind) {
    case "choice": {
      const options = f.options.map((o) => `opt:${o.value}`);
      f.options.forEach((o) => {
        printed(`opt:${o.value}`, o.count);
      });
      if (f.dontKnow) printed("dk", f.dontKnow.count);
      printed("answered", answered, true);
      derived("na", reachedCount - answered);
      links.push({ type: "sum", whole: reached, parts: ["answered", "na"] });
      unanswered(["answered"], answered, "unanswered");
      if (f.questionType === "multiple_choice") {
        f.options.forEach((o) => {
          derived(`not:${o.value}`, answered - o.count);
          links.push({ type: "sum", whole: "answered", parts: [`opt:${o.value}`, `not:${o.value}`] });
          // "Weet niet" cannot be ticked with an option.
          if (f.dontKnow)
            links.push({ type: "atMost", small: [`opt:${o.value}`, "dk"], large: ["answered"] });
        });
        // Whoever answered ticked an option or "weet niet".
        links.push({
          type: "atMost",
          small: ["answered"],
          large: [...options, ...(f.dontKnow ? ["dk"] : [])],
        });
      } else {
        printed("valid", f.valid, true);
        links.push({ type: "sum", whole: "valid", parts: options });
        links.push({ type: "sum", whole: "answered", parts: ["valid", ...(f.dontKnow ? ["dk"] : [])] });
      }
      break;
    }
    case "likert":
      for (const s of f.statements) {
        const points = s.scale.map((o) => `st:${s.id}:${o.value}`);
        s.scale.forEach((o) => {
          printed(`st:${s.id}:${o.value}`, o.count);
        });
        if (s.dontKnow !== null) printed(`st:${s.id}:dk`, s.dontKnow);
        printed(`st:${s.id}:valid`, s.valid, true);
        derived(`st:${s.id}:na`, reachedCount - s.valid - (s.dontKnow ?? 0));
        unanswered(
          [`st:${s.id}:valid`, ...(s.dontKnow !== null ? [`st:${s.id}:dk`] : [])],
          s.valid + (s.dontKnow ?? 0),
          `st:${s.id}:unanswered`,
        );
        links.push({ type: "sum", whole: `st:${s.id}:valid`, parts: points });
        links.push({
          type: "sum",
          whole: reached,
          parts: [`st:${s.id}:valid`, ...(s.dontKnow !== null ? [`st:${s.id}:dk`] : []), `st:${s.id}:na`],
        });
      }
      break;
    case "numeric":
    case "ranking":
      printed("answered", answered, true);
      derived("na", reachedCount - answered);
      links.push({ type: "sum", whole: reached, parts: ["answered", "na"] });
      unanswered(["answered"], answered, "unanswered");
      break;
    case "text":
      break;
  }
  return { specs, links };
}

/** Figures printed only in the overall results: a number's bands, how often each option ranked first. */
export function overallOnlyFigures(
  q: QuestionResult,
  bands: readonly Band[],
): { specs: Spec[]; links: Link[] } {
  const f = q.figures;
  if (f.kind === "numeric") {
    const names = bands.map(bandName);
    return {
      specs: bands.map((b, i) => ({ name: names[i] as string, value: b.count, kind: "printed" })),
      links: [{ type: "sumOrAtMost", whole: "answered", parts: names }],
    };
  }
  if (f.kind === "ranking") {
    const names = f.options.map((o) => `first:${o.value}`);
    return {
      specs: f.options.map((o, i) => ({ name: names[i] as string, value: o.firstCount, kind: "printed" })),
      links: [{ type: "sumOrAtMost", whole: "answered", parts: names }],
    };
  }
  return { specs: [], links: [] };
}

export const bandName = (band: { from: number; to: number }) => `band:${band.from}-${band.to}`;
export const optionName = (value: string) => (value === DONT_KNOW_VALUE ? "dk" : `opt:${value}`);

/** Adds a question's figures in one scope; `size` is the scope's size figure. */
export function addScopeFigures(
  system: FigureSystem,
  questionId: string,
  scope: string,
  set: { specs: Spec[]; links: Link[] },
): void {
  const key = (name: string) => (name === "size" ? sizeKey(scope) : figureKey(questionId, scope, name));
  for (const spec of set.specs) system.figure(key(spec.name), spec.value, spec.kind, { base: spec.base });
  const id = (name: string) => {
    const found = system.idOf(key(name));
    if (found === undefined) throw new Error(`Unknown figure ${key(name)}`);
    return found;
  };
  for (const link of set.links) {
    if (link.type === "sum") system.sum(id(link.whole), link.parts.map(id));
    else if (link.type === "atMost") system.atMost(link.small.map(id), link.large.map(id));
    else {
      const parts = link.parts.map(id);
      const total = parts.reduce((s, p) => s + (system.figures[p]?.value ?? 0), 0);
      if (total === system.figures[id(link.whole)]?.value) system.sum(id(link.whole), parts);
      else system.atMost(parts, [id(link.whole)]);
    }
  }
}
