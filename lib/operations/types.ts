/** The database engines Peiling runs on. */
export type DatabaseEngine = "sqlite" | "postgresql";

/** What a load balancer or an operator learns from /api/health. */
export type DatabaseHealth = { engine: DatabaseEngine; answers: boolean };
