import "server-only";
import { getDb } from "@/db/client";
import { InputError } from "@/lib/accounts/errors";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { mailContext } from "@/lib/mail/mail-context";
import type { ResumeMailInput } from "../schema";
import { oneOffMailVerdict, recordOneOffMail } from "./one-off-mail-guard";
import { loadRespondentSession } from "./respondent-session";

/**
 * "Stuur mij de link" on the "bewaard" page: this browser's resume link, mailed once to the address
 * typed. The address goes into that one mail, which the outbox deletes once delivered (lib/mail,
 * FORGOTTEN_AFTER_SENDING); nothing else keeps it. Limited per client (./one-off-mail-guard.ts).
 */
export async function sendResumeLink(input: ResumeMailInput, client: string): Promise<{ sent: true }> {
  const session = await loadRespondentSession(input.slug);
  if (session.kind === "closed" || session.kind === "unknown")
    throw new InputError({ formError: "survey.problem.survey_closed" });
  if (session.kind === "none" || session.response.status !== "in_progress")
    throw new InputError({ formError: "survey.problem.no_response" });
  if ((await oneOffMailVerdict("resume", client)) !== "allowed")
    throw new InputError({ fieldErrors: { email: ["survey.mailAddress.rateLimited"] } });
  const { survey, keys } = session;
  await enqueueMail(getDb(), {
    to: input.email,
    template: "resume_link",
    data: {
      surveyTitle: survey.title,
      resumeUrl: `${mailContext().baseUrl}/s/${survey.slug}/hervatten/${keys.token}`,
    },
  });
  await recordOneOffMail("resume", client);
  return { sent: true };
}
