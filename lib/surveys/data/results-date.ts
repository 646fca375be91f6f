import "server-only";
import { eq } from "drizzle-orm";
import { surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import type { ResultsDateInput } from "../results-date-schema";

/**
 * Sets (or clears) the day staff expect to publish a survey's results. Residents read it on the
 * thank-you page and in the copy of their answers, so it may change at any time, audited.
 */
export async function setResultsExpectedOn(
  input: ResultsDateInput,
): Promise<{ resultsExpectedOn: string | null }> {
  const user = await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    const before = (
      await tx
        .select({ resultsExpectedOn: surveys.resultsExpectedOn })
        .from(surveys)
        .where(eq(surveys.id, input.surveyId))
        .limit(1)
    )[0];
    if (!before) throw new InputError({ formError: "lifecycle.resultsDate.unknown" });
    if (before.resultsExpectedOn === input.resultsExpectedOn)
      return { resultsExpectedOn: input.resultsExpectedOn };
    await tx
      .update(surveys)
      .set({ resultsExpectedOn: input.resultsExpectedOn, updatedAt: new Date() })
      .where(eq(surveys.id, input.surveyId));
    await recordAudit(
      {
        actorId: user.id,
        action: "survey.results_date_set",
        subjectType: "survey",
        subjectId: input.surveyId,
        details: { from: before.resultsExpectedOn, to: input.resultsExpectedOn },
      },
      tx,
    );
    return { resultsExpectedOn: input.resultsExpectedOn };
  });
}
