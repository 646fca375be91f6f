/*
 * Forms with a list of points post names like `points.0.body` and `points.2.questionIds` (the way
 * react-hook-form names them, and what a browser without JavaScript sends as FormData). The
 * server action's zod schema first turns those flat names into the nested object the browser
 * validated, so both sides check the same shape with the same schema.
 */

/** List positions above this are refused as nonsense rather than allocating a huge array. */
const MAX_INDEX = 999;
const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

type Tree = Map<string, Tree | unknown>;

function isTree(value: unknown): value is Tree {
  return value instanceof Map;
}

/** Numbered children become an array in number order (gaps closed); others a plain object. */
function toValue(node: Tree | unknown): unknown {
  if (!isTree(node)) return node;
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => toValue(node.get(String(k))));
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = toValue(node.get(key));
  return out;
}

/**
 * `{ "points.0.body": "x", intent: "save" }` → `{ points: [{ body: "x" }], intent: "save" }`.
 * Anything that is not a flat record (already nested input from a direct call) is returned as it
 * is. Names that would reach into object prototypes, or list positions above 999, are dropped.
 */
export function nestFormFields(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const entries = Object.entries(input);
  if (!entries.some(([name]) => name.includes("."))) return input;
  const root: Tree = new Map();
  for (const [name, value] of entries) {
    const path = name.split(".");
    if (path.some((part) => part === "" || UNSAFE_KEYS.has(part))) continue;
    if (path.some((part) => /^\d+$/.test(part) && Number(part) > MAX_INDEX)) continue;
    let node = root;
    let blocked = false;
    for (const part of path.slice(0, -1)) {
      const next = node.get(part);
      if (next === undefined) {
        const child: Tree = new Map();
        node.set(part, child);
        node = child;
      } else if (isTree(next)) {
        node = next;
      } else {
        blocked = true;
        break;
      }
    }
    const last = path[path.length - 1];
    if (!blocked && !isTree(node.get(last))) node.set(last, value);
  }
  return toValue(root);
}

/** A checkbox group's value as a list: none checked, one (a string or `true`), or several. */
export function toStringList(value: unknown): unknown {
  if (value === undefined || value === null || value === false || value === "") return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item) => item !== "" && item !== false);
  return value;
}

/** An empty select or text field means "not given". */
export function emptyToUndefined(value: unknown): unknown {
  return value === "" || value === null ? undefined : value;
}
