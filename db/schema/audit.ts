import { users } from "./accounts";
import { id, index, json, mentions, momentWritten, table, text } from "./kit";

/** Who did what, when: account changes now; survey lifecycle, review and publication later. */
export const auditLog = table(
  "audit_log",
  {
    id: id(),
    at: momentWritten("at"),
    actorId: mentions("actor_id", () => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: json("details"),
  },
  (t) => [index("audit_subject_idx").on(t.subjectType, t.subjectId)],
);
