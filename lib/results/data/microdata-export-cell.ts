/**
 * One cell of the microdata export: an answer or attribute as written (a value or its label), a
 * band label, or null for an empty cell. The columns produce cells, disclosure control publishes
 * them, the files write them.
 */
export type MicrodataCell = string | number | null;
