import { z } from "zod";
import { parseTrustedProxies } from "@/scripts/client-address.mjs";

// The one place that reads process.env: every setting is validated here, once.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Path of the SQLite database file. */
  PEILING_DB: z.string().min(1).default("./data/peiling.db"),
  /**
   * `1` lets Peiling create a new, empty database (and seed the demo) at PEILING_DB although it
   * had a database there before (`<database>.created` is beside it). Without it, a missing
   * database is refused at start: it was most likely deleted by accident and must be restored
   * (db/created-marker.ts). Set it for one start only.
   */
  PEILING_ALLOW_NEW_DATABASE: z
    .enum(["0", "1", "true", "false", ""])
    .default("")
    .transform((value) => value === "1" || value === "true"),
  /** Secret that signs session cookies; created in the data folder on first start when unset. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** Public base URL of the site, used in links people keep (the resume link) and, later, in mail. */
  PEILING_BASE_URL: z.url().default("http://localhost:3000"),
  /**
   * Proxies whose X-Forwarded-For entries are believed, as comma-separated IPv4/IPv6 addresses and
   * CIDR ranges, e.g. `127.0.0.1, ::1` for nginx on the same host or `10.0.0.0/8` for a load
   * balancer network. Empty (the default): no proxy is trusted and the socket address is the
   * client, so a client cannot escape per-client limits by writing the header. The production
   * server (scripts/serve.mjs) parses it with the same function; see scripts/client-address.mjs.
   */
  PEILING_TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** Failed logins allowed per account, and per client, in the window below. */
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * Staff sessions (next-auth accounts): signed out after this many minutes without a request, and
   * after this many hours in any case (OWASP ASVS 4 V3.3.2 level 2, NIST SP 800-63B AAL2: 30
   * minutes idle, 12 hours in all: a working day with one sign-in, and an unattended screen in a
   * town hall does not stay signed in over lunch). Defaults are those; see README "Sessions".
   */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /**
   * Mail server for the outbox worker, as a URL: `smtp://user:password@host:587` (STARTTLS when
   * the server offers it) or `smtps://user:password@host:465` (TLS from the start). Unset (the
   * embedded default): nothing is sent; messages stay in the outbox and administrators read them
   * at /beheer/mail.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "use smtp://user:password@host:port or smtps://…")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Sender of every mail, e.g. `Gemeente Oosterhout <peiling@oosterhout.nl>`; default: noreply at the base URL's host. */
  MAIL_FROM: z.string().min(3).optional(),
  /**
   * How often the mail worker inside the app server looks for due messages, in seconds. 0 turns
   * that worker off, for installations that run `peiling mail:work` from cron or a service instead.
   */
  MAIL_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(5),
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

/**
 * Whether PEILING_BASE_URL was set, or its development default (localhost) is in use: staff pages
 * warn before anyone prints or mails a link made from the default (lib/http/public-address.ts).
 */
export function baseUrlConfigured(): boolean {
  env();
  return Boolean(process.env.PEILING_BASE_URL?.trim());
}
