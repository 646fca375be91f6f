/*
 * A word-level text diff for question texts, option labels and survey texts, so staff and the
 * Adviesraad see which words changed between two versions instead of two whole sentences.
 *
 * Texts are cut into words (letters and digits, with inner apostrophes and hyphens: "auto's",
 * "Sociaal-Wijkteam"), single punctuation marks and runs of whitespace. The shortest edit script
 * over those tokens (Myers' O(ND) algorithm) gives the changes; then a run of whitespace or
 * punctuation alone between two changes is folded into them, so "de kat" → "een hond" reads as
 * one replacement, not "de" → "een", " ", "kat" → "hond".
 *
 * Joining the "same" and "removed" segments gives the old text exactly; "same" and "added" the
 * new one.
 */

export type TextSegmentKind = "same" | "added" | "removed";
export type TextSegment = { kind: TextSegmentKind; text: string };

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const FILLER = /^[\s\p{P}]*$/u;

/** Beyond this many differing tokens the diff shows the whole text as replaced: too scattered to read. */
const MAX_EDIT_DISTANCE = 1000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Op = { kind: TextSegmentKind; token: string };

export function diffText(before: string, after: string): TextSegment[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);

  // Common start and end need no search, and most edits are small.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = shortestEditScript(a.slice(start, endA), b.slice(start, endB)) ?? [
    ...a.slice(start, endA).map((token): Op => ({ kind: "removed", token })),
    ...b.slice(start, endB).map((token): Op => ({ kind: "added", token })),
  ];
  const ops: Op[] = [
    ...a.slice(0, start).map((token): Op => ({ kind: "same", token })),
    ...middle,
    ...a.slice(endA).map((token): Op => ({ kind: "same", token })),
  ];
  return toSegments(ops);
}

/** Myers' greedy shortest edit script; undefined when the texts differ in more than MAX_EDIT_DISTANCE tokens. */
function shortestEditScript(a: string[], b: string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v);
    v = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, depth: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      ops.push({ kind: "same", token: a[--x] });
    }
    if (down) ops.push({ kind: "added", token: b[--y] });
    else ops.push({ kind: "removed", token: a[--x] });
  }
  while (x > 0) ops.push({ kind: "same", token: a[--x] });
  return ops.reverse();
}

/**
 * Groups the token operations into segments: within a stretch of changes, the removed words come
 * first, then the added ones; a whitespace/punctuation-only "same" between two changes joins them.
 */
function toSegments(ops: Op[]): TextSegment[] {
  type Run = { same: true; text: string } | { same: false; removed: string; added: string };
  const runs: Run[] = [];
  for (const op of ops) {
    const last = runs.at(-1);
    if (op.kind === "same") {
      if (last?.same) last.text += op.token;
      else runs.push({ same: true, text: op.token });
    } else {
      const run = last && !last.same ? last : { same: false as const, removed: "", added: "" };
      if (run !== last) runs.push(run);
      if (op.kind === "removed") run.removed += op.token;
      else run.added += op.token;
    }
  }
  const merged: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const previous = merged.at(-1);
    const next = runs[i + 1];
    if (run.same && previous && !previous.same && next && !next.same && FILLER.test(run.text)) {
      previous.removed += run.text + next.removed;
      previous.added += run.text + next.added;
      i++;
    } else if (!run.same && previous && !previous.same) {
      previous.removed += run.removed;
      previous.added += run.added;
    } else {
      merged.push({ ...run });
    }
  }
  const segments: TextSegment[] = [];
  for (const run of merged) {
    if (run.same) segments.push({ kind: "same", text: run.text });
    else {
      if (run.removed) segments.push({ kind: "removed", text: run.removed });
      if (run.added) segments.push({ kind: "added", text: run.added });
    }
  }
  return segments;
}

/** The text the segments describe, before (`"removed"` kept) or after (`"added"` kept) the change. */
export function segmentsText(segments: readonly TextSegment[], side: "before" | "after"): string {
  const dropped: TextSegmentKind = side === "before" ? "added" : "removed";
  return segments
    .filter((s) => s.kind !== dropped)
    .map((s) => s.text)
    .join("");
}
