import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  advice,
  advicePoints,
  adviceResponsePoints,
  adviceResponses,
  reviewRounds,
  surveys,
  users,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { runAsAccount } from "@/lib/accounts/data/operator-context";
import {
  getModerationOverview,
  listOpenAnswers,
  moderateOpenAnswer,
  setQuote,
  syncOpenAnswerQueue,
} from "@/lib/moderation/data/open-answers";
import { closeAnonymousPanelFieldwork } from "@/lib/responses/data/anonymous-response-trail";
import { publishResults } from "@/lib/results/data/result-publication";
import { insertSurveyWithVersion, surveySlugExists } from "@/lib/surveys/data/survey-import";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { sociaalDomeinDefinition } from "../oosterhout-sociaal-domein";
import { RESULTS_DEMO_ADVICE as A } from "../results-demo-advice";
import { generateResponses } from "./generate-responses";
import { seedPanelFieldwork } from "./results-demo-fieldwork";

/*
 * The demo's whole cycle, finished: last year's edition of the social-domain survey, reviewed by
 * the Adviesraad (advice and the official response point by point), answered by 1,200 generated
 * residents (the panels' members invited, seven in ten of them answering), its open answers partly moderated, and its results published at
 * /resultaten/sociaal-domein-2025. The moderation and the publication go through the same data
 * functions staff use, acting as the demo policy officer, so the published snapshot is exactly
 * what publishing from /beheer would store.
 */

export const RESULTS_DEMO_SLUG = "sociaal-domein-2025";
const RESPONSES = 1200;
/** Approved open answers per question (the rest stays in the queue, for the demo). */
const APPROVED_PER_QUESTION = 25;
const QUOTES_PER_QUESTION = 3;

type Accounts = { staff: { id: number; email: string }; adviesraad: { id: number } };

/** Seeds the published 2025 edition unless its slug exists; true when it was added. */
export async function seedResultsDemo(db: Db, accounts: { staffEmail: string; adviesraadEmail: string }) {
  if (await surveySlugExists(RESULTS_DEMO_SLUG, db)) return false;
  const staff = (
    await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.email, accounts.staffEmail))
      .limit(1)
  )[0];
  const member = (
    await db.select({ id: users.id }).from(users).where(eq(users.email, accounts.adviesraadEmail)).limit(1)
  )[0];
  if (!staff || !member) return false;

  const surveyId = await insertClosedSurveyWithAdvice({ staff, adviesraad: member });
  const fieldwork = await seedPanelFieldwork(db, { surveyId, staffId: staff.id, sentAt: A.opensAt });
  const period = [A.opensAt, A.closesAt] as const;
  const throughPanels = fieldwork.reduce((total, panel) => total + panel.answered, 0);
  // The open link and paper forms entered by staff, then each panel's invited members who answered.
  await generateResponses(db, {
    surveyId,
    count: RESPONSES - throughPanels,
    seed: 2025,
    channelMix: { public: 0.93, panel: 0, staff: 0.07 },
    completedBetween: period,
  });
  for (const panel of fieldwork) {
    if (panel.answered === 0) continue;
    await generateResponses(db, {
      surveyId,
      count: panel.answered,
      seed: 2025 + panel.panelId,
      channelMix: { public: 0, panel: 1, staff: 0 },
      panels: [panel.panelId],
      completedBetween: period,
      respondents: panel.respondents,
      writeInRandomOrder: true,
    });
  }
  // Fieldwork is closed: the anonymous panel responses keep only attributes at least k of them
  // share and carry the fieldwork's end as their moment, as the close step leaves them, before
  // anything is published from them.
  await closeAnonymousPanelFieldwork(surveyId, { at: A.closesAt });
  await runAsAccount(staff.email, async () => {
    await moderateSomeOpenAnswers(surveyId);
    const { revision } = (
      await db.select({ revision: surveys.revision }).from(surveys).where(eq(surveys.id, surveyId)).limit(1)
    )[0] ?? {
      revision: 1,
    };
    await publishResults(surveyId, { summary: A.summary, expectedRevision: revision });
  });
  return true;
}

