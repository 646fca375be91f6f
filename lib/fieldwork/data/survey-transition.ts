import "server-only";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { closeAnonymousPanelFieldwork } from "@/lib/responses/data/anonymous-response-trail";
import {
  applySurveyTransition,
  LifecycleRefusal,
  lifecycleInputError,
  type TransitionInput,
  type TransitionResult,
} from "@/lib/surveys/data/survey-lifecycle";

/*
 * The status change staff make on a survey's page (open fieldwork, close it, back to concept…).
 * It lives with fieldwork because closing fieldwork is more than a status: in the same
 * transaction, anonymous panel responses are coarsened and lose their timing
 * (lib/responses/data/anonymous-response-trail.ts), which the surveys feature below cannot reach.
 * The step's own rules (permission, revision, versions, audit) stay in
 * lib/surveys/data/survey-lifecycle.ts.
 */

/**
 * Moves a survey to `to` for the signed-in user. Refusals come back as `InputError` with a Dutch
 * message a person can act on (for the action wrapper); a stale revision names who changed it.
 */
export async function transitionSurvey(input: TransitionInput): Promise<TransitionResult> {
  const user = await requirePermission("survey:read");
  try {
    return await transaction(
      async (tx) =>
        await applySurveyTransition(tx, {
          ...input,
          actor: user,
          closeFieldwork: async (surveyId, at) => await closeAnonymousPanelFieldwork(surveyId, { at }),
        }),
    );
  } catch (error) {
    if (error instanceof LifecycleRefusal) throw await lifecycleInputError(error);
    throw error;
  }
}
