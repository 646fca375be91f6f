/*
 * Disclosure control for everything Peiling publishes (and staff exports marked for publication):
 * no published figure may let anyone learn what fewer than k people answered.
 *
 * Primary suppression hides every cell of 1 to k − 1 people; a group smaller than k gets no
 * breakdown at all. Secondary (complementary) suppression then hides more cells wherever a hidden one
 * could be recomputed from a published total. In one dimension that is exact; for tables see
 * disclosure-table.ts.
 */

export {
  DEFAULT_MIN_CELL_SIZE,
  effectiveMinCellSize,
  isPrimarySuppressed,
  LOWEST_MIN_CELL_SIZE,
} from "./disclosure-rules";
export { suppressTable, type TableSuppression, type TableSuppressionOptions } from "./disclosure-table";
export { type SuppressionResult, suppressGroups, suppressVector } from "./disclosure-vector";
