import "server-only";
import { redirect } from "next/navigation";
import { ResponseConflictError, savePage } from "@/lib/responses/data/responses";
import { formDataToValues } from "@/lib/surveys/definition/form-values";
import {
  type AnswerMap,
  evaluatePage,
  findPage,
  firstIncompletePage,
  nextPageId,
  pageContext,
  pagesInPath,
  previousPageId,
} from "../page-flow";
import type { PageFormState } from "../page-form-state";
import type { PageEnvelope } from "../schema";
import { loadRespondentSession } from "./respondent-session";

/**
 * Handles one page submission, its envelope already checked (app/s/[slug]/actions.ts, through
 * the action wrapper, which answers a bad envelope with "invalid_request"). Nothing is stored
 * unless the whole submission belongs to this survey, this response and this page; "next" stores
 * only when every visible answer is valid. The last page leads to the review page, where the
 * resident sends the response (./send-response.ts); a page opened from there returns to it.
 * Every outcome either re-renders the page (returns a state) or redirects, so the same code serves
 * browsers with and without JavaScript.
 */
export async function submitPage(
  envelope: PageEnvelope,
  formData: FormData,
  attempt: number,
): Promise<PageFormState> {
  const { slug, pageId, intent } = envelope;

  const session = await loadRespondentSession(slug);
  if (session.kind === "closed" || session.kind === "unknown")
    return { attempt, errors: [], problem: "survey_closed" };
  if (session.kind === "none") return { attempt, errors: [], problem: "no_response" };
  const { survey, response } = session;
  const base = `/s/${survey.slug}`;
  if (response.status === "completed") redirect(`${base}/klaar`);

  const definition = survey.definition;
  const page = findPage(definition, pageId);
  if (!page || !pagesInPath(definition, response.answers).some((p) => p.id === pageId)) {
    return { attempt, errors: [], problem: "wrong_page" };
  }

  const { values, unknownFields } = formDataToValues(page.questions, formData.entries());
  if (unknownFields.length > 0) return { attempt, values, errors: [], problem: "unknown_fields" };

  const evaluation = evaluatePage(page, pageContext(definition, response.answers, page), values);
  const pageQuestionIds = page.questions.map((q) => q.id);
  const merged: AnswerMap = { ...withoutKeys(response.answers, pageQuestionIds), ...evaluation.answers };
  const store = async (currentPageId: string) =>
    await savePage({
      responseId: response.id,
      surveyId: survey.id,
      pageQuestionIds,
      answers: evaluation.answers,
      currentPageId,
    });

  try {
    if (intent === "save") {
      await store(page.id);
      redirect(`${base}/bewaard`);
    }
    if (intent === "back") {
      const previous = previousPageId(definition, merged, page.id) ?? page.id;
      await store(previous);
      redirect(`${base}/vraag/${previous}`);
    }
    if (evaluation.errors.length > 0) return { attempt, values, errors: evaluation.errors };

    // Without JavaScript, follow-up questions appear only after a submit: show them before moving on.
    const shown = new Set(envelope.shown.split(",").filter(Boolean));
    const revealed = evaluation.visibleQuestions.some(
      (q) => !shown.has(q.id) && !(q.id in evaluation.answers),
    );
    if (revealed) {
      await store(page.id);
      return { attempt, values, errors: [], revealed: true };
    }

    // Changed from the review page: straight back there, the pointer at the end of the (new) path.
    if (envelope.returnToReview) {
      const path = pagesInPath(definition, merged);
      await store(path.at(-1)?.id ?? page.id);
      redirect(`${base}/controleren`);
    }
    const next = nextPageId(definition, merged, page.id);
    if (next) {
      await store(next);
      redirect(`${base}/vraag/${next}`);
    }
    // The last page: the resident checks every answer before sending (lib/responses/data/send-response.ts).
    await store(page.id);
    const incomplete = firstIncompletePage(definition, merged);
    if (incomplete) redirect(`${base}/vraag/${incomplete}?controleer=1`);
    redirect(`${base}/controleren`);
  } catch (error) {
    // Completed by a parallel request (sent from the review page in another tab): that one stored it.
    if (error instanceof ResponseConflictError) redirect(`${base}/klaar`);
    throw error;
  }
}

function withoutKeys(answers: AnswerMap, keys: string[]): AnswerMap {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !keys.includes(k)));
}
