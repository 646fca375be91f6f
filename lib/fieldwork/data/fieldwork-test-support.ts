import { getDb } from "@/db/client";

export const sql = () => getDb().$client;
export const count = (table: string, where = "1 = 1", ...args: unknown[]) =>
  (
    sql()
      .prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)
      .get(...args) as { n: number }
  ).n;

export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}
