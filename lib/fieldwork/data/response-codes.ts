import "server-only";
import crypto from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { responseCodes } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { generateResponseCode } from "../response-code";
import { MAX_COPIES } from "../staff-entry-schema";
import type { ResponseCodeSource } from "../types";
import { type EntrySurvey, entrySurvey } from "./entry-survey";

/*
 * Issuing response codes (response:enter): one per printed questionnaire, or one for a phone call.
 * Only the code, its survey and who issued it are stored; nothing about who gets the form.
 */

/** A batch key for the print view's URL: random, so one run's codes are not found by counting. */
const newBatch = () => crypto.randomBytes(9).toString("base64url");

async function issue(
  surveyId: number,
  count: number,
  source: ResponseCodeSource,
  issuedBy: number,
): Promise<{ batch: string; codes: string[] }> {
  const batch = newBatch();
  return await transaction(async (tx) => {
    const codes: string[] = [];
    while (codes.length < count) {
      const code = generateResponseCode();
      // A code already issued for this survey (1 in 30^8 a draw) is drawn again, never reused.
      const inserted = await tx
        .insert(responseCodes)
        .values({ surveyId, code, source, batch, issuedBy })
        .onConflictDoNothing()
        .returning({ id: responseCodes.id });
      if (inserted.length > 0) codes.push(code);
    }
    await recordAudit(
      {
        actorId: issuedBy,
        action: source === "paper" ? "response_codes.printed" : "response_codes.phone_call",
        subjectType: "survey",
        subjectId: surveyId,
        details: { count, batch },
      },
      tx,
    );
    return { batch, codes };
  });
}

/** Codes for `copies` paper questionnaires; the print view shows them by the batch returned. */
export async function issuePaperCodes(input: {
  surveyId: number;
  copies: number;
}): Promise<{ batch: string }> {
  const user = await requirePermission("response:enter");
  const survey = await entrySurvey(input.surveyId);
  if (!survey) throw new InputError({ formError: "entry.errors.surveyUnknown" });
  if (!survey.printable) throw new InputError({ formError: "entry.errors.notPrintable" });
  const copies = Math.max(1, Math.min(MAX_COPIES, Math.trunc(input.copies)));
  const { batch } = await issue(survey.id, copies, "paper", user.id);
  return { batch };
}

/** A code drawn for a phone call that starts now: the call's answers are entered under it. */
export async function drawPhoneCode(surveyId: number): Promise<{ code: string }> {
  const user = await requirePermission("response:enter");
  const survey = await entrySurvey(surveyId);
  if (!survey) throw new InputError({ formError: "entry.errors.surveyUnknown" });
  if (!survey.open) throw new InputError({ formError: "entry.errors.notOpen" });
  const { codes } = await issue(survey.id, 1, "phone", user.id);
  return { code: codes[0] };
}

export type PrintRun = { survey: EntrySurvey; codes: string[] };

/** The survey as it prints, with the codes of one print run (none when no batch is named). */
export async function getPrintRun(surveyId: number, batch: string | null): Promise<PrintRun | null> {
  await requirePermission("response:enter");
  const survey = await entrySurvey(surveyId);
  if (!survey) return null;
  const codes = batch
    ? (
        await getDb()
          .select({ code: responseCodes.code })
          .from(responseCodes)
          .where(
            and(
              eq(responseCodes.surveyId, surveyId),
              eq(responseCodes.batch, batch),
              eq(responseCodes.source, "paper"),
            ),
          )
          .orderBy(asc(responseCodes.id))
      ).map((r) => r.code)
    : [];
  return { survey, codes };
}

/** The survey as the phone script and the entry screen show it. */
export async function getEntrySurvey(surveyId: number): Promise<EntrySurvey | null> {
  await requirePermission("response:enter");
  return await entrySurvey(surveyId);
}
