import { z } from "zod";

// The one place that reads process.env: every setting is validated here, once.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Path of the SQLite database file. */
  PEILING_DB: z.string().min(1).default("./data/peiling.db"),
  /** Secret that signs session cookies; created in the data folder on first start when unset. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** Public base URL of the site, used in links people keep (the resume link) and, later, in mail. */
  PEILING_BASE_URL: z.url().default("http://localhost:3000"),
  /** Failed logins allowed per account, and per client, in the window below. */
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
