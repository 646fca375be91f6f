/*
 * Global recoding of a numeric distribution for publication: adjacent values are merged into bands
 * so that every band holds 0 or at least k people. A published mean beside a distribution with
 * suppressed cells would let a reader solve for them (two unknown counts, two equations: their sum
 * and the sum of their values); beside bands, the values within a band stay unknown.
 */

export type Band = { from: number; to: number; count: number };

/**
 * Walks the values in ascending order and closes a band as soon as it holds k people. What is
 * left at the end joins the last band (an empty tail too: a band of 0 would be hidden like any
 * count under k, and then pinned by the total). With fewer than k people in all, the one band
 * holds them all.
 */
export function bandDistribution(
  distribution: readonly { value: number; count: number }[],
  k: number,
): Band[] {
  const sorted = [...distribution].sort((a, b) => a.value - b.value);
  const bands: Band[] = [];
  let open: Band | null = null;
  for (const { value, count } of sorted) {
    const band: Band = open
      ? { from: open.from, to: value, count: open.count + count }
      : { from: value, to: value, count };
    if (band.count >= k) {
      bands.push(band);
      open = null;
    } else {
      open = band;
    }
  }
  if (open) {
    const last = bands.at(-1);
    if (last) bands[bands.length - 1] = { ...last, to: open.to, count: last.count + open.count };
    else bands.push(open);
  }
  return bands;
}
