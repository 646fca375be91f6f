import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { execute, queryRows } from "@/db/raw-sql";
import { panelMembers, panels, postcodeDistricts } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import type { ImportOutcome } from "@/lib/panels/member-import";
import {
  checkMemberRows,
  type ImportCandidate,
  importEmails,
  readMemberCsv,
  rowsToImport,
} from "@/lib/panels/member-import";
import type { ImportMode, MemberImportInput } from "@/lib/panels/schema";
import { emailAmong, insertImportConsents, insertImportedMembers } from "./member-import-sql";
import { discardUpload, keepUpload, readUpload } from "./panel-import-uploads";

/** The report lists this many row errors at most; the counts cover all of them. */
export const REPORTED_ERRORS_MAX = 500;
/** Rows per INSERT statement: one JSON parameter each (member-import-sql.ts). */
const INSERT_CHUNK = 5000;

/** Which of the addresses are members of the panel already (one query, however many addresses). */
async function existingEmails(panelId: number, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await getDb()
    .select({ email: panelMembers.email })
    .from(panelMembers)
    .where(and(eq(panelMembers.panelId, panelId), emailAmong(emails)));
  return new Set(rows.flatMap((row) => (row.email ? [row.email] : [])));
}

async function districtTable(): Promise<Map<string, string>> {
  const rows = await getDb().select().from(postcodeDistricts);
  return new Map(rows.map((row) => [row.postcode4, row.district]));
}

/** Inserts the rows in chunks within one transaction, each with a consent record naming the import. */
async function insertMembers(
  panelId: number,
  privacyVersion: number,
  rows: ImportCandidate[],
  audit: { actorId: number; total: number; skippedRows: number; mode: ImportMode },
): Promise<{ imported: number }> {
  return await transaction(async (tx) => {
    let imported = 0;
    const at = new Date();
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const inserted = await queryRows<{ id: number }>(
        tx,
        // Someone who signed up between the check and now keeps their own membership.
        insertImportedMembers(panelId, rows.slice(i, i + INSERT_CHUNK), at),
      );
      if (inserted.length > 0) {
        await execute(
          tx,
          insertImportConsents(
            panelId,
            privacyVersion,
            inserted.map((member) => Number(member.id)),
            at,
          ),
        );
      }
      imported += inserted.length;
    }
    await recordAudit(
      {
        actorId: audit.actorId,
        action: "panel.members_imported",
        subjectType: "panel",
        subjectId: panelId,
        // Counts only: the audit log keeps no addresses.
        details: {
          imported,
          total: audit.total,
          skippedRows: audit.skippedRows,
          mode: audit.mode,
          privacyVersion,
        },
      },
      tx,
    );
    return { imported };
  });
}

/**
 * Imports members from a CSV file into a panel. Every row is checked; by default a file with any
 * bad row imports nothing and the report lists the rows (the file is kept on the server for an
 * hour). Only an explicit second request with `mode: "good_rows_only"` — naming the kept upload or
 * bringing the file again — imports the good rows; the server checks the file again then.
 * Imported members are active, joined via "import", with a consent record of the panel's current
 * privacy version (the municipality must have their consent outside Peiling).
 */
export async function importMembers(input: MemberImportInput): Promise<ImportOutcome> {
  const actor = await requirePermission("panel:manage");
  const panel = (
    await getDb()
      .select({ id: panels.id, minAge: panels.minAge, privacyVersion: panels.privacyVersion })
      .from(panels)
      .where(eq(panels.id, input.panelId))
      .limit(1)
  )[0];
  if (!panel) throw new InputError({ formError: "panels.validation.panelUnknown" });

  let text: string;
  if (input.file) text = await input.file.text();
  else {
    const kept = input.uploadId ? readUpload(input.uploadId, actor.id, panel.id) : null;
    if (kept === null) throw new InputError({ fieldErrors: { file: ["panels.validation.uploadExpired"] } });
    text = kept;
  }

  const file = readMemberCsv(text);
  if (!file.ok) {
    if (input.uploadId) discardUpload(input.uploadId);
    return { kind: "file_error", error: file.error };
  }
  const districts = await districtTable();
  const check = checkMemberRows(file.rows, {
    minAge: panel.minAge,
    existingEmails: await existingEmails(panel.id, importEmails(file.rows)),
    districtFor: (postcode4) => districts.get(postcode4),
  });
  const errors = check.errors.slice(0, REPORTED_ERRORS_MAX);
  const rows = rowsToImport(check, input.mode);

  if (check.errors.length > 0 && input.mode !== "good_rows_only") {
    return {
      kind: "report",
      uploadId: keepUpload(actor.id, panel.id, text),
      total: check.total,
      goodRows: check.good.length,
      badRows: check.badRows,
      errorCount: check.errors.length,
      errors,
      ignoredColumns: file.ignoredColumns,
    };
  }

  const { imported } = await insertMembers(panel.id, panel.privacyVersion, rows, {
    actorId: actor.id,
    total: check.total,
    skippedRows: check.badRows,
    mode: input.mode,
  });
  if (input.uploadId) discardUpload(input.uploadId);
  return {
    kind: "imported",
    total: check.total,
    imported,
    skippedRows: check.badRows,
    alreadyMember: rows.length - imported,
    errors,
    errorCount: check.errors.length,
    ignoredColumns: file.ignoredColumns,
  };
}

export type { ImportOutcome };
