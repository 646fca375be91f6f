import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { isResumeToken, normalizeResumeCode } from "./resume-tokens";

/**
 * The respondent's way back to their response in this browser: the resume token and code, in an
 * HttpOnly session cookie scoped to the survey's path. It ends when the browser closes and is
 * removed on completion, so the next person at a shared computer does not see these answers.
 */
function cookieName(surveyId: number): string {
  return `peiling_r${surveyId}`;
}

export type RespondentKeys = { token: string; code: string };

export async function readRespondentKeys(surveyId: number): Promise<RespondentKeys | null> {
  const raw = (await cookies()).get(cookieName(surveyId))?.value;
  if (!raw) return null;
  const [token, code] = raw.split(".");
  const normalized = normalizeResumeCode(code ?? "");
  if (!isResumeToken(token) || !normalized) return null;
  return { token, code: normalized };
}

export async function writeRespondentKeys(
  surveyId: number,
  slug: string,
  keys: RespondentKeys,
): Promise<void> {
  (await cookies()).set(cookieName(surveyId), `${keys.token}.${keys.code}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().PEILING_BASE_URL.startsWith("https:"),
    path: `/s/${slug}`,
  });
}

export async function clearRespondentKeys(surveyId: number, slug: string): Promise<void> {
  (await cookies()).set(cookieName(surveyId), "", { path: `/s/${slug}`, maxAge: 0 });
}
