/*
 * bench:redact — how well and how fast the privacy engine (lib/moderation/privacy) finds personal data in
 * Dutch open answers, measured on the labelled set lib/moderation/privacy/fixtures/labelled-sentences.ts
 * (resident-style sentences, about 40% without personal data).
 *
 * Per kind: the spans expected, the spans found, the true positives, precision and recall; a found
 * span counts when its kind is the same and it overlaps the expected span by at least half of
 * their union (lib/moderation/privacy/evaluation.ts). Then the false-positive rate: the share of sentences
 * without personal data in which anything was found. Then throughput: findPersonalData over the
 * whole set, repeated, in sentences per second on this machine (one core).
 *
 * Targets (issue 5): recall ≥ 0.95 for email, phone, BSN, IBAN and postcode; ≥ 0.8 for names;
 * false-positive rate < 5%. PASS/FAIL is printed; the unit test lib/moderation/privacy/evaluation.test.ts
 * fails on a miss. Misses and false positives are listed so a regression can be read at once.
 *
 * How to read it: the labelled set was written by the engine's author, most of it alongside the
 * detectors, so these figures are optimistic; real answers will hold more names outside the lists
 * and more unusual formats. The held-out batch (written last, run once before any change) is the
 * fairer figure, and it is small.
 *
 * Usage: npm run bench:redact -- [--repetitions 50] [--quiet]
 */
import { parseArgs } from "node:util";
import { findPersonalData } from "../lib/moderation/privacy";
import { evaluate, type KindScore, MIN_OVERLAP } from "../lib/moderation/privacy/evaluation";
import {
  HELD_OUT_SENTENCES,
  LABELLED_SENTENCES,
} from "../lib/moderation/privacy/fixtures/labelled-sentences";
import type { PiiKind } from "../lib/moderation/privacy/types";
import { count, printRows, verdict } from "./lib/report";

const RECALL_TARGETS: Partial<Record<PiiKind, number>> = {
  email: 0.95,
  phone: 0.95,
  bsn: 0.95,
  iban: 0.95,
  postcode: 0.95,
  name: 0.8,
};
const MAX_FALSE_POSITIVE_RATE = 0.05;
const USAGE = "Usage: npm run bench:redact -- [--repetitions 50] [--quiet]";

const { values: flags } = parseArgs({
  options: {
    repetitions: { type: "string", default: "50" },
    quiet: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
const repetitions = Number(flags.repetitions);
if (flags.help || !Number.isInteger(repetitions) || repetitions < 1) {
  console.log(USAGE);
  process.exit(flags.help ? 0 : 2);
}

const ratio = (value: number) => (Number.isNaN(value) ? "–" : value.toFixed(3));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function kindTable(scores: KindScore[]): string[] {
  const header = ["kind", "expected", "found", "true pos.", "precision", "recall", "target"];
  const rows = scores.map((s) => {
    const target = RECALL_TARGETS[s.kind];
    const mark = target === undefined ? "–" : `≥ ${target} ${verdict(s.recall >= target)}`;
    return [
      s.kind,
      count(s.expected),
      count(s.found),
      count(s.truePositives),
      ratio(s.precision),
      ratio(s.recall),
      mark,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")}`.trimEnd();
  return [line(header), `  ${widths.map((w) => "-".repeat(w)).join("  ")}`, ...rows.map(line)];
}

function throughput(): { perSecond: number; milliseconds: number } {
  const texts = LABELLED_SENTENCES.map((s) => s.text);
  for (const text of texts) findPersonalData(text); // warm-up: compile the regular expressions
  const started = performance.now();
  for (let r = 0; r < repetitions; r++) for (const text of texts) findPersonalData(text);
  const milliseconds = performance.now() - started;
  return { perSecond: (texts.length * repetitions) / (milliseconds / 1000), milliseconds };
}

function main() {
  const result = evaluate(LABELLED_SENTENCES);
  const withPersonalData = result.sentences - result.sentencesWithoutPersonalData;
  console.log(
    `Labelled set: ${count(result.sentences)} sentences, ${count(withPersonalData)} with personal data, ${count(result.sentencesWithoutPersonalData)} without (${percent(result.sentencesWithoutPersonalData / result.sentences)}).`,
  );
  console.log(`A found span matches an expected one: same kind, overlap ≥ ${MIN_OVERLAP} of their union.\n`);
  for (const line of kindTable(result.perKind)) console.log(line);

  const heldOut = evaluate(HELD_OUT_SENTENCES);
  const heldOutExpected = heldOut.perKind.reduce((sum, k) => sum + k.expected, 0);
  const heldOutFound = heldOut.perKind.reduce((sum, k) => sum + k.truePositives, 0);
  const speed = throughput();
  const fpPass = result.falsePositiveRate < MAX_FALSE_POSITIVE_RATE;
  printRows([
    ["Sentences without personal data"],
    [
      "with any finding (false positives)",
      `${result.falsePositiveSentences} of ${result.sentencesWithoutPersonalData}`,
    ],
    [
      "false-positive rate",
      `${percent(result.falsePositiveRate)}  (target < ${percent(MAX_FALSE_POSITIVE_RATE)}: ${verdict(fpPass)})`,
    ],
    ["Held-out batch (written last, not tuned on; part of the set above)"],
    [
      "spans found / expected",
      `${count(heldOutFound)} / ${count(heldOutExpected)}  (false positives: ${heldOut.falsePositiveSentences} of ${heldOut.sentencesWithoutPersonalData} sentences)`,
    ],
    ["Throughput"],
    [
      "findPersonalData, sentences/s",
      `${speed.perSecond.toFixed(0)}  (${count(LABELLED_SENTENCES.length * repetitions)} sentences in ${speed.milliseconds.toFixed(0)} ms, ${repetitions} repetitions)`,
    ],
  ]);

  if (!flags.quiet) {
    console.log(`\nMissed (${result.missed.length}):`);
    for (const m of result.missed)
      console.log(`  ${m.kind.padEnd(9)} ${JSON.stringify(m.span)}  in  ${m.text}`);
    console.log(`\nFound but not expected (${result.spurious.length}):`);
    for (const s of result.spurious)
      console.log(`  ${s.kind.padEnd(9)} ${JSON.stringify(s.span)}  in  ${s.text}`);
  }
}

main();
