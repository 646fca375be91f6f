import { DONT_KNOW_VALUE } from "@/lib/survey/reserved-values";
import type { Band } from "./publication-bands";
import { publishedCell, round1, sumIsDerivable } from "./publication-cells";
import type {
  PercentBase,
  PublishedQuestion,
  PublishedStatement,
  PublishedTable,
  Suppression,
} from "./publication-types";
import type { ChoiceResult, LikertResult, NumericResult, QuestionResult, RankingResult } from "./types";

/*
 * One question's published figures, overall or within one group of a breakdown, from its results
 * and the suppression masks the builder decided (publication-build.ts, publication-breakdown.ts).
 *
 * Every figure that is protected lies on a "content line": cells whose total is published (the
 * options and "weet niet" of a question, out of who answered it; one option chosen or not; a
 * statement's scale and "weet niet"; the bands of a number; who ranked which option first). A
 * percentage base or an n is shown only when it can already be worked out from the shown cells of
 * its line, so it never pins a hidden one.
 */

export type ContentLine = {
  key: string;
  counts: number[];
  /** The cells whose sum is the preferred percentage base (the valid answers). */
  valid: number[];
};

export type LineMasks = ReadonlyMap<string, readonly Suppression[]>;

/** Open questions publish only quotes; everything else gets a table. */
export function publishesTable(q: QuestionResult): boolean {
  return q.figures.kind !== "text";
}

/** Overall results, or one group of a breakdown. */
export type Level = "overall" | "group";

/**
 * The lines of a question. Numbers (in `bands`) and rankings have distribution lines only
 * overall: a breakdown shows their means, whose protection is the group rule.
 */
export function contentLines(q: QuestionResult, level: Level, bands: readonly Band[]): ContentLine[] {
  const f = q.figures;
  const all = (length: number) => Array.from({ length }, (_, i) => i);
  switch (f.kind) {
    case "choice": {
      if (f.questionType === "multiple_choice") {
        const lines = f.options.map((o) => ({
          key: `option:${o.value}`,
          counts: [o.count, q.base.answered - o.count],
          valid: [0, 1],
        }));
        if (f.dontKnow) {
          lines.push({
            key: "dontKnow",
            counts: [f.dontKnow.count, q.base.answered - f.dontKnow.count],
            valid: [0, 1],
          });
        }
        return lines;
      }
      const counts = [...f.options.map((o) => o.count), ...(f.dontKnow ? [f.dontKnow.count] : [])];
      return [{ key: "options", counts, valid: all(f.options.length) }];
    }
    case "likert":
      // Who answered the grid but left this statement out is not protected (like skipping a
      // question, it says nothing about anyone): the statement's own answers are the line.
      return f.statements.map((s) => ({
        key: `statement:${s.id}`,
        counts: [...s.scale.map((o) => o.count), ...(s.dontKnow === null ? [] : [s.dontKnow])],
        valid: all(s.scale.length),
      }));
    case "numeric": {
      if (level === "group") return [];
      const counts = bands.map((band) =>
        f.distribution
          .filter((d) => d.value >= band.from && d.value <= band.to)
          .reduce((total, d) => total + d.count, 0),
      );
      return [{ key: "bands", counts, valid: all(counts.length) }];
    }
    case "ranking":
      if (level === "group") return [];
      return [{ key: "first", counts: f.options.map((o) => o.firstCount), valid: all(f.options.length) }];
    case "text":
      return [];
  }
}

export type QuestionContext = {
  level: Level;
  /** Nothing at all for this question here (a conditional question's base would reveal a small count). */
  withheld: boolean;
  /** Means and mean positions hidden (fewer than k answered here, or protecting a group that did). */
  meanHidden: boolean;
  /** Overall: the bands of a number's distribution (see publication-bands.ts). */
  bands: readonly Band[];
};

export function publishQuestion(
  q: QuestionResult,
  masks: LineMasks,
  context: QuestionContext,
): PublishedQuestion {
  const head = {
    questionId: q.questionId,
    number: q.number,
    text: q.text,
    questionType: q.questionType,
    page: { title: q.page.title, ...(q.page.block ? { block: q.page.block } : {}) },
  };
  if (context.withheld) return { ...head, answered: null, table: { kind: "withheld" } };
  return { ...head, answered: q.base.answered, table: tableOf(q, masks, context) };
}

function tableOf(q: QuestionResult, masks: LineMasks, context: QuestionContext): PublishedTable {
  const f = q.figures;
  const maskOf = (key: string, length: number): readonly Suppression[] =>
    masks.get(key) ?? Array.from({ length }, () => false);
  switch (f.kind) {
    case "choice":
      return f.questionType === "multiple_choice"
        ? multipleChoiceTable(f, q.base.answered, maskOf)
        : singleChoiceTable(f, q.base.answered, maskOf);
    case "likert":
      return likertTable(f, maskOf);
    case "numeric":
      return numericTable(f, q.base.answered, maskOf, context);
    case "ranking":
      return rankingTable(f, q.base.answered, maskOf, context);
    case "text":
      return { kind: "withheld" };
  }
}

