import { DONT_KNOW_VALUE } from "@/lib/surveys/definition/reserved-values";
import type { FigureSystem } from "./protection-system";
import type { Band } from "./publication-bands";
import { bandName, figureKey } from "./publication-figures";
import type {
  PublishedCell,
  PublishedQuestion,
  PublishedStatement,
  PublishedTable,
} from "./publication-types";
import type { ChoiceResult, LikertResult, NumericResult, QuestionResult, RankingResult } from "./types";

/*
 * One question's published figures in one scope (overall, or one group of a breakdown), read from
 * the protected system (publication-system.ts, protection-secondary.ts): a figure the system hides
 * is stored as null, a shown one as its count. A percentage is printed only beside a shown base —
 * it then adds nothing a reader could not compute, so it can never pin a hidden figure.
 */

export type QuestionScope = {
  system: FigureSystem;
  scope: string;
  level: "overall" | "group";
  /** Overall: the bands of a number's distribution. */
  bands: readonly Band[];
  /** Means, medians and mean positions may be shown here (decided by publication-means.ts). */
  meansShown: boolean;
  /** Nobody answered the question at all: every count is 0, shown as 0 (it describes nobody). */
  empty?: boolean;
};

/** One decimal: what the public page shows, and all a snapshot needs to hold. */
export function round1(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * 10) / 10;
}

export function publishQuestion(q: QuestionResult, at: QuestionScope): PublishedQuestion {
  const shown = (name: string) =>
    at.empty === true || at.system.isShown(figureKey(q.questionId, at.scope, name));
  const answered = q.figures.kind !== "likert" && shown("answered") ? q.base.answered : null;
  return {
    questionId: q.questionId,
    number: q.number,
    text: q.text,
    questionType: q.questionType,
    page: { title: q.page.title, ...(q.page.block ? { block: q.page.block } : {}) },
    answered,
    table: tableOf(q, at, shown),
  };
}

type Shown = (name: string) => boolean;

function tableOf(q: QuestionResult, at: QuestionScope, shown: Shown): PublishedTable {
  const f = q.figures;
  switch (f.kind) {
    case "choice":
      return choiceTable(f, q.base.answered, shown);
    case "likert":
      return likertTable(f, shown);
    case "numeric":
      return numericTable(f, q.base.answered, at, shown);
    case "ranking":
      return rankingTable(f, q.base.answered, at, shown);
    case "text":
      throw new Error(`Open question ${q.questionId} has no table: only quotes are published.`);
  }
}

/** A shown count with its share of a shown base; nothing at all when hidden. */
function cell(count: number, isShown: boolean, base: number | null, weighted?: number | null): PublishedCell {
  if (!isShown) {
    return weighted === undefined
      ? { count: null, percent: null, suppressed: "hidden" }
      : { count: null, percent: null, weightedPercent: null, suppressed: "hidden" };
  }
  const percent = base === null || base <= 0 ? null : round1((count / base) * 100);
  const published: PublishedCell = { count, percent, suppressed: false };
  if (weighted !== undefined) published.weightedPercent = base === null ? null : round1(weighted);
  return published;
}

function choiceTable(f: ChoiceResult, answered: number, shown: Shown): PublishedTable {
  const multiple = f.questionType === "multiple_choice";
  const base = multiple ? (shown("answered") ? answered : null) : shown("valid") ? f.valid : null;
  const answeredBase = shown("answered") ? answered : null;
  return {
    kind: "choice",
    multiple,
    percentBase: multiple ? "answered" : "valid",
    base,
    rows: f.options.map((o) => ({
      value: o.value,
      label: o.label,
      cell: cell(o.count, shown(`opt:${o.value}`), base, o.weighted ? o.weighted.value : undefined),
    })),
    dontKnow: f.dontKnow
      ? {
          value: DONT_KNOW_VALUE,
          label: DONT_KNOW_VALUE,
          cell: cell(f.dontKnow.count, shown("dk"), answeredBase),
        }
      : null,
  };
}

function likertTable(f: LikertResult, shown: Shown): PublishedTable {
  const statements = f.statements.map((s): PublishedStatement => {
    const validShown = shown(`st:${s.id}:valid`);
    const base = validShown ? s.valid : null;
    const answeredBase =
      validShown && (s.dontKnow === null || shown(`st:${s.id}:dk`)) ? s.valid + (s.dontKnow ?? 0) : null;
    return {
      id: s.id,
      text: s.text,
      cells: s.scale.map((o) =>
        cell(o.count, shown(`st:${s.id}:${o.value}`), base, o.weighted ? o.weighted.value : undefined),
      ),
      dontKnow: s.dontKnow === null ? null : cell(s.dontKnow, shown(`st:${s.id}:dk`), answeredBase),
      valid: cell(s.valid, validShown, null),
      percentBase: "valid",
    };
  });
  return { kind: "likert", scale: f.scale, statements };
}

function numericTable(f: NumericResult, answered: number, at: QuestionScope, shown: Shown): PublishedTable {
  const bands = at.level === "overall" ? at.bands : [];
  const base = shown("answered") ? answered : null;
  const bandShown = bands.map((band) => shown(bandName(band)));
  // Beside a hidden band a mean would tell how the hidden people are spread over the values.
  const meanShown = at.meansShown && bandShown.every(Boolean);
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
      cell: cell(band.count, bandShown[i] === true, base),
    })),
  };
}

function rankingTable(f: RankingResult, answered: number, at: QuestionScope, shown: Shown): PublishedTable {
  const base = shown("answered") ? answered : null;
  return {
    kind: "ranking",
    options: f.options.map((o) => ({
      value: o.value,
      label: o.label,
      meanPosition: at.meansShown ? round1(o.meanPosition) : null,
      first: at.level === "overall" ? cell(o.firstCount, shown(`first:${o.value}`), base) : null,
    })),
  };
}
