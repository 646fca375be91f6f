import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, responses, surveys, surveyVersions } from "@/db/schema";
import { requireMember } from "@/lib/panels/data/member-session";
import { readDefinitionModel } from "@/lib/surveys/definition/definition-model";
import { getMyMembership, readInvitations } from "./member-self-service";

/*
 * "Download my data" (AVG art. 15 and 20): everything Peiling keeps about the signed-in member, as
 * JSON. Answers only where the survey was pseudonymous: an anonymous survey's answers have no link
 * to anyone, so there is nothing to find (and the file says so).
 */

export type MyDataExport = {
  exportedAt: string;
  panel: string;
  profile: {
    email: string;
    pendingEmail: string | null;
    birthYear: number;
    sex: string;
    postcode: string;
    district: string | null;
    status: string;
    joinedVia: string;
    joinedAt: string;
    confirmedAt: string | null;
    pausedAt: string | null;
  };
  consents: { privacyVersion: number; consentedAt: string }[];
  invitations: { survey: string; invitedAt: string; status: string; pseudonymous: boolean }[];
  answers: {
    survey: string;
    status: string;
    startedAt: string;
    completedAt: string | null;
    answers: { questionId: string; question: string | null; value: unknown }[];
  }[];
  note: string;
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function exportMyData(now: Date = new Date()): Promise<MyDataExport> {
  const { memberId } = await requireMember();
  const me = await getMyMembership(now.getTime());
  const db = getDb();
  const ownResponses = await db
    .select({
      id: responses.id,
      survey: surveys.title,
      status: responses.status,
      createdAt: responses.createdAt,
      completedAt: responses.completedAt,
      definition: surveyVersions.definition,
    })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, responses.versionId))
    // Both conditions: an anonymous survey's response never carries a member, and if one ever
    // did by mistake, it still would not be handed out as the member's.
    .where(and(eq(responses.memberId, memberId), eq(surveys.anonymity, "pseudonymous")))
    .orderBy(asc(responses.createdAt), asc(responses.id));
  const ids = ownResponses.map((r) => r.id);
  const answerRows = ids.length
    ? await db
        .select({ responseId: answers.responseId, questionId: answers.questionId, value: answers.value })
        .from(answers)
        .where(inArray(answers.responseId, ids))
    : [];

  return {
    exportedAt: now.toISOString(),
    panel: me.panel.name,
    profile: {
      email: me.email,
      pendingEmail: me.pendingEmail,
      birthYear: me.birthYear,
      sex: me.sex,
      postcode: me.postcode,
      district: me.district,
      status: me.status,
      joinedVia: me.joinedVia,
      joinedAt: me.createdAt.toISOString(),
      confirmedAt: iso(me.confirmedAt),
      pausedAt: iso(me.pausedAt),
    },
    consents: me.consents.map((c) => ({
      privacyVersion: c.privacyVersion,
      consentedAt: c.consentedAt.toISOString(),
    })),
    invitations: (await readInvitations(memberId)).map((i) => ({
      survey: i.surveyTitle,
      invitedAt: i.invitedAt.toISOString(),
      status: i.status,
      pseudonymous: i.pseudonymous,
    })),
    answers: ownResponses.map((response) => {
      const texts = questionTexts(response.definition);
      return {
        survey: response.survey,
        status: response.status,
        startedAt: response.createdAt.toISOString(),
        completedAt: iso(response.completedAt),
        answers: answerRows
          .filter((a) => a.responseId === response.id)
          .map((a) => ({
            questionId: a.questionId,
            question: texts.get(a.questionId) ?? null,
            value: a.value,
          })),
      };
    }),
    note: "Antwoorden op anonieme vragenlijsten staan hier niet in. Die zijn niet aan u gekoppeld, dus wij kunnen ze niet terugvinden.",
  };
}

function questionTexts(definition: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  for (const page of readDefinitionModel(definition)) {
    for (const entry of page.questions)
      if (entry.id && entry.question) texts.set(entry.id, entry.question.text);
  }
  return texts;
}
