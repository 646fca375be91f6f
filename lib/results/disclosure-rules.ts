/*
 * The threshold k of disclosure control: no published figure may count fewer than k people, and a
 * hidden figure must keep at least k possible values for any reader (lib/results/protection-audit.ts).
 * The same k makes anonymous panel responses and microdata exports k-anonymous.
 */

export const DEFAULT_MIN_CELL_SIZE = 5;
export const LOWEST_MIN_CELL_SIZE = 3;

/** The threshold k in force: the survey's setting, 5 when none is set, never below 3, whole. */
export function effectiveMinCellSize(k: number | null | undefined): number {
  if (k === null || k === undefined || !Number.isFinite(k)) return DEFAULT_MIN_CELL_SIZE;
  return Math.max(LOWEST_MIN_CELL_SIZE, Math.ceil(k));
}
