import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panelMembers, postcodeDistricts } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import type { DistrictInput } from "@/lib/panels/schema";

/*
 * The table from postcode (four digits) to district. Administrators edit it (panel:districts);
 * members' districts are derived from it whenever a postcode is written, and again for everyone
 * when an administrator asks (rederiveDistricts) after changing the table.
 */

export type DistrictRow = { postcode4: string; district: string; members: number };

/** Every row of the table with how many members (with a postcode) live in it. */
export async function listDistrictRows(): Promise<DistrictRow[]> {
  await requirePermission("panel:districts");
  return await getDb()
    .select({
      postcode4: postcodeDistricts.postcode4,
      district: postcodeDistricts.district,
      members: sql<number>`(SELECT count(*) FROM panel_members m WHERE substr(m.postcode, 1, 4) = ${postcodeDistricts.postcode4})`,
    })
    .from(postcodeDistricts)
    .orderBy(asc(postcodeDistricts.postcode4));
}

/**
 * The district names in the table, for filters and the population figures. District names are
 * not personal data: anyone in the staff area may read them.
 */
export async function listDistrictNames(): Promise<string[]> {
  await requirePermission("beheer:enter");
  return (
    await getDb()
      .selectDistinct({ district: postcodeDistricts.district })
      .from(postcodeDistricts)
      .orderBy(asc(postcodeDistricts.district))
  ).map((row) => row.district);
}

const taken = () => new InputError({ fieldErrors: { postcode4: ["panels.districts.errors.postcodeTaken"] } });
const unknown = () => new InputError({ formError: "panels.districts.errors.unknown" });

export async function addDistrict(input: DistrictInput): Promise<void> {
  const actor = await requirePermission("panel:districts");
  await transaction(async (tx) => {
    const inserted = await tx
      .insert(postcodeDistricts)
      .values(input)
      .onConflictDoNothing()
      .returning({ postcode4: postcodeDistricts.postcode4 });
    if (inserted.length === 0) throw taken();
    await recordAudit(
      {
        actorId: actor.id,
        action: "postcode_district.added",
        subjectType: "postcode_district",
        subjectId: input.postcode4,
        details: { district: input.district },
      },
      tx,
    );
  });
}

/** Changes a row; `originalPostcode4` names it, so the four digits themselves can change too. */
export async function updateDistrict(input: DistrictInput & { originalPostcode4: string }): Promise<void> {
  const actor = await requirePermission("panel:districts");
  await transaction(async (tx) => {
    const current = (
      await tx
        .select()
        .from(postcodeDistricts)
        .where(eq(postcodeDistricts.postcode4, input.originalPostcode4))
        .limit(1)
    )[0];
    if (!current) throw unknown();
    if (input.postcode4 !== current.postcode4) {
      const clash = (
        await tx
          .select()
          .from(postcodeDistricts)
          .where(eq(postcodeDistricts.postcode4, input.postcode4))
          .limit(1)
      )[0];
      if (clash) throw taken();
    }
    await tx
      .update(postcodeDistricts)
      .set({ postcode4: input.postcode4, district: input.district })
      .where(eq(postcodeDistricts.postcode4, current.postcode4));
    await recordAudit(
      {
        actorId: actor.id,
        action: "postcode_district.changed",
        subjectType: "postcode_district",
        subjectId: input.postcode4,
        details: { from: current, to: { postcode4: input.postcode4, district: input.district } },
      },
      tx,
    );
  });
}

export async function deleteDistrict(postcode4: string): Promise<void> {
  const actor = await requirePermission("panel:districts");
  await transaction(async (tx) => {
    const current = (
      await tx.select().from(postcodeDistricts).where(eq(postcodeDistricts.postcode4, postcode4)).limit(1)
    )[0];
    if (!current) throw unknown();
    await tx.delete(postcodeDistricts).where(eq(postcodeDistricts.postcode4, postcode4));
    await recordAudit(
      {
        actorId: actor.id,
        action: "postcode_district.deleted",
        subjectType: "postcode_district",
        subjectId: postcode4,
        details: { district: current.district },
      },
      tx,
    );
  });
}

/** The district the table gives a member's postcode now (null when the table has none). */
const derived = sql`(SELECT d.district FROM postcode_districts d WHERE d.postcode4 = substr(${panelMembers.postcode}, 1, 4))`;
/**
 * Members with a postcode whose stored district differs from what the table gives now (NULL-safe:
 * IS DISTINCT FROM, which both engines know; SQLite's `IS NOT` before a subquery is no PostgreSQL).
 */
const stale = sql`${panelMembers.postcode} IS NOT NULL AND ${panelMembers.district} IS DISTINCT FROM ${derived}`;

/** How many members' districts would change when derived again from the current table. */
export async function countStaleDistricts(): Promise<number> {
  await requirePermission("panel:districts");
  return (
    (await getDb().select({ n: sql<number>`count(*)` }).from(panelMembers).where(stale).limit(1))[0]?.n ?? 0
  );
}

/** Derives every member's district again from the current table (one UPDATE), audited with the count. */
export async function rederiveDistricts(): Promise<{ changed: number }> {
  const actor = await requirePermission("panel:districts");
  return await transaction(async (tx) => {
    const changed = (
      await tx
        .update(panelMembers)
        .set({ district: derived, updatedAt: new Date() })
        .where(stale)
        .returning({ id: panelMembers.id })
    ).length;
    await recordAudit(
      {
        actorId: actor.id,
        action: "panel_member.districts_rederived",
        subjectType: "postcode_district",
        subjectId: null,
        details: { changed },
      },
      tx,
    );
    return { changed };
  });
}
