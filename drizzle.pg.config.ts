import { defineConfig } from "drizzle-kit";
import { engineFromEnvironment } from "./db/engine";

// drizzle-kit for PostgreSQL (issue 12): the same tables as drizzle.config.ts, built with the
// PostgreSQL column kit, into their own migrations folder. The kit (db/schema/kit.ts) picks the
// engine from DATABASE_URL when drizzle-kit loads the schema, after this file, so a DATABASE_URL
// that does not name PostgreSQL is replaced here by the local test server's. `generate` needs no
// database; the URL is for `migrate`, `push` and `studio`.
if (engineFromEnvironment() !== "postgresql") {
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test";
}

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations-pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "" },
});
