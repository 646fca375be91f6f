import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { jsonArrayElements, jsonValue, momentValue, onPostgres } from "@/db/dialect";
import { memberConsents, panelMembers } from "@/db/schema";
import type { ImportCandidate } from "@/lib/panels/member-import";

/*
 * The member import's bulk SQL, the one place where its SQL differs between the engines (issue
 * 12). The rows (and the addresses to look up) travel as one JSON parameter instead of drizzle's
 * builder with a bound value per field: building those statements cost more than running them
 * (about a second for 10,000 rows on either engine), and one parameter has no engine's limit on
 * bound values.
 */

/** A row as the JSON parameter carries it (short keys: 10,000 of them are sent at once). */
type JsonRow = { e: string; y: number; s: string; p: string; d: string };

/** The rows of the JSON parameter as a table `r` with columns e, y, s, p, d. */
function candidateRows(rows: ImportCandidate[]): SQL {
  const json: JsonRow[] = rows.map((row) => ({
    e: row.email,
    y: row.birthYear,
    s: row.sex,
    p: row.postcode,
    d: row.district,
  }));
  if (onPostgres())
    return sql`jsonb_to_recordset(${jsonValue(json)}) AS r(e text, y integer, s text, p text, d text)`;
  return sql`(SELECT json_extract(j.value, '$.e') AS e, json_extract(j.value, '$.y') AS y,
    json_extract(j.value, '$.s') AS s, json_extract(j.value, '$.p') AS p,
    json_extract(j.value, '$.d') AS d FROM json_each(${jsonValue(json)}) AS j) AS r`;
}

/**
 * Inserts the rows as active members of the panel, joined via import, in the rows' order; a row
 * whose address is a member of the panel by now is skipped. Returns the new members' ids.
 */
export function insertImportedMembers(panelId: number, rows: ImportCandidate[], at: Date): SQL {
  // Bound numbers are cast: PostgreSQL cannot tell a parameter's type in a SELECT list. `WHERE
  // true`: SQLite reads ON CONFLICT after INSERT … SELECT … FROM only behind a WHERE.
  return sql`INSERT INTO ${panelMembers}
      (panel_id, email, birth_year, sex, postcode, district, status, joined_via, created_at, updated_at)
    SELECT CAST(${panelId} AS INTEGER), r.e, r.y, r.s, r.p, r.d, 'active', 'import', ${momentValue(at)}, ${momentValue(at)}
    FROM ${candidateRows(rows)}
    WHERE true
    ON CONFLICT (panel_id, email) DO NOTHING
    RETURNING id`;
}

/** A consent record of the privacy version for each of the members. */
export function insertImportConsents(
  panelId: number,
  privacyVersion: number,
  memberIds: number[],
  at: Date,
): SQL {
  return sql`INSERT INTO ${memberConsents} (member_id, panel_id, privacy_version, consented_at)
    SELECT CAST(ids.value AS INTEGER), CAST(${panelId} AS INTEGER), CAST(${privacyVersion} AS INTEGER), ${momentValue(at)}
    FROM ${jsonArrayElements(jsonValue(memberIds), "ids")}`;
}

/** A condition: the member's address is one of `emails` (one JSON parameter, however many). */
export function emailAmong(emails: string[]): SQL {
  return sql`${panelMembers.email} IN (SELECT emails.value FROM ${jsonArrayElements(jsonValue(emails), "emails")})`;
}
