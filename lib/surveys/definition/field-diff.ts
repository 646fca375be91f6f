import type { ConditionNode, Option } from "./schema";
import { diffText, type TextSegment } from "./text-diff";

/*
 * Comparing single fields of two versions: texts (with a word-level diff), plain values,
 * conditions and lists of options or statements keyed by their stable value/id. Used by
 * version-diff.ts for the survey, its pages and its questions.
 */

export type Primitive = string | number | boolean;

export type ItemChange = {
  /** The option value or statement id: what stored answers refer to. */
  key: string;
  change: "added" | "removed" | "kept";
  before?: string;
  after?: string;
  /** For a kept item whose label changed: the word-level diff. */
  relabelled: TextSegment[] | null;
  /** A kept item whose place in the list changed relative to the others. */
  moved: boolean;
};

export type FieldChange =
  | { kind: "text"; field: string; before: string; after: string; segments: TextSegment[] }
  | { kind: "value"; field: string; before: Primitive | undefined; after: Primitive | undefined }
  | {
      kind: "condition";
      field: "visibleIf";
      before: ConditionNode | undefined;
      after: ConditionNode | undefined;
    }
  | { kind: "items"; field: "options" | "scale" | "statements"; items: ItemChange[] };

type Fields = Record<string, unknown>;

export function textChange(field: string, before: unknown, after: unknown): FieldChange | null {
  const a = typeof before === "string" ? before : "";
  const b = typeof after === "string" ? after : "";
  if (a === b) return null;
  return { kind: "text", field, before: a, after: b, segments: diffText(a, b) };
}

function isPrimitive(value: unknown): value is Primitive {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

export function valueChange(field: string, before: unknown, after: unknown): FieldChange | null {
  const a = isPrimitive(before) ? before : undefined;
  const b = isPrimitive(after) ? after : undefined;
  return a === b ? null : { kind: "value", field, before: a, after: b };
}

/** JSON with sorted keys, so two equal conditions written in another key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Fields)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function conditionChange(before: unknown, after: unknown): FieldChange | null {
  if (canonical(before ?? null) === canonical(after ?? null)) return null;
  return {
    kind: "condition",
    field: "visibleIf",
    before: (before ?? undefined) as ConditionNode | undefined,
    after: (after ?? undefined) as ConditionNode | undefined,
  };
}

/**
 * The keys that keep their order: the longest common subsequence of the two key lists. A kept key
 * outside it has moved; inserting or removing a neighbour does not make the others "moved".
 */
export function keysInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((k) => inAfter.has(k));
  const b = after.filter((k) => inBefore.has(k));
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] > table[i][j + 1]) i++;
    else j++;
  }
  return kept;
}

type Item = { key: string; label: string };

/**
 * Merges `removed` entries into the `after` order: each goes right after its nearest earlier
 * neighbour in `before` that is still in the list (or first), so a reader sees it where it was.
 */
export function mergeRemoved<T>(
  beforeKeys: readonly string[],
  list: { key: string; entry: T }[],
  removed: Map<string, T>,
): T[] {
  const out = [...list];
  for (const [index, key] of beforeKeys.entries()) {
    const entry = removed.get(key);
    if (entry === undefined) continue;
    let at = 0;
    for (let p = index - 1; p >= 0; p--) {
      const found = out.findIndex((e) => e.key === beforeKeys[p]);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    out.splice(at, 0, { key, entry });
  }
  return out.map((e) => e.entry);
}

export function itemsChange(
  field: "options" | "scale" | "statements",
  before: readonly Item[],
  after: readonly Item[],
): FieldChange | null {
  const beforeByKey = new Map(before.map((item) => [item.key, item]));
  const afterKeys = new Set(after.map((item) => item.key));
  const ordered = keysInOrder(
    before.map((i) => i.key),
    after.map((i) => i.key),
  );
  const list = after.map((item) => {
    const old = beforeByKey.get(item.key);
    const entry: ItemChange = old
      ? {
          key: item.key,
          change: "kept",
          before: old.label,
          after: item.label,
          relabelled: old.label === item.label ? null : diffText(old.label, item.label),
          moved: !ordered.has(item.key),
        }
      : { key: item.key, change: "added", after: item.label, relabelled: null, moved: false };
    return { key: item.key, entry };
  });
  const removed = new Map(
    before
      .filter((item) => !afterKeys.has(item.key))
      .map((item): [string, ItemChange] => [
        item.key,
        { key: item.key, change: "removed", before: item.label, relabelled: null, moved: false },
      ]),
  );
  const items = mergeRemoved(
    before.map((i) => i.key),
    list,
    removed,
  );
  const changed = items.some((i) => i.change !== "kept" || i.relabelled || i.moved);
  return changed ? { kind: "items", field, items } : null;
}

export function optionItems(options: unknown): Item[] {
  if (!Array.isArray(options)) return [];
  return (options as Option[]).map((o) => ({ key: String(o.value), label: String(o.label ?? "") }));
}

export function statementItems(statements: unknown): Item[] {
  if (!Array.isArray(statements)) return [];
  return (statements as { id: string; text: string }[]).map((s) => ({
    key: String(s.id),
    label: String(s.text ?? ""),
  }));
}
