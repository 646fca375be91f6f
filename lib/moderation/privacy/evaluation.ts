import type { LabelledSentence } from "./fixtures/labelled-sentences";
import { findPersonalData } from "./index";
import { PII_KINDS, type PiiFinding, type PiiKind } from "./types";

/**
 * Scoring of the engine against labelled sentences, shared by the test (which asserts the targets
 * of issue 5) and bench:redact (which prints the figures).
 *
 * A finding matches an expected span when the kind is the same and the spans overlap
 * substantially: the characters they share are at least half of the characters either covers
 * (intersection over union ≥ 0.5). So "4901 AB" for an expected "4901 AB 12" counts (7/10), and
 * "Piet" for an expected "Piet de Vries" does not (4/13): it would leave the surname in the text.
 * Matching is one to one; each expected span takes the unmatched finding that overlaps it most.
 */
export const MIN_OVERLAP = 0.5;

export type KindScore = {
  kind: PiiKind;
  expected: number;
  found: number;
  truePositives: number;
  /** truePositives / found; NaN when nothing of this kind was found. */
  precision: number;
  /** truePositives / expected; NaN when nothing of this kind was expected. */
  recall: number;
};

export type SentenceError = { text: string; kind: PiiKind; span: string };

export type Evaluation = {
  perKind: KindScore[];
  sentences: number;
  sentencesWithoutPersonalData: number;
  /** Sentences without personal data in which the engine found anything. */
  falsePositiveSentences: number;
  falsePositiveRate: number;
  missed: SentenceError[];
  spurious: SentenceError[];
};

type Span = { start: number; end: number };

export function overlapRatio(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export function evaluate(
  sentences: LabelledSentence[],
  detect: (text: string) => PiiFinding[] = findPersonalData,
): Evaluation {
  const counts = new Map(PII_KINDS.map((kind) => [kind, { expected: 0, found: 0, truePositives: 0 }]));
  const missed: SentenceError[] = [];
  const spurious: SentenceError[] = [];
  let withoutPersonalData = 0;
  let falsePositiveSentences = 0;

  for (const sentence of sentences) {
    const found = detect(sentence.text);
    const used = new Set<PiiFinding>();
    for (const expected of sentence.expected) {
      let best: PiiFinding | undefined;
      let bestRatio = MIN_OVERLAP;
      for (const f of found) {
        if (f.kind !== expected.kind || used.has(f)) continue;
        const ratio = overlapRatio(expected, f);
        if (ratio >= bestRatio) [best, bestRatio] = [f, ratio];
      }
      const count = counts.get(expected.kind);
      if (count) count.expected++;
      if (best) {
        used.add(best);
        if (count) count.truePositives++;
      } else {
        missed.push({ text: sentence.text, kind: expected.kind, span: expected.text });
      }
    }
    for (const f of found) {
      const count = counts.get(f.kind);
      if (count) count.found++;
      if (!used.has(f)) spurious.push({ text: sentence.text, kind: f.kind, span: f.text });
    }
    if (sentence.expected.length === 0) {
      withoutPersonalData++;
      if (found.length > 0) falsePositiveSentences++;
    }
  }

  return {
    perKind: PII_KINDS.map((kind) => {
      const c = counts.get(kind) ?? { expected: 0, found: 0, truePositives: 0 };
      return { kind, ...c, precision: c.truePositives / c.found, recall: c.truePositives / c.expected };
    }),
    sentences: sentences.length,
    sentencesWithoutPersonalData: withoutPersonalData,
    falsePositiveSentences,
    falsePositiveRate: withoutPersonalData === 0 ? 0 : falsePositiveSentences / withoutPersonalData,
    missed,
    spurious,
  };
}
