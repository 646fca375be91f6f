import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { populationFigures } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { recordAudit } from "@/lib/audit/data/audit";
import type { PopulationFiguresInput } from "@/lib/panels/schema";

/*
 * Population figures staff enter (population:edit) for response monitoring (composition against
 * the population) and, later, weighting. Two dimensions: age group × sex, with categories like
 * "35-49|vrouw" (lib/panels/schema.ts ageSexCategory), and district, with the district's name.
 */

export const AGE_SEX_DIMENSION = "age_group_sex";
export const DISTRICT_DIMENSION = "district";

export type PopulationFigures = {
  /** Where the figures come from (the demo's say "demo-cijfers"). */
  source: string;
  /** "35-49|vrouw" → count. */
  ageSex: Record<string, number>;
  /** District name → count. */
  district: Record<string, number>;
  updatedAt: Date | null;
};

/**
 * The figures as entered. Readable by whoever may read results (response monitoring) as well as
 * by those who enter them; the roles are the same today, the check says which right it is.
 */
export async function getPopulationFigures(
  purpose: "edit" | "monitor" = "monitor",
): Promise<PopulationFigures> {
  await requirePermission(purpose === "edit" ? "population:edit" : "response:read");
  const rows = await getDb()
    .select()
    .from(populationFigures)
    .where(inArray(populationFigures.dimension, [AGE_SEX_DIMENSION, DISTRICT_DIMENSION]));
  const figures: PopulationFigures = { source: "", ageSex: {}, district: {}, updatedAt: null };
  for (const row of rows) {
    const target = row.dimension === AGE_SEX_DIMENSION ? figures.ageSex : figures.district;
    target[row.category] = row.count;
    if (!figures.source) figures.source = row.source;
    if (!figures.updatedAt || row.updatedAt > figures.updatedAt) figures.updatedAt = row.updatedAt;
  }
  return figures;
}

/** Replaces both dimensions' figures with what the form holds, in one audited transaction. */
export async function savePopulationFigures(input: PopulationFiguresInput): Promise<{ total: number }> {
  const actor = await requirePermission("population:edit");
  const at = new Date();
  const rows = [
    ...Object.entries(input.ageSex).map(([category, count]) => ({
      dimension: AGE_SEX_DIMENSION,
      category,
      count,
    })),
    ...input.districts.map(({ name, count }) => ({ dimension: DISTRICT_DIMENSION, category: name, count })),
  ].map((row) => ({ ...row, source: input.source, updatedAt: at }));
  const total = Object.values(input.ageSex).reduce((sum, n) => sum + n, 0);
  await transaction(async (tx) => {
    await tx
      .delete(populationFigures)
      .where(inArray(populationFigures.dimension, [AGE_SEX_DIMENSION, DISTRICT_DIMENSION]));
    if (rows.length > 0) await tx.insert(populationFigures).values(rows);
    await recordAudit(
      {
        actorId: actor.id,
        action: "population.figures_saved",
        subjectType: "population_figures",
        subjectId: null,
        details: { source: input.source, total, districts: input.districts.length },
      },
      tx,
    );
  });
  return { total };
}
