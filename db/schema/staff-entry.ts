import { RESPONSE_CODE_SOURCES, STAFF_ENTRY_STATUSES } from "@/lib/fieldwork/types";
import { users } from "./accounts";
import { bool, createdAt, id, index, json, mentions, moment, partOf, table, text, uniqueIndex } from "./kit";
import { responses, surveys } from "./surveys";

/**
 * The response codes staff issue for paper questionnaires and phone calls (issue 13). A code is
 * drawn at random (lib/fieldwork/response-code.ts) and says nothing about a person: nobody's name
 * or address is stored with it. Entry checks that a code was issued for this survey and that no
 * response counted with it yet, so a photocopied or invented form cannot be entered.
 */
export const responseCodes = table(
  "response_codes",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    code: text("code").notNull(),
    source: text("source", { enum: RESPONSE_CODE_SOURCES }).notNull(),
    /** The print run (or call) it was issued in, a random key: the print view shows that run. */
    batch: text("batch").notNull(),
    issuedBy: mentions("issued_by", () => users.id),
    createdAt: createdAt(),
    /** Set when a response with this code counts: each code is entered once. */
    enteredAt: moment("entered_at"),
  },
  (t) => [
    uniqueIndex("response_codes_code_idx").on(t.surveyId, t.code),
    index("response_codes_batch_idx").on(t.surveyId, t.batch),
  ],
);

/**
 * One staff member's entry of a paper or phone response: who entered which code. The answers are
 * kept here only while the entry waits for a second entry or a decision (double entry), and
 * cleared once the response counts; the response itself carries no staff member.
 */
export const staffEntries = table(
  "staff_entries",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    codeId: partOf("code_id", () => responseCodes.id),
    enteredBy: mentions("entered_by", () => users.id),
    status: text("status", { enum: STAFF_ENTRY_STATUSES }).notNull(),
    /** Double entry asked: the response counts only once a second entry agrees or someone decides. */
    doubleEntry: bool("double_entry").notNull().default(false),
    /** The stored answers while waiting (null once counted or discarded). */
    answers: json("answers"),
    /** The response this entry made count. */
    responseId: mentions("response_id", () => responses.id),
    createdAt: createdAt(),
  },
  (t) => [index("staff_entries_code_idx").on(t.surveyId, t.codeId)],
);
