import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { publicationPreviews } from "@/db/schema";
import { InputError } from "@/lib/accounts/errors";
import { UnprotectablePublication } from "@/lib/results/protection-secondary";
import { buildPublication, type PublicationSource } from "@/lib/results/publication-build";
import { type PublicationBlock, PublicationBlocked } from "@/lib/results/publication-system";
import { PUBLICATION_FORMAT, type PublishedResults } from "@/lib/results/publication-types";

/*
 * The protected snapshot of a publication source, made once per source: protecting and auditing
 * every table of a 30-question survey takes seconds, and the publish page shows the preview on
 * every visit. The result is kept in `publication_previews` (the database, so every app instance
 * shares it) under a fingerprint of everything it is made from — the figures, k, the summary, the
 * quotes, the advice — so any change to those makes it again. Protection is deterministic: the
 * same source always gives the same tables and the same audit verdict.
 *
 * Internal to the publication feature: callers (lib/results/data/result-publication.ts) check survey:publish.
 */

export type ProtectedPublication = { snapshot: PublishedResults } | { blocked: PublicationBlock };

export async function protectedPublication(
  surveyId: number,
  source: PublicationSource,
): Promise<ProtectedPublication> {
  const { publishedAt, ...rest } = source;
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ format: PUBLICATION_FORMAT, ...rest }))
    .digest("hex");
  const db = getDb();
  const cached = (
    await db
      .select({ fingerprint: publicationPreviews.fingerprint, snapshot: publicationPreviews.snapshot })
      .from(publicationPreviews)
      .where(eq(publicationPreviews.surveyId, surveyId))
      .limit(1)
  )[0];
  if (cached?.fingerprint === fingerprint) {
    const stored = cached.snapshot as ProtectedPublication;
    return "snapshot" in stored
      ? { snapshot: { ...stored.snapshot, publishedAt: publishedAt.toISOString() } }
      : stored;
  }
  const made = await protect(source);
  const row = { fingerprint, snapshot: made, builtAt: new Date() };
  await db
    .insert(publicationPreviews)
    .values({ surveyId, ...row })
    .onConflictDoUpdate({ target: publicationPreviews.surveyId, set: row });
  return made;
}

async function protect(source: PublicationSource): Promise<ProtectedPublication> {
  try {
    return { snapshot: await buildPublication(source) };
  } catch (error) {
    if (error instanceof PublicationBlocked) return { blocked: error.block };
    if (error instanceof UnprotectablePublication)
      return { blocked: { reason: "unprotectable", figures: error.keys } };
    throw error;
  }
}

/** The refusal staff see when a survey cannot be published at all. */
export function blockedInputError(block: PublicationBlock): InputError {
  const key = {
    "too-few-respondents": "publication.errors.tooFewRespondents",
    "small-channel": "publication.errors.smallChannel",
    unprotectable: "publication.errors.unprotectable",
  }[block.reason];
  return new InputError({ formError: key });
}
