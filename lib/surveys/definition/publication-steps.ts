/*
 * Publishing and withdrawing results are lifecycle steps (lib/surveys/definition/lifecycle.ts) that only the
 * publication feature takes (lib/results/data/result-publication.ts): publishing stores the snapshot of
 * the published tables in the same transaction as the status change, and withdrawing marks it
 * withdrawn, so a survey is never "published" without a snapshot to show. The generic lifecycle
 * form refuses them; the survey overview links to the publish page instead.
 */

const PUBLICATION_STEPS: readonly string[] = ["publish", "unpublish"];

export function isPublicationStep(step: { name: string }): boolean {
  return PUBLICATION_STEPS.includes(step.name);
}
