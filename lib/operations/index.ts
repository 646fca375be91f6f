/*
 * Operations: what operators and load balancers ask of a running instance.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";
import { databaseHealth as readDatabaseHealth } from "./data/database-health";

export type { DatabaseEngine, DatabaseHealth } from "./types";

export const databaseHealth = publicOnPurpose(
  "a load balancer asks without signing in; the answer names only the engine and whether the database answers",
  readDatabaseHealth,
);
