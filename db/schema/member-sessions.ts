import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { panelMembers } from "./panels";

/**
 * A panel member signed in by a magic link (not next-auth, which is for staff accounts). The
 * cookie holds a random secret; only its SHA-256 is stored, so a copy of the database cannot be
 * used to take over a member's session.
 */
export const memberSessions = sqliteTable(
  "member_sessions",
  {
    /** SHA-256 (hex) of the cookie's secret. */
    idHash: text("id_hash").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => panelMembers.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Slides forward with use (idle limit), never past the absolute limit from createdAt. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("member_sessions_member_idx").on(t.memberId)],
);
