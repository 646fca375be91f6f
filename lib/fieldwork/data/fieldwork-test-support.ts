import { rawClient } from "@/lib/testing/raw-client";

// The raw handle, for fieldwork.test.ts and fieldwork-anonymity.test.ts, which still write plain SQL
// with `?` placeholders, as `count` takes its condition (lib/testing/raw-client.ts).
export { rawClient as sql };
export const count = (table: string, where = "1 = 1", ...args: unknown[]) =>
  (
    rawClient()
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
