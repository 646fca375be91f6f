import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { id, mentions, momentWritten } from "./columns";

/** Who did what, when: account changes now; survey lifecycle, review and publication later. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: momentWritten("at"),
    actorId: mentions("actor_id", () => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: text("details", { mode: "json" }),
  },
  (t) => [index("audit_subject_idx").on(t.subjectType, t.subjectId)],
);
