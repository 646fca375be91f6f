import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { jsonArrayElements, jsonNumber, jsonText } from "@/db/dialect";
import { invitationRounds, invitations, panelMembers, responses, surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit/data/audit";
import type { SampleResult, SampleSpec } from "@/lib/fieldwork/sampling";
import { mailEnqueuer } from "@/lib/mail/data/mail-outbox";
import { unsubscribeUrlFor } from "@/lib/panels/data/unsubscribe";
import { generateResumeToken, hashSecret } from "@/lib/responses/resume-tokens";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import type { SurveyStatus } from "@/lib/surveys/types";
import type { PanelForSampling } from "./sampling-frame";

/*
 * Writing a round of invitations: the round, one invitation per drawn member (its token stored
 * only as a hash) and the invitation mail in the outbox — in transactions of CHUNK_SIZE members,
 * so 10,000 invitations go out in seconds without holding the database's write lock for long
 * (residents answering meanwhile wait a few milliseconds, not seconds), and memory stays flat:
 * a chunk's tokens and mails are gone before the next chunk starts. The mail worker delivers.
 *
 * No permission check: lib/fieldwork/data/fieldwork.ts checks before it calls this; the benchmark calls it
 * directly.
 */

const CHUNK_SIZE = 500;

/** What the invitation mail tells about the survey. */
export type InvitationSurvey = {
  id: number;
  slug: string;
  title: string;
  status: SurveyStatus;
  /** The first paragraph of the introduction. */
  about: string;
  estimatedMinutes: number | null;
  closesAt: Date | null;
  anonymity: "anonymous" | "pseudonymous";
  allowBreakdowns: boolean;
  /** Responses of any status: the anonymity setting is fixed once there are some. */
  responses: number;
};

export async function surveyForInvitations(db: Db, surveyId: number): Promise<InvitationSurvey | null> {
  const row = (
    await db
      .select({
        id: surveys.id,
        slug: surveys.slug,
        title: surveys.title,
        status: surveys.status,
        closesAt: surveys.closesAt,
        anonymity: surveys.anonymity,
        allowBreakdowns: surveys.allowBreakdowns,
        intro: jsonText(surveyVersions.definition, "intro"),
        estimatedMinutes: jsonNumber(surveyVersions.definition, "estimatedMinutes"),
        responses:
          sql<number>`(SELECT count(*) FROM ${responses} WHERE ${eq(responses.surveyId, surveys.id)})`.mapWith(
            Number,
          ),
      })
      .from(surveys)
      .leftJoin(surveyVersions, isCurrentVersion)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!row) return null;
  const { intro, estimatedMinutes, ...survey } = row;
  return {
    ...survey,
    status: survey.status as SurveyStatus,
    about: firstParagraph(intro ?? undefined),
    estimatedMinutes: estimatedMinutes ?? null,
  };
}

function firstParagraph(text: string | undefined): string {
  const paragraph =
    (text ?? "")
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, " ") ?? "";
  return paragraph.length > 600 ? `${paragraph.slice(0, 597).trimEnd()}…` : paragraph;
}

/** Thrown when a round with this seed was sent already (a double click, a replayed post). */
export class RoundAlreadySentError extends Error {
  constructor(readonly roundId: number) {
    super(`invitations with this seed were sent already (round ${roundId})`);
  }
}

export type CreateRoundInput = {
  survey: InvitationSurvey;
  panel: PanelForSampling;
  spec: SampleSpec;
  seed: string;
  sample: SampleResult;
  reminderDays: number[];
  actorId: number | null;
  now?: Date;
  /** Called after each chunk's transaction (the benchmark samples memory there). */
  onChunk?: (written: { invited: number; skipped: number }) => void;
};

export type CreatedRound = {
  roundId: number;
  invited: number;
  /** Drawn, but left, paused or lost their address in the moments between drawing and writing. */
  skipped: number;
};

/**
 * Writes the round, its invitations and their mails, chunk by chunk, each chunk in a transaction
 * of its own whose handle the statements run on. `_db` is not used: the transactions bring their
 * handles (kept so the callers in other features and the benchmark need not change).
 */
export async function createInvitationRound(input: CreateRoundInput): Promise<CreatedRound> {
  const now = input.now ?? new Date();
  const { survey, panel, sample } = input;
  const mailBase = {
    panelName: panel.name,
    surveySlug: survey.slug,
    surveyTitle: survey.title,
    about: survey.about,
    estimatedMinutes: survey.estimatedMinutes,
    closesAt: survey.closesAt,
    anonymity: survey.anonymity,
    allowBreakdowns: survey.allowBreakdowns,
  };
  let roundId = 0;
  let invited = 0;
  let skipped = 0;
  const ids = sample.memberIds;
  for (let start = 0; start === 0 || start < ids.length; start += CHUNK_SIZE) {
    const chunk = ids.slice(start, start + CHUNK_SIZE);
    await transaction(async (tx) => {
      // Prepared on the transaction's handle: on PostgreSQL it is a connection of its own (on
      // SQLite the one connection, so they are prepared once for the whole run).
      const statements = prepare(tx);
      const enqueueMail = mailEnqueuer(tx);
      if (start === 0) roundId = await createRound(statements, input, now, tx);
      const members = (await statements.activeMembers.execute({
        ids: JSON.stringify(chunk),
        panelId: panel.id,
      })) as {
        id: number;
        email: string;
      }[];
      skipped += chunk.length - members.length;
      for (const member of members) {
        const token = generateResumeToken();
        const row = (
          await statements.insertInvitation.execute({
            roundId,
            surveyId: survey.id,
            panelId: panel.id,
            memberId: member.id,
            tokenHash: hashSecret(token),
            createdAt: now,
          })
        )[0];
        // Invited already (the unique survey × member index): someone sent another round meanwhile.
        if (!row) {
          skipped += 1;
          continue;
        }
        await enqueueMail({
          to: member.email,
          template: "invitation",
          data: { ...mailBase, token, unsubscribeUrl: unsubscribeUrlFor(member.id) },
          dedupeKey: `invitation:${row.id}`,
        });
        invited += 1;
      }
    });
    input.onChunk?.({ invited, skipped });
  }
  return { roundId, invited, skipped };
}

