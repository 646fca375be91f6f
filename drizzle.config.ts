import { defineConfig } from "drizzle-kit";

// drizzle-kit for SQLite, the engine the app runs on. The tables' column kit (db/schema/kit.ts)
// builds PostgreSQL tables when DATABASE_URL names PostgreSQL; SQLite migrations must be made
// from SQLite tables whatever the shell has set, so that choice is taken away here.
delete process.env.DATABASE_URL;

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.PEILING_DB || "./data/peiling.db" },
});
