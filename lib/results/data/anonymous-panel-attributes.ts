import "server-only";
import { and, between, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { invitations, panelMembers, responses, resultSettings } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { ageGroupFor } from "@/lib/panels/age-groups";
import {
  type AttributeLabel,
  birthYearsOfAgeGroup,
  coarsenLabels,
  matchesLabel,
  NO_ATTRIBUTES,
  normaliseLabel,
  safeLabelAtCompletion,
} from "@/lib/panels/anonymous-attributes";
import { rebuildResultCube } from "@/lib/results/data/result-cells";
import { effectiveMinCellSize } from "@/lib/results/disclosure-rules";
import { isAnonymousSurvey } from "@/lib/surveys/data/survey-anonymity";

/*
 * The profile attributes (age group, sex, district) an anonymous panel response carries, kept so
 * that whoever holds the database and the panel member list cannot narrow a response down to
 * fewer than k members (the survey's disclosure threshold). They can see who answered — a used
 * invitation is how reminders skip them — so every label is judged against the members who
 * answered. The rule itself is pure: lib/panels/anonymous-attributes.ts.
 *
 * - During fieldwork (`attributesAtCompletion`, called by the completing transaction): the finest
 *   label that at least k members who have answered match, this one included. That number only
 *   grows while fieldwork goes on, so what is stored stays safe.
 * - When fieldwork closes (`coarsenAnonymousPanelAttributes`, the first part of the close pass in
 *   lib/responses/data/anonymous-response-trail.ts, which the close step and the demo seed call): every label
 *   is generalised until at least k responses carry it, and the results cube is rebuilt from the
 *   coarsened responses, so no cube row keeps a finer cell. The rest of that pass erases when each
 *   response came in.
 * Pseudonymous surveys are left alone: their respondents were told their answers are linked.
 */

/** The database or the transaction at hand. */

/** The survey's k: its result settings' threshold, or the default; never below the floor. */
export async function disclosureThreshold(surveyId: number, db: Executor = getDb()): Promise<number> {
  const row = (
    await db
      .select({ k: resultSettings.minCellSize })
      .from(resultSettings)
      .where(eq(resultSettings.surveyId, surveyId))
      .limit(1)
  )[0];
  return effectiveMinCellSize(row?.k);
}

/**
 * The label to store on an anonymous panel response now, for the member whose invitation the
 * completing transaction has just marked used (so it is counted among those who answered).
 */
export async function attributesAtCompletion(input: {
  surveyId: number;
  panelId: number;
  member: { birthYear: number; sex: string; district: string | null };
  now?: Date;
}): Promise<AttributeLabel> {
  const now = input.now ?? new Date();
  const fine = normaliseLabel({
    ageGroup: ageGroupFor(input.member.birthYear, now),
    sex: input.member.sex,
    district: input.member.district,
  });
  if (!fine.ageGroup) return NO_ATTRIBUTES;
  const years = birthYearsOfAgeGroup(fine.ageGroup, now.getFullYear());
  if (!years) return NO_ATTRIBUTES;
  // Read in the completing transaction (a savepoint of it), which has just marked this member's
  // invitation used: on PostgreSQL another connection would not see that yet.
  const { answered, k } = await transaction(async (tx) => ({
    // Everyone of the age group who answered through this panel, by sex and district: enough to
    // count the holders of every coarser label on the member's path.
    answered: await tx
      .select({ sex: panelMembers.sex, district: panelMembers.district, n: count() })
      .from(invitations)
      .innerJoin(panelMembers, eq(panelMembers.id, invitations.memberId))
      .where(
        and(
          eq(invitations.surveyId, input.surveyId),
          eq(invitations.panelId, input.panelId),
          isNotNull(invitations.usedAt),
          between(panelMembers.birthYear, years.from, years.to),
        ),
      )
      .groupBy(panelMembers.sex, panelMembers.district),
    k: await disclosureThreshold(input.surveyId, tx),
  }));
  const holders = (label: AttributeLabel) =>
    answered
      .filter((g) => matchesLabel({ ageGroup: fine.ageGroup, sex: g.sex, district: g.district }, label))
      .reduce((sum, g) => sum + g.n, 0);
  return safeLabelAtCompletion(fine, holders, k);
}

type StoredResponse = {
  id: number;
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
};

/**
 * Generalises the attributes of a survey's completed anonymous panel responses until every label
 * that remains is carried by at least k of them (per panel), and rebuilds the results cube from
 * them. Safe to repeat (a second run changes nothing) and to run inside the caller's transaction,
 * which it joins by itself (transaction() opens a savepoint there). Returns how many responses lost
 * an attribute.
 */
export async function coarsenAnonymousPanelAttributes(surveyId: number): Promise<{ coarsened: number }> {
  return await transaction(async (tx) => {
    if (!(await isAnonymousSurvey(surveyId, tx))) return { coarsened: 0 };
    const k = await disclosureThreshold(surveyId, tx);
    const rows: StoredResponse[] = await tx
      .select({
        id: responses.id,
        panelId: responses.panelId,
        ageGroup: responses.ageGroup,
        sex: responses.sex,
        district: responses.district,
      })
      .from(responses)
      .where(
        and(
          eq(responses.surveyId, surveyId),
          eq(responses.status, "completed"),
          eq(responses.channel, "panel"),
          isNull(responses.memberId),
        ),
      )
      .orderBy(responses.id);
    const byPanel = new Map<number, StoredResponse[]>();
    for (const row of rows) {
      const group = byPanel.get(row.panelId ?? 0) ?? [];
      group.push(row);
      byPanel.set(row.panelId ?? 0, group);
    }
    const update = tx
      .update(responses)
      .set({
        ageGroup: sql`${sql.placeholder("ageGroup")}`,
        sex: sql`${sql.placeholder("sex")}`,
        district: sql`${sql.placeholder("district")}`,
      })
      .where(eq(responses.id, sql.placeholder("id")))
      .prepare();
    let coarsened = 0;
    for (const group of byPanel.values()) {
      const labels = coarsenLabels(group, k);
      for (const [i, row] of group.entries()) {
        const label = labels[i] as AttributeLabel;
        if (label.ageGroup === row.ageGroup && label.sex === row.sex && label.district === row.district)
          continue;
        await update.execute({
          ageGroup: label.ageGroup,
          sex: label.sex,
          district: label.district,
          id: row.id,
        });
        coarsened += 1;
      }
    }
    // On the transaction's own handle: on PostgreSQL another connection would not see the updates.
    if (rows.length > 0) await rebuildResultCube(surveyId, tx);
    return { coarsened };
  });
}