type MaskOf = (key: string, length: number) => readonly Suppression[];

function singleChoiceTable(f: ChoiceResult, answered: number, maskOf: MaskOf): PublishedTable {
  const line = [...f.options.map((o) => o.count), ...(f.dontKnow ? [f.dontKnow.count] : [])];
  const mask = maskOf("options", line.length);
  const validIndexes = f.options.map((_, i) => i);
  const percentBase: PercentBase = sumIsDerivable(mask, validIndexes) ? "valid" : "answered";
  const base = percentBase === "valid" ? f.valid : answered;
  return {
    kind: "choice",
    multiple: false,
    percentBase,
    rows: f.options.map((o, i) => ({
      value: o.value,
      label: o.label,
      cell: publishedCell(
        o.count,
        mask[i] ?? false,
        base,
        weightedShare(o.weighted, percentBase === "valid"),
      ),
    })),
    dontKnow: f.dontKnow
      ? {
          value: DONT_KNOW_VALUE,
          label: DONT_KNOW_VALUE,
          cell: publishedCell(f.dontKnow.count, mask[f.options.length] ?? false, answered),
        }
      : null,
  };
}

function multipleChoiceTable(f: ChoiceResult, answered: number, maskOf: MaskOf): PublishedTable {
  return {
    kind: "choice",
    multiple: true,
    percentBase: "answered",
    rows: f.options.map((o) => ({
      value: o.value,
      label: o.label,
      cell: publishedCell(
        o.count,
        maskOf(`option:${o.value}`, 2)[0] ?? false,
        answered,
        weightedShare(o.weighted, true),
      ),
    })),
    dontKnow: f.dontKnow
      ? {
          value: DONT_KNOW_VALUE,
          label: DONT_KNOW_VALUE,
          cell: publishedCell(f.dontKnow.count, maskOf("dontKnow", 2)[0] ?? false, answered),
        }
      : null,
  };
}

function likertTable(f: LikertResult, maskOf: MaskOf): PublishedTable {
  const statements = f.statements.map((s): PublishedStatement => {
    const mask = maskOf(`statement:${s.id}`, s.scale.length + (s.dontKnow === null ? 0 : 1));
    const validShown = sumIsDerivable(
      mask,
      s.scale.map((_, i) => i),
    );
    const answered = s.valid + (s.dontKnow ?? 0);
    const percentBase: PercentBase = validShown ? "valid" : "answered";
    const base = validShown ? s.valid : answered;
    return {
      id: s.id,
      text: s.text,
      cells: s.scale.map((o, i) =>
        publishedCell(o.count, mask[i] ?? false, base, weightedShare(o.weighted, validShown)),
      ),
      dontKnow:
        s.dontKnow === null ? null : publishedCell(s.dontKnow, mask[s.scale.length] ?? false, answered),
      valid: publishedCell(s.valid, validShown ? false : "complement", null),
      percentBase,
    };
  });
  return { kind: "likert", scale: f.scale, statements };
}

function numericTable(
  f: NumericResult,
  answered: number,
  maskOf: MaskOf,
  context: QuestionContext,
): PublishedTable {
  const bands = context.level === "overall" ? context.bands : [];
  const mask = maskOf("bands", bands.length);
  const meanShown = !context.meanHidden && mask.every((reason) => reason === false);
  const counts = bands.map((band) =>
    f.distribution
      .filter((d) => d.value >= band.from && d.value <= band.to)
      .reduce((total, d) => total + d.count, 0),
  );
  return {
    kind: "numeric",
    questionType: f.questionType,
    ...(f.unit ? { unit: f.unit } : {}),
    mean: meanShown ? round1(f.mean) : null,
    median: meanShown ? round1(f.median) : null,
    ...(f.weighted ? { weightedMean: meanShown ? round1(f.weighted.value) : null } : {}),
    bands: bands.map((band, i) => ({
      from: band.from,
      to: band.to,
      cell: publishedCell(counts[i] ?? 0, mask[i] ?? false, answered),
    })),
  };
}

function rankingTable(
  f: RankingResult,
  answered: number,
  maskOf: MaskOf,
  context: QuestionContext,
): PublishedTable {
  const mask = context.level === "overall" ? maskOf("first", f.options.length) : null;
  return {
    kind: "ranking",
    options: f.options.map((o, i) => ({
      value: o.value,
      label: o.label,
      meanPosition: context.meanHidden ? null : round1(o.meanPosition),
      first: mask ? publishedCell(o.firstCount, mask[i] ?? false, answered) : null,
    })),
  };
}

/** The weighted share of a cell, when the results are weighted and it has the same base. */
function weightedShare(
  weighted: { value: number | null } | undefined,
  sameBase: boolean,
): number | null | undefined {
  if (!weighted) return undefined;
  return sameBase ? weighted.value : null;
}
