/*
 * What a reader can bound: each hidden figure has a known range (a "< k" cell 1..k − 1, anything
 * else hidden 0 or more), and every published total ties the hidden figures of its line together.
 * Narrowing each range by what the rest of its line allows, line after line until nothing changes,
 * finds figures a reader can pin to one value even where no exact combination of totals gives them
 * (two "< 5" cells adding up to 8 must both be 4). Counts are whole numbers, so ranges round inwards.
 */

/** Σ sign·x over the terms equals `constant`. */
export type LinearLine = { terms: { index: number; sign: 1 | -1 }[]; constant: number };
export type Range = { low: number; high: number };

/** Indexes whose range narrows to a single value. `ranges` holds every index the lines use. */
export function pinnedByRanges(
  lines: readonly LinearLine[],
  ranges: ReadonlyMap<number, Range>,
): Set<number> {
  const low = new Map([...ranges].map(([index, range]) => [index, range.low]));
  const high = new Map([...ranges].map(([index, range]) => [index, range.high]));
  const termLow = (t: { index: number; sign: 1 | -1 }) =>
    t.sign === 1 ? (low.get(t.index) as number) : -(high.get(t.index) as number);
  const termHigh = (t: { index: number; sign: 1 | -1 }) =>
    t.sign === 1 ? (high.get(t.index) as number) : -(low.get(t.index) as number);

  for (let round = 0, changed = true; changed && round < 1000; round += 1) {
    changed = false;
    for (const { terms, constant } of lines) {
      // Sums of the terms' ranges, infinite parts counted apart so one term can be taken out.
      let finiteLow = 0;
      let infiniteLow = 0;
      let finiteHigh = 0;
      let infiniteHigh = 0;
      for (const t of terms) {
        const l = termLow(t);
        const h = termHigh(t);
        if (l === -Infinity) infiniteLow += 1;
        else finiteLow += l;
        if (h === Infinity) infiniteHigh += 1;
        else finiteHigh += h;
      }
      for (const t of terms) {
        const l = termLow(t);
        const h = termHigh(t);
        const restLow =
          infiniteLow - (l === -Infinity ? 1 : 0) > 0 ? -Infinity : finiteLow - (l === -Infinity ? 0 : l);
        const restHigh =
          infiniteHigh - (h === Infinity ? 1 : 0) > 0 ? Infinity : finiteHigh - (h === Infinity ? 0 : h);
        // sign·x lies in [constant − restHigh, constant − restLow].
        const [from, to] =
          t.sign === 1
            ? [constant - restHigh, constant - restLow]
            : [restLow - constant, restHigh - constant];
        const newLow = Math.max(low.get(t.index) as number, Math.ceil(from - 1e-9));
        const newHigh = Math.min(high.get(t.index) as number, Math.floor(to + 1e-9));
        if (newLow > (low.get(t.index) as number)) {
          low.set(t.index, newLow);
          changed = true;
        }
        if (newHigh < (high.get(t.index) as number)) {
          high.set(t.index, newHigh);
          changed = true;
        }
      }
    }
  }
  return new Set([...ranges.keys()].filter((index) => low.get(index) === high.get(index)));
}
