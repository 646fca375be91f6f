// Applies migrations when the server starts, so `next start` alone also brings the schema up to date.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db/client");
  const { applyMigrations } = await import("./db/migrate");
  const { authSecret } = await import("./lib/auth/secret");
  applyMigrations(getDb());
  authSecret();
}
