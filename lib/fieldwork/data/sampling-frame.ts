import "server-only";
import crypto from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { readBoolean } from "@/db/dialect";
import { invitations, panelMembers, panels } from "@/db/schema";
import {
  drawSample,
  type SampleResult,
  type SampleSpec,
  type SamplingMember,
} from "@/lib/fieldwork/sampling";

/*
 * The sampling frame of a panel for a survey, read in one query: every member with what the
 * sampler needs (status, birth year, district), their invitations in the last 365 days and
 * whether they were invited to this survey already — counted in SQL, per member, through the
 * member and survey × member indexes. No contact data is read. No permission check: callers are
 * data functions that checked, or the benchmark.
 */

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export type PanelForSampling = { id: number; name: string; maxInvitationsPerYear: number; active: boolean };

export async function panelForSampling(db: Db, panelId: number): Promise<PanelForSampling | null> {
  const row = (
    await db
      .select({
        id: panels.id,
        name: panels.name,
        maxInvitationsPerYear: panels.maxInvitationsPerYear,
        active: panels.active,
      })
      .from(panels)
      .where(eq(panels.id, panelId))
      .limit(1)
  )[0];
  return row ?? null;
}

export async function loadSamplingFrame(
  db: Db,
  panelId: number,
  surveyId: number,
  now: Date,
): Promise<SamplingMember[]> {
  const yearAgo = new Date(now.getTime() - YEAR_MS);
  return await db
    .select({
      id: panelMembers.id,
      status: panelMembers.status,
      birthYear: panelMembers.birthYear,
      district: panelMembers.district,
      // The conditions go in as nested SQL: drizzle writes the columns of a one-table select's
      // own SQL unqualified, which would make the subquery compare its own columns.
      invitationsLastYear: sql<number>`(SELECT count(*) FROM ${invitations} WHERE ${and(
        eq(invitations.memberId, panelMembers.id),
        gt(invitations.createdAt, yearAgo),
      )})`.mapWith(Number),
      invitedToSurvey: sql<boolean>`EXISTS (SELECT 1 FROM ${invitations} WHERE ${and(
        eq(invitations.surveyId, surveyId),
        eq(invitations.memberId, panelMembers.id),
      )})`.mapWith(readBoolean),
    })
    .from(panelMembers)
    .where(eq(panelMembers.panelId, panelId));
}

/** Draws the sample of a panel for a survey as it stands now. */
export async function drawFromPanel(
  db: Db,
  input: { panel: PanelForSampling; surveyId: number; spec: SampleSpec; seed: string; now: Date },
): Promise<SampleResult> {
  const frame = await loadSamplingFrame(db, input.panel.id, input.surveyId, input.now);
  return drawSample(frame, input.spec, input.seed, {
    maxInvitationsPerYear: input.panel.maxInvitationsPerYear,
    at: input.now,
  });
}

/**
 * A short fingerprint of what a preview showed (the counts per stratum, the exclusions and the
 * total). Sending draws again with the same seed and refuses when the fingerprint differs: then
 * the panel changed in between, and staff should look at the new counts first.
 */
export function sampleDigest(result: Omit<SampleResult, "memberIds">): string {
  const shown = {
    strata: result.strata.map((s) => [s.key, s.population, s.eligible, s.allocated, s.drawn]),
    exclusions: result.exclusions,
    drawn: result.drawn,
  };
  return crypto.createHash("sha256").update(JSON.stringify(shown)).digest("hex").slice(0, 16);
}

/** A fresh seed for a preview: 32 random bits as 8 hex characters, shown on the page. */
export function newSeed(): string {
  return crypto.randomBytes(4).toString("hex");
}
