import "server-only";
import { databaseEngine, pingDatabase } from "@/db/client";
import type { DatabaseHealth } from "@/lib/operations/types";

/**
 * Whether this instance's database answers a query, and which engine it is. A load balancer takes
 * an instance whose database does not answer out of rotation; the reason stays in the server log.
 */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const engine = databaseEngine();
  try {
    await pingDatabase();
    return { engine, answers: true };
  } catch (error) {
    console.error("[health] the database does not answer:", error);
    return { engine, answers: false };
  }
}
