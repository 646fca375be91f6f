import { ROLES } from "@/lib/accounts/types";
import { bool, createdAt, id, index, moment, partOf, table, text, updatedAt } from "./kit";

export const users = table("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  active: bool("active").notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Server-side sessions. The cookie only carries the session id (inside next-auth's signed JWT);
 * logging out, deactivating an account or changing a role ends a session here, for every app instance.
 */
export const sessions = table(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: partOf("user_id", () => users.id),
    expiresAt: moment("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Sliding-window rate limiting (failed logins, resume-code guesses); shared by all app instances. */
export const rateLimitEvents = table(
  "rate_limit_events",
  {
    id: id(),
    key: text("key").notNull(),
    at: moment("at").notNull(),
  },
  (t) => [index("rate_limit_key_at_idx").on(t.key, t.at)],
);
