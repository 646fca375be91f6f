import { getDb } from "@/db/client";

/**
 * better-sqlite3 itself, under getDb(): the one raw handle test support still hands out, to the
 * tests that write plain SQL with `?` placeholders (`sql().prepare(…)`) and the string-query helpers
 * they call. New tests and helpers use drizzle (db.run/get/all with the sql template, or the query
 * builder); lib/testing/query-style.test.ts lists who may still import this and why.
 */
export const rawClient = () => getDb().$client;