async function createRound(
  statements: ReturnType<typeof prepare>,
  input: CreateRoundInput,
  now: Date,
  tx: Tx,
): Promise<number> {
  const { survey, panel, sample, spec, seed } = input;
  // Inside the write transaction: of two identical sends, the second finds the first's round.
  const existing = (
    await statements.roundWithSeed.execute({ surveyId: survey.id, panelId: panel.id, seed })
  )[0];
  if (existing) throw new RoundAlreadySentError(existing.id);
  const summary = {
    method: spec.method,
    n: spec.method === "all" ? null : spec.n,
    seed,
    eligible: sample.eligible,
    drawn: sample.drawn,
    exclusions: sample.exclusions,
    strata: sample.strata.map(({ district, ageGroup, population, eligible, allocated, drawn }) => ({
      district,
      ageGroup,
      population,
      eligible,
      allocated,
      drawn,
    })),
  };
  const [{ id: roundId }] = await statements.insertRound.execute({
    surveyId: survey.id,
    panelId: panel.id,
    sample: summary,
    reminderDays: input.reminderDays,
    createdBy: input.actorId,
    createdAt: now,
  });
  await recordAudit(
    {
      actorId: input.actorId,
      action: "fieldwork.invitations_sent",
      subjectType: "survey",
      subjectId: survey.id,
      details: {
        roundId,
        panelId: panel.id,
        method: spec.method,
        n: summary.n,
        seed,
        drawn: sample.drawn,
        reminderDays: input.reminderDays,
      },
    },
    tx,
  );
  return roundId;
}

// Prepared once per handle: a 10,000-member round runs these 10,000 times.
const prepared = new WeakMap<Db, ReturnType<typeof prepareStatements>>();

function prepare(db: Db) {
  let statements = prepared.get(db);
  if (!statements) {
    statements = prepareStatements(db);
    prepared.set(db, statements);
  }
  return statements;
}

const given = (name: string) => sql`${sql.placeholder(name)}`;

function prepareStatements(db: Db) {
  return {
    roundWithSeed: db
      .select({ id: invitationRounds.id })
      .from(invitationRounds)
      .where(
        and(
          eq(invitationRounds.surveyId, sql.placeholder("surveyId")),
          eq(invitationRounds.panelId, sql.placeholder("panelId")),
          sql`${jsonText(invitationRounds.sample, "seed")} = ${sql.placeholder("seed")}`,
        ),
      )
      .prepare(),
    insertRound: db
      .insert(invitationRounds)
      .values({
        surveyId: sql.placeholder("surveyId"),
        panelId: sql.placeholder("panelId"),
        sample: sql.placeholder("sample"),
        reminderDays: sql.placeholder("reminderDays"),
        createdBy: sql.placeholder("createdBy"),
        createdAt: sql.placeholder("createdAt"),
      })
      .returning({ id: invitationRounds.id })
      .prepare(),
    activeMembers: db
      .select({ id: panelMembers.id, email: panelMembers.email })
      .from(panelMembers)
      .where(
        and(
          sql`${panelMembers.id} IN (SELECT CAST(e.value AS INTEGER) FROM ${jsonArrayElements(sql`${sql.placeholder("ids")}`, "e")})`,
          eq(panelMembers.panelId, sql.placeholder("panelId")),
          eq(panelMembers.status, "active"),
          isNotNull(panelMembers.email),
        ),
      )
      .orderBy(panelMembers.id)
      .prepare(),
    // Once per member: the values go to the database as given (whole numbers and text), not
    // through the columns' encoders, which cost about as much as the INSERT itself; the moment
    // goes through its column (milliseconds on SQLite, a timestamptz on PostgreSQL).
    insertInvitation: db
      .insert(invitations)
      .values({
        roundId: given("roundId"),
        surveyId: given("surveyId"),
        panelId: given("panelId"),
        memberId: given("memberId"),
        tokenHash: given("tokenHash"),
        createdAt: sql`${sql.param(sql.placeholder("createdAt"), invitations.createdAt)}`,
      })
      .onConflictDoNothing()
      .returning({ id: invitations.id })
      .prepare(),
  };
}
