import { createdAt, index, moment, partOf, table, text } from "./kit";
import { panelMembers } from "./panels";

/**
 * A panel member signed in by a magic link (not next-auth, which is for staff accounts). The
 * cookie holds a random secret; only its SHA-256 is stored, so a copy of the database cannot be
 * used to take over a member's session.
 */
export const memberSessions = table(
  "member_sessions",
  {
    /** SHA-256 (hex) of the cookie's secret. */
    idHash: text("id_hash").primaryKey(),
    memberId: partOf("member_id", () => panelMembers.id),
    createdAt: createdAt(),
    /** Slides forward with use (idle limit), never past the absolute limit from createdAt. */
    expiresAt: moment("expires_at").notNull(),
  },
  (t) => [index("member_sessions_member_idx").on(t.memberId)],
);
