import "server-only";
import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { letterCodeBatches, letterCodes, panels, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { authSecret } from "@/lib/accounts/data/secret";
import { requirePermission } from "@/lib/accounts/data/session";
import { recordAudit } from "@/lib/audit/data/audit";
import { seal, unseal } from "@/lib/crypto/seal";
import { mailContext } from "@/lib/mail/mail-context";
import { CSV_BOM, csvRow, joinUrl, LETTER_CODE_CSV_HEADER } from "@/lib/panels/letter-code-csv";
import { generateLetterCode, hashLetterCode, LETTER_CODE_SEAL_SALT } from "@/lib/panels/letter-codes";

/*
 * Invitation-letter codes for staff ("panel:manage"): batches for a mailing to a random sample of
 * residents, their counts, and the CSV for the letter printer. A code is stored as a hash (to find
 * it when typed) and sealed with the server secret (to print the batch again); a copy of the
 * database alone opens neither.
 */

export type LetterCodePanel = { id: number; slug: string; name: string };

export async function getLetterCodePanel(panelId: number): Promise<LetterCodePanel | null> {
  await requirePermission("panel:manage");
  return (
    (
      await getDb()
        .select({ id: panels.id, slug: panels.slug, name: panels.name })
        .from(panels)
        .where(eq(panels.id, panelId))
        .limit(1)
    )[0] ?? null
  );
}

export type LetterCodeBatchRow = {
  id: number;
  size: number;
  used: number;
  note: string;
  createdAt: Date;
  createdBy: string | null;
};

/** The panel's batches, newest first, with how many codes were used to join. */
export async function listLetterCodeBatches(panelId: number): Promise<LetterCodeBatchRow[]> {
  await requirePermission("panel:manage");
  const used = getDb()
    .select({ batchId: letterCodes.batchId, used: count().as("used") })
    .from(letterCodes)
    .where(and(eq(letterCodes.panelId, panelId), isNotNull(letterCodes.usedAt)))
    .groupBy(letterCodes.batchId)
    .as("used_counts");
  return await getDb()
    .select({
      id: letterCodeBatches.id,
      size: letterCodeBatches.size,
      used: sql<number>`coalesce(${used.used}, 0)`,
      note: letterCodeBatches.note,
      createdAt: letterCodeBatches.createdAt,
      createdBy: users.name,
    })
    .from(letterCodeBatches)
    .leftJoin(used, eq(used.batchId, letterCodeBatches.id))
    .leftJoin(users, eq(users.id, letterCodeBatches.createdBy))
    .where(eq(letterCodeBatches.panelId, panelId))
    .orderBy(desc(letterCodeBatches.id));
}

/** Rows per INSERT: SQLite limits the bound values of one statement. */
const INSERT_CHUNK = 500;

/** Generates `size` new codes for the panel in one transaction; audited. */
export async function createLetterCodeBatch(input: {
  panelId: number;
  size: number;
  note: string;
}): Promise<{ batchId: number; size: number } | null> {
  const user = await requirePermission("panel:manage");
  const secret = authSecret();
  return await transaction(async (tx) => {
    const panel = (
      await tx.select({ id: panels.id }).from(panels).where(eq(panels.id, input.panelId)).limit(1)
    )[0];
    if (!panel) return null;
    const batchId = (
      await tx
        .insert(letterCodeBatches)
        .values({ panelId: panel.id, size: input.size, note: input.note, createdBy: user.id })
        .returning({ id: letterCodeBatches.id })
    )[0].id;
    let made = 0;
    while (made < input.size) {
      const n = Math.min(INSERT_CHUNK, input.size - made);
      const rows = Array.from({ length: n }, () => {
        const code = generateLetterCode();
        return {
          batchId,
          panelId: panel.id,
          codeHash: hashLetterCode(code),
          codeSealed: seal(code, secret, LETTER_CODE_SEAL_SALT),
        };
      });
      // Two equal 60-bit codes are practically impossible; if it happens, the duplicate is skipped
      // and another drawn, so the batch still has exactly `size` codes.
      made += (
        await tx.insert(letterCodes).values(rows).onConflictDoNothing().returning({ id: letterCodes.id })
      ).length;
    }
    await recordAudit(
      {
        actorId: user.id,
        action: "panel.letter_codes_created",
        subjectType: "panel",
        subjectId: panel.id,
        details: { batchId, size: input.size },
      },
      tx,
    );
    return { batchId, size: input.size };
  });
}

/**
 * The batch as CSV for the letter printer: each code with its join link, in the order made.
 * Scoped by the panel in the URL and the batch together; audited, because the file lets anyone
 * join. Null when the batch is not this panel's.
 */
export async function letterCodeBatchCsv(
  panelId: number,
  batchId: number,
): Promise<{ filename: string; csv: string } | null> {
  const user = await requirePermission("panel:manage");
  const db = getDb();
  const batch = (
    await db
      .select({ id: letterCodeBatches.id, slug: panels.slug })
      .from(letterCodeBatches)
      .innerJoin(panels, eq(panels.id, letterCodeBatches.panelId))
      .where(and(eq(letterCodeBatches.id, batchId), eq(letterCodeBatches.panelId, panelId)))
      .limit(1)
  )[0];
  if (!batch) return null;
  const secret = authSecret();
  const baseUrl = mailContext().baseUrl;
  const parts = [CSV_BOM, csvRow(LETTER_CODE_CSV_HEADER)];
  const sealed = await db
    .select({ codeSealed: letterCodes.codeSealed })
    .from(letterCodes)
    .where(eq(letterCodes.batchId, batch.id))
    .orderBy(letterCodes.id);
  for (const row of sealed) {
    const code = unseal(row.codeSealed, secret, LETTER_CODE_SEAL_SALT);
    // Sealed under another secret (AUTH_SECRET changed): that code can no longer be printed.
    if (code) parts.push(csvRow([code, joinUrl(baseUrl, batch.slug, code)]));
  }
  await recordAudit({
    actorId: user.id,
    action: "panel.letter_codes_downloaded",
    subjectType: "panel",
    subjectId: panelId,
    details: { batchId: batch.id },
  });
  return { filename: `lettercodes-${batch.slug}-${batch.id}.csv`, csv: parts.join("") };
}
