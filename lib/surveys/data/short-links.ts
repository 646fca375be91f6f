import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { surveyShortLinks, surveys } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { newShortCode, normalizeShortCode } from "@/lib/surveys/sharing/short-code";
import type { SurveyStatus } from "@/lib/surveys/types";

/** Statuses whose short link leads somewhere: residents never learn a draft exists. */
const REACHABLE: readonly SurveyStatus[] = ["open", "closed", "published"];

// A new code meets an existing one about once in 887 million / surveys; a few tries are plenty.
const ATTEMPTS = 5;

async function storedCode(surveyId: number): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ code: surveyShortLinks.code })
    .from(surveyShortLinks)
    .where(eq(surveyShortLinks.surveyId, surveyId))
    .limit(1);
  return row?.code;
}

/**
 * The survey's short code for posters and letters, made the first time staff look at it and kept
 * from then on (a printed code must not change). Undefined when the survey does not exist.
 */
export async function getSurveyShortCode(surveyId: number): Promise<string | undefined> {
  await requirePermission("survey:read");
  const existing = await storedCode(surveyId);
  if (existing) return existing;
  const [survey] = await getDb()
    .select({ id: surveys.id })
    .from(surveys)
    .where(eq(surveys.id, surveyId))
    .limit(1);
  if (!survey) return undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    // Two staff opening the page at once, or a code another survey has: nothing is written, and
    // the read below tells which.
    await getDb().insert(surveyShortLinks).values({ surveyId, code: newShortCode() }).onConflictDoNothing();
    const code = await storedCode(surveyId);
    if (code) return code;
  }
  throw new Error(`No free short code for survey ${surveyId} after ${ATTEMPTS} attempts`);
}

/**
 * The slug of the survey a short code names, for a resident who typed or scanned it; null when no
 * survey residents may see has that code.
 */
export async function findShortLinkSlug(typed: string): Promise<string | null> {
  const code = normalizeShortCode(typed);
  if (!code) return null;
  const [row] = await getDb()
    .select({ slug: surveys.slug, status: surveys.status })
    .from(surveyShortLinks)
    .innerJoin(surveys, eq(surveys.id, surveyShortLinks.surveyId))
    .where(eq(surveyShortLinks.code, code))
    .limit(1);
  return row && REACHABLE.includes(row.status) ? row.slug : null;
}