async function insertClosedSurveyWithAdvice({ staff, adviesraad }: Accounts): Promise<number> {
  const parsed = parseDefinition({ ...sociaalDomeinDefinition, title: "Sociaal domein Oosterhout 2025" });
  if (!parsed.ok) throw new Error(`The results demo survey is invalid:\n${parsed.errors.join("\n")}`);
  return await transaction(async (tx) => {
    const { surveyId, versionId } = await insertSurveyWithVersion(tx, {
      slug: RESULTS_DEMO_SLUG,
      definition: parsed.definition,
      status: "closed",
      frozen: true,
      opensAt: A.opensAt,
      createdBy: staff.id,
    });
    await tx.update(surveys).set({ closesAt: A.closesAt }).where(eq(surveys.id, surveyId));
    const [round] = await tx
      .insert(reviewRounds)
      .values({
        surveyId,
        versionId,
        sharedBy: staff.id,
        sharedAt: A.sharedAt,
        adviceDeadline: A.adviceDeadline,
        closedAt: A.roundClosedAt,
      })
      .returning({ id: reviewRounds.id });
    const [given] = await tx
      .insert(advice)
      .values({
        surveyId,
        reviewRoundId: round.id,
        introduction: A.introduction,
        status: "submitted",
        createdBy: adviesraad.id,
        submittedBy: adviesraad.id,
        submittedAt: A.submittedAt,
        createdAt: A.submittedAt,
        updatedAt: A.submittedAt,
      })
      .returning({ id: advice.id });
    const [answer] = await tx
      .insert(adviceResponses)
      .values({
        adviceId: given.id,
        introduction: A.responseIntroduction,
        status: "final",
        finalizedBy: staff.id,
        finalizedAt: A.finalizedAt,
        createdAt: A.finalizedAt,
        updatedAt: A.finalizedAt,
      })
      .returning({ id: adviceResponses.id });
    for (const [index, point] of A.points.entries()) {
      const [row] = await tx
        .insert(advicePoints)
        .values({
          adviceId: given.id,
          number: index + 1,
          body: point.body,
          questionIds: [...point.questionIds],
        })
        .returning({ id: advicePoints.id });
      await tx.insert(adviceResponsePoints).values({
        responseId: answer.id,
        pointId: row.id,
        verdict: point.verdict,
        explanation: point.explanation,
        handledInVersionId: point.verdict === "niet_overgenomen" ? null : versionId,
        updatedAt: A.finalizedAt,
      });
    }
    return surveyId;
  });
}

/**
 * Approves, per open question, the first answers in which the engine found nothing (a few become
 * quotes, each a different text), and leaves the rest — those with personal data among them —
 * in the queue for the demo.
 */
async function moderateSomeOpenAnswers(surveyId: number): Promise<void> {
  await syncOpenAnswerQueue(surveyId);
  const overview = await getModerationOverview(surveyId);
  for (const question of overview?.questions ?? []) {
    const chosen: { id: number; text: string }[] = [];
    for (let page = 1; chosen.length < APPROVED_PER_QUESTION; page += 1) {
      const list = await listOpenAnswers(surveyId, question.id, { status: "pending", page });
      if (!list || list.answers.length === 0 || page > list.pageCount) break;
      for (const answer of list.answers) {
        if (answer.findings.length === 0 && chosen.length < APPROVED_PER_QUESTION)
          chosen.push({ id: answer.id, text: answer.redactedText });
      }
    }
    const quoted = new Set<string>();
    for (const answer of chosen) {
      await moderateOpenAnswer(surveyId, answer.id, { decision: "approve", text: answer.text });
      if (quoted.size < QUOTES_PER_QUESTION && !quoted.has(answer.text)) {
        quoted.add(answer.text);
        await setQuote(surveyId, answer.id, true);
      }
    }
  }
}
