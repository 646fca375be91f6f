import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitationRounds, invitations, panelMembers, panels } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { fieldworkChoice, type SendInvitationsInput } from "@/lib/fieldwork/fieldwork-schema";
import type { SampleResult, SampleSpec } from "@/lib/fieldwork/sampling";
import { mailContext } from "@/lib/mail/mail-context";
import type { SurveyStatus } from "@/lib/surveys/types";
import {
  type CreatedRound,
  createInvitationRound,
  type InvitationSurvey,
  RoundAlreadySentError,
  surveyForInvitations,
} from "./invitation-sending";
import { drawFromPanel, panelForSampling, sampleDigest } from "./sampling-frame";

/*
 * Fieldwork for staff (fieldwork:send): the invite page's data, the preview of a sample and the
 * sending of invitations. Sending draws again with the seed the preview showed and refuses when
 * the counts differ, so what staff saw is what is sent.
 */

const SENDABLE: readonly SurveyStatus[] = ["ready", "open"];
/** The anonymity setting can change until the survey opens (and only while nobody answered). */
const ANONYMITY_EDITABLE: readonly SurveyStatus[] = ["concept", "in_review", "ready"];

export type FieldworkSurvey = InvitationSurvey & {
  /** The open public link, a separate channel from the invitations. */
  publicUrl: string;
  sendable: boolean;
  anonymityEditable: boolean;
};

export type PanelChoice = { id: number; name: string; activeMembers: number };

export type RoundRow = {
  id: number;
  panelName: string;
  createdAt: Date;
  method: SampleSpec["method"];
  n: number | null;
  seed: string;
  invited: number;
  reminderDays: number[];
  remindersSent: number;
};

export type InvitePageData = { survey: FieldworkSurvey; panels: PanelChoice[]; rounds: RoundRow[] };

export function isSendable(survey: Pick<InvitationSurvey, "status" | "closesAt">, now = new Date()): boolean {
  return SENDABLE.includes(survey.status) && (survey.closesAt === null || survey.closesAt > now);
}

export function isAnonymityEditable(survey: Pick<InvitationSurvey, "status" | "responses">): boolean {
  return ANONYMITY_EDITABLE.includes(survey.status) && survey.responses === 0;
}

/** The invite page: the survey, the active panels to choose from, and the rounds sent so far. */
export async function getInvitePage(surveyId: number): Promise<InvitePageData | null> {
  await requirePermission("fieldwork:send");
  const db = getDb();
  const survey = await surveyForInvitations(db, surveyId);
  if (!survey) return null;
  const panelChoices: PanelChoice[] = await db
    .select({
      id: panels.id,
      name: panels.name,
      // The condition goes in as nested SQL: drizzle writes the columns of a one-table select's
      // own SQL unqualified, which would make the subquery compare its own columns.
      activeMembers: sql<number>`(SELECT count(*) FROM ${panelMembers} WHERE ${and(
        eq(panelMembers.panelId, panels.id),
        eq(panelMembers.status, "active"),
      )})`.mapWith(Number),
    })
    .from(panels)
    .where(eq(panels.active, true))
    .orderBy(asc(panels.name));
  const rounds = (
    await db
      .select({
        id: invitationRounds.id,
        panelName: panels.name,
        createdAt: invitationRounds.createdAt,
        sample: invitationRounds.sample,
        reminderDays: invitationRounds.reminderDays,
        remindersSent: invitationRounds.remindersSent,
        invited: sql<number>`(SELECT count(*) FROM ${invitations} WHERE ${eq(
          invitations.roundId,
          invitationRounds.id,
        )})`.mapWith(Number),
      })
      .from(invitationRounds)
      .innerJoin(panels, eq(panels.id, invitationRounds.panelId))
      .where(eq(invitationRounds.surveyId, surveyId))
      .orderBy(desc(invitationRounds.id))
  ).map((row) => {
    const sample = row.sample as { method?: SampleSpec["method"]; n?: number | null; seed?: string };
    return {
      id: row.id,
      panelName: row.panelName,
      createdAt: row.createdAt,
      method: sample.method ?? "all",
      n: sample.n ?? null,
      seed: sample.seed ?? "",
      invited: row.invited,
      reminderDays: row.reminderDays,
      remindersSent: row.remindersSent,
    };
  });
  return {
    survey: {
      ...survey,
      publicUrl: `${mailContext().baseUrl}/s/${survey.slug}`,
      sendable: isSendable(survey),
      anonymityEditable: isAnonymityEditable(survey),
    },
    panels: panelChoices,
    rounds,
  };
}

export type SamplePreview = Omit<SampleResult, "memberIds"> & {
  seed: string;
  digest: string;
  panelName: string;
  maxInvitationsPerYear: number;
};

/** The counts of a sample as it would be drawn now with this seed; null for an unknown or inactive panel. */
export async function previewInvitations(input: {
  surveyId: number;
  panelId: number;
  spec: SampleSpec;
  seed: string;
}): Promise<SamplePreview | null> {
  await requirePermission("fieldwork:send");
  const db = getDb();
  const panel = await panelForSampling(db, input.panelId);
  if (!panel?.active || !(await surveyForInvitations(db, input.surveyId))) return null;
  const { memberIds: _ids, ...result } = await drawFromPanel(db, { ...input, panel, now: new Date() });
  return {
    ...result,
    seed: input.seed,
    digest: sampleDigest(result),
    panelName: panel.name,
    maxInvitationsPerYear: panel.maxInvitationsPerYear,
  };
}

/** Draws again with the previewed seed, checks the counts, and sends the invitations. */
export async function sendInvitations(input: SendInvitationsInput): Promise<CreatedRound> {
  const user = await requirePermission("fieldwork:send");
  const db = getDb();
  const now = new Date();
  const survey = await surveyForInvitations(db, input.surveyId);
  if (!survey) throw new InputError({ formError: "fieldwork.errors.surveyUnknown" });
  if (!isSendable(survey, now)) throw new InputError({ formError: "fieldwork.errors.surveyNotSendable" });
  const panel = await panelForSampling(db, input.panel);
  if (!panel?.active) throw new InputError({ fieldErrors: { panel: ["fieldwork.errors.panelRequired"] } });
  const { spec, reminderDays } = fieldworkChoice(input);
  const sample = await drawFromPanel(db, { panel, surveyId: survey.id, spec, seed: input.zaad, now });
  if (sampleDigest(sample) !== input.controle)
    throw new InputError({ formError: "fieldwork.errors.panelChanged" });
  if (sample.drawn === 0) throw new InputError({ formError: "fieldwork.errors.nobodyDrawn" });
  try {
    return await createInvitationRound({
      survey,
      panel,
      spec,
      seed: input.zaad,
      sample,
      reminderDays,
      actorId: user.id,
      now,
    });
  } catch (error) {
    if (error instanceof RoundAlreadySentError)
      throw new InputError({ formError: "fieldwork.errors.alreadySent" });
    throw error;
  }
}
