import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { resultSettings, surveys, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { coarsenAnonymousPanelAttributes } from "@/lib/results/data/anonymous-panel-attributes";
import {
  MIN_CELL_SIZE,
  MIN_MEAN_GROUP,
  type ResultSettingsInput,
  TRIM_HIGH,
  TRIM_LOW,
  type WeightingMethod,
} from "@/lib/results/settings-schema";

/*
 * A survey's analysis settings: the disclosure threshold k, the smallest group with a published
 * mean, and weighting (method and trim bounds). Read by whoever may read results (response:read); changed by whoever may publish
 * them (survey:publish), because k decides what a publication shows. Every change is audited.
 * The public summary text in the same row belongs to the publish page and is left alone here.
 */

/** The settings staff choose, as stored (read for the page and before a change). */
const SETTINGS = {
  minCellSize: resultSettings.minCellSize,
  minMeanGroup: resultSettings.minMeanGroup,
  weighting: resultSettings.weighting,
  trimLow: resultSettings.trimLow,
  trimHigh: resultSettings.trimHigh,
};

export type ResultSettings = {
  surveyId: number;
  surveyTitle: string;
  minCellSize: number;
  minMeanGroup: number;
  weighting: WeightingMethod;
  trimLow: number;
  trimHigh: number;
  /**
   * When someone last changed these settings; null while the survey still has the defaults. A
   * row can exist without anyone having changed them: saving the public summary on the publish
   * page creates one with the column defaults and no author (see settingsChanged).
   */
  updatedAt: Date | null;
  /** Null when the account that changed them no longer exists (or nobody changed them). */
  updatedByName: string | null;
};

type Fields = Pick<ResultSettings, "minCellSize" | "minMeanGroup" | "weighting" | "trimLow" | "trimHigh">;

/** What a survey without a settings row uses (as the table's column defaults). */
export const DEFAULT_RESULT_SETTINGS: Fields = {
  minCellSize: MIN_CELL_SIZE.default,
  minMeanGroup: MIN_MEAN_GROUP.default,
  weighting: "raking",
  trimLow: TRIM_LOW.default,
  trimHigh: TRIM_HIGH.default,
};

/** The settings, or null when the survey does not exist. */
export async function getResultSettings(surveyId: number): Promise<ResultSettings | null> {
  await requirePermission("response:read");
  const db = getDb();
  const survey = (
    await db
      .select({ id: surveys.id, title: surveys.title })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!survey) return null;
  const row = (
    await db
      .select({
        ...SETTINGS,
        updatedAt: resultSettings.updatedAt,
        updatedBy: resultSettings.updatedBy,
        updatedByName: users.name,
      })
      .from(resultSettings)
      .leftJoin(users, eq(users.id, resultSettings.updatedBy))
      .where(eq(resultSettings.surveyId, surveyId))
      .limit(1)
  )[0];
  const surveyTitle = survey.title;
  if (!row || !settingsChanged(row))
    return { surveyId, surveyTitle, ...DEFAULT_RESULT_SETTINGS, updatedAt: null, updatedByName: null };
  const { updatedBy: _author, ...fields } = row;
  return { surveyId, surveyTitle, ...fields, updatedByName: row.updatedByName ?? null };
}

/**
 * Whether a settings row records a change by someone. saveResultSettings always stamps the
 * author; the publish page's summary save (lib/results/data/result-publication.ts) creates the row with
 * only the summary, so the settings are the defaults and there is no author: that row says
 * nothing about who set k or the weighting. A row without author whose values differ from the
 * defaults was changed by an account since removed (updated_by is set null on delete).
 */
export function settingsChanged(row: Fields & { updatedBy: number | null }): boolean {
  if (row.updatedBy !== null) return true;
  return (Object.keys(DEFAULT_RESULT_SETTINGS) as (keyof Fields)[]).some(
    (key) => row[key] !== DEFAULT_RESULT_SETTINGS[key],
  );
}

/**
 * Saves the settings (input validated with resultSettingsSchema by the caller's action, and the
 * bounds checked again here). Returns whether anything changed; an unchanged save writes nothing.
 */
export async function saveResultSettings(
  surveyId: number,
  input: Omit<ResultSettingsInput, "surveyId">,
): Promise<{ changed: boolean }> {
  const user = await requirePermission("survey:publish");
  const next: Fields = {
    minCellSize: input.minCellSize,
    minMeanGroup: input.minMeanGroup,
    weighting: input.weighting,
    trimLow: input.trimLow,
    trimHigh: input.trimHigh,
  };
  if (
    !Number.isInteger(next.minCellSize) ||
    next.minCellSize < MIN_CELL_SIZE.min ||
    next.minCellSize > MIN_CELL_SIZE.max ||
    !Number.isInteger(next.minMeanGroup) ||
    next.minMeanGroup < MIN_MEAN_GROUP.min ||
    next.minMeanGroup > MIN_MEAN_GROUP.max ||
    !(next.trimLow >= TRIM_LOW.min && next.trimLow < next.trimHigh && next.trimHigh <= TRIM_HIGH.max)
  )
    throw new InputError({ formError: "results.settings.errors.invalid" });
  return await transaction(async (tx) => {
    const survey = (
      await tx
        .select({ id: surveys.id, status: surveys.status })
        .from(surveys)
        .where(eq(surveys.id, surveyId))
        .limit(1)
    )[0];
    if (!survey) throw new InputError({ formError: "results.settings.errors.surveyUnknown" });
    const current =
      (
        await tx.select(SETTINGS).from(resultSettings).where(eq(resultSettings.surveyId, surveyId)).limit(1)
      )[0] ?? null;
    const before = current ?? DEFAULT_RESULT_SETTINGS;
    const same = (Object.keys(next) as (keyof Fields)[]).every((key) => before[key] === next[key]);
    if (same) return { changed: false };
    const stamp = { ...next, updatedBy: user.id, updatedAt: new Date() };
    await tx
      .insert(resultSettings)
      .values({ surveyId, ...stamp })
      .onConflictDoUpdate({ target: resultSettings.surveyId, set: stamp });
    // A larger k after fieldwork closed: anonymous panel responses are generalised again, so every
    // label they carry is shared by at least the new k (lib/results/data/anonymous-panel-attributes.ts).
    if (
      next.minCellSize > before.minCellSize &&
      (survey.status === "closed" || survey.status === "published")
    )
      await coarsenAnonymousPanelAttributes(surveyId);
    await recordAudit(
      {
        actorId: user.id,
        action: "results.settings_changed",
        subjectType: "survey",
        subjectId: surveyId,
        details: { from: before, to: next },
      },
      tx,
    );
    return { changed: true };
  });
}
