import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Replaced: the cookie layer (which session the request names) and next-intl's request-bound
// helpers, which get the real Dutch catalogue here.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const messages = {
    lifecycle: (await import("@/messages/nl/lifecycle.json")).default,
    publication: (await import("@/messages/nl/publication.json")).default,
  };
  const timeZone = "Europe/Amsterdam";
  return {
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: "nl", messages, namespace: namespace as never, timeZone }),
    getLocale: async () => "nl",
    getFormatter: async () => createFormatter({ locale: "nl", timeZone }),
  };
});

setUpTempDatabase("result-publication");

import { getDb } from "@/db/client";
import { auditLog, publicationPreviews, resultPublications, surveys } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import {
  insertOpenAnswerSurvey,
  insertResponseWithAnswers,
} from "@/lib/moderation/data/open-answer-test-support";
import { attackPublication } from "@/lib/results/publication-attacker-test-support";
import type { PublishedChoiceTable, PublishedResults } from "@/lib/results/publication-types";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import {
  getPublicationState,
  getPublishedResults,
  listPublishedResults,
  previewPublication,
  publishResults,
  saveResultSummary,
  unpublishResults,
} from "./result-publication";

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.formError ?? "";
    if (error instanceof AuthorizationError) return `authorization:${error.reason}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function surveyRow(id: number): Promise<{ slug: string; status: string; revision: number }> {
  const [row] = await getDb()
    .select({ slug: surveys.slug, status: surveys.status, revision: surveys.revision })
    .from(surveys)
    .where(eq(surveys.id, id));
  if (!row) throw new Error(`no survey ${id}`);
  return row;
}
const setStatus = async (id: number, status: "open" | "closed" | "published") =>
  await getDb().update(surveys).set({ status }).where(eq(surveys.id, id));

/** The survey's latest audit entry. */
async function lastAudit(id: number): Promise<{ action: string; details: unknown }> {
  const [row] = await getDb()
    .select({ action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.subjectId, String(id)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) throw new Error(`no audit entry for survey ${id}`);
  return row;
}

/**
 * 14 completed responses (k = 5), each with an age. "wonen": 9 "familie", 5 "buren" and "anders" 0 (hidden: zeros are
 * hidden too, with a complement); "vervoer": 12 "familie", 2 "buren" (below k, so hidden, with 12
 * as its complement).
 */
async function surveyWithResponses(slug: string, completed = 14): Promise<number> {
  const surveyId = await insertOpenAnswerSurvey(slug);
  for (let i = 0; i < completed; i += 1) {
    await insertResponseWithAnswers(surveyId, "completed", {
      wonen: { choice: i < 9 ? "familie" : "buren" },
      vervoer: { choice: i < 12 ? "familie" : "buren" },
      tips: `Tip ${i}`,
      // Everyone gives an age, so the number question has a distribution to publish in bands.
      leeftijd: 20 + 3 * i,
    });
  }
  await insertResponseWithAnswers(surveyId, "in_progress", { wonen: { choice: "buren" } });
  return surveyId;
}

let surveyId = 0;
let slug = "";
beforeAll(async () => {
  await signInAs("staff");
  surveyId = await surveyWithResponses("publicatie");
  slug = (await surveyRow(surveyId)).slug;
});

const question = (snapshot: { questions: { questionId: string; table: unknown }[] } | null, id: string) =>
  snapshot?.questions.find((q) => q.questionId === id)?.table as PublishedChoiceTable | undefined;

/** The preview's snapshot; fails the test when the survey was blocked instead. */
async function previewSnapshot(id: number): Promise<PublishedResults> {
  const preview = await previewPublication(id);
  if (!preview || !("snapshot" in preview))
    throw new Error(`expected a snapshot, got ${JSON.stringify(preview)}`);
  return preview.snapshot;
}

/** The stored preview's fingerprint and when it was built (ms). */
async function previewRow(id: number): Promise<{ fingerprint: string; builtAt: number } | undefined> {
  const [row] = await getDb()
    .select({ fingerprint: publicationPreviews.fingerprint, builtAt: publicationPreviews.builtAt })
    .from(publicationPreviews)
    .where(eq(publicationPreviews.surveyId, id));
  return row && { fingerprint: row.fingerprint, builtAt: row.builtAt.getTime() };
}

describe("publishing", () => {
  it("refuses while the survey is open, and shows nothing publicly", async () => {
    expect(await refusal(publishResults(surveyId, { summary: "Samenvatting", expectedRevision: 1 }))).toBe(
      "publication.errors.notClosed",
    );
    expect(await getPublishedResults(slug)).toBeNull();
    expect((await surveyRow(surveyId)).status).toBe("open");
  });

  it("previews what would be published, with the small cell and the zero hidden", async () => {
    await saveResultSummary(surveyId, "Wat inwoners vinden.");
    const preview = await previewSnapshot(surveyId);
    expect(preview.summary).toBe("Wat inwoners vinden.");
    expect(preview.method.respondents).toBe(14);
    expect(preview.method.suppression.audit.passed).toBe(true);
    expect(question(preview, "vervoer")?.rows.map((r) => [r.cell.count, r.cell.suppressed])).toEqual([
      [null, "hidden"],
      [null, "hidden"],
    ]);
    const wonen = question(preview, "wonen");
    expect(wonen?.rows.map((r) => r.value)).toEqual(["familie", "buren", "_anders"]);
    expect(wonen?.rows[0]?.cell.count).toBe(9);
    // "Anders" (0) is hidden, and so is one more, or 14 − 9 − 5 would give the 0 back.
    expect(wonen?.rows[2]?.cell).toEqual({ count: null, percent: null, suppressed: "hidden" });
    expect(wonen?.rows.filter((r) => r.cell.suppressed === "hidden").length).toBeGreaterThanOrEqual(2);
    expect(preview.questions.some((q) => q.questionId === "tips")).toBe(false);
    expect(await attackPublication(preview, preview.k)).toEqual([]);
  });

  it("keeps the preview while its figures are unchanged, and makes it again after a change", async () => {
    const first = await previewSnapshot(surveyId);
    // Mark the stored preview: a rebuild would write a new built_at.
    await getDb()
      .update(publicationPreviews)
      .set({ builtAt: new Date(1) })
      .where(eq(publicationPreviews.surveyId, surveyId));
    const fingerprint = (await previewRow(surveyId))?.fingerprint;
    const again = await previewSnapshot(surveyId);
    expect(await previewRow(surveyId)).toEqual({ fingerprint, builtAt: 1 });
    expect({ ...again, publishedAt: "" }).toEqual({ ...first, publishedAt: "" });

    await saveResultSummary(surveyId, "Een andere samenvatting.");
    const changed = await previewSnapshot(surveyId);
    expect(changed.summary).toBe("Een andere samenvatting.");
    expect((await previewRow(surveyId))?.builtAt).toBeGreaterThan(1);
    expect((await previewRow(surveyId))?.fingerprint).not.toBe(fingerprint);
  });

  it("refuses to publish a survey with fewer than k responses, and publishes nothing", async () => {
    const small = await surveyWithResponses("publicatie-klein", 4);
    await setStatus(small, "closed");
    expect(await previewPublication(small)).toEqual({
      blocked: { reason: "too-few-respondents", respondents: 4, k: 5 },
    });
    expect(await refusal(publishResults(small, { summary: "Te klein.", expectedRevision: 1 }))).toBe(
      "publication.errors.tooFewRespondents",
    );
    expect(await surveyRow(small)).toMatchObject({ status: "closed", revision: 1 });
    expect(await getPublishedResults((await surveyRow(small)).slug)).toBeNull();
    expect(await getDb().$count(resultPublications, eq(resultPublications.surveyId, small))).toBe(0);
  });

  it("publishes a closed survey: status, snapshot and audit in one step, public without a session", async () => {
    await setStatus(surveyId, "closed");
    const result = await publishResults(surveyId, { summary: "Wonen en vervoer.", expectedRevision: 1 });
    expect(result).toEqual({ slug, revision: 2 });
    expect(await surveyRow(surveyId)).toMatchObject({ status: "published", revision: 2 });
    const audit = await lastAudit(surveyId);
    expect(audit.action).toBe("survey.status_changed");
    const details = audit.details as { disclosureAudit: { hidden: number } };
    expect(details).toMatchObject({
      from: "closed",
      to: "published",
      transition: "publish",
      revision: 2,
      k: 5,
      respondents: 14,
      disclosureAudit: {
        passed: true,
        checked: expect.any(Number),
        hidden: expect.any(Number),
        secondary: expect.any(Number),
      },
    });
    expect(details.disclosureAudit.hidden).toBeGreaterThan(0);

    signOut();
    const published = await getPublishedResults(slug);
    expect(published?.summary).toBe("Wonen en vervoer.");
    expect(details.disclosureAudit).toEqual(published?.method.suppression.audit);
    // 9 of 14 valid answers; the hidden cells have no percentage.
    expect(question(published, "wonen")?.rows[0]?.cell).toEqual({
      count: 9,
      percent: 64.3,
      suppressed: false,
    });
    expect(question(published, "wonen")?.rows[2]?.cell.percent).toBeNull();
    expect(question(published, "vervoer")?.rows[1]?.cell).toEqual({
      count: null,
      percent: null,
      suppressed: "hidden",
    });
    expect(await listPublishedResults()).toEqual([
      expect.objectContaining({
        slug,
        title: published?.survey.title,
        respondents: 14,
        summary: "Wonen en vervoer.",
      }),
    ]);
    await signInAs("staff");
    expect((await getPublicationState(surveyId))?.survey.summary).toBe("Wonen en vervoer.");
  });

  it("refuses a stale page and those without survey:publish", async () => {
    const other = await surveyWithResponses("publicatie-oud");
    await setStatus(other, "closed");
    await getDb().update(surveys).set({ revision: 3 }).where(eq(surveys.id, other));
    expect(await refusal(publishResults(other, { summary: "X", expectedRevision: 2 }))).toMatch(/gewijzigd/);
    await signInAs("adviesraad");
    expect(await refusal(publishResults(other, { summary: "X", expectedRevision: 3 }))).toBe(
      "authorization:forbidden",
    );
    expect(await refusal(previewPublication(other))).toBe("authorization:forbidden");
    await signInAs("staff");
    expect((await surveyRow(other)).status).toBe("closed");
    expect(await getPublishedResults((await surveyRow(other)).slug)).toBeNull();
  });

  it("withdraws: back to closed, no longer public; publishing again replaces the snapshot", async () => {
    expect(await unpublishResults(surveyId, { expectedRevision: 2 })).toEqual({ revision: 3 });
    expect(await surveyRow(surveyId)).toMatchObject({ status: "closed", revision: 3 });
    expect(await getPublishedResults(slug)).toBeNull();
    expect(await listPublishedResults()).toEqual([]);
    const state = await getPublicationState(surveyId);
    expect(state?.publication?.withdrawnAt).toBeInstanceOf(Date);

    // Withdrawing what is not published is refused without closing anything.
    expect(await refusal(unpublishResults(surveyId, { expectedRevision: 3 }))).toBe(
      "De enquête heeft de status “Gesloten” al.",
    );

    await publishResults(surveyId, { summary: "Opnieuw.", expectedRevision: 3 });
    expect((await getPublishedResults(slug))?.summary).toBe("Opnieuw.");
    expect((await getPublicationState(surveyId))?.publication?.withdrawnAt).toBeNull();
  });

  it("gives nothing for an unknown slug or a survey that is published without a snapshot", async () => {
    expect(await getPublishedResults("bestaat-niet")).toBeNull();
    const bare = await insertOpenAnswerSurvey("zonder-snapshot");
    await setStatus(bare, "published");
    expect(await getPublishedResults((await surveyRow(bare)).slug)).toBeNull();
  });

  it("takes a publication made with the earlier snapshot format offline, and lets staff withdraw and publish it again", async () => {
    const old = await surveyWithResponses("oude-publicatie");
    await setStatus(old, "closed");
    await publishResults(old, { summary: "Eerst.", expectedRevision: (await surveyRow(old)).revision });
    // As an earlier version stored it: format 1, with "< 5" marks the current model no longer trusts.
    const [stored] = await getDb()
      .select({ snapshot: resultPublications.snapshot })
      .from(resultPublications)
      .where(eq(resultPublications.surveyId, old));
    await getDb()
      .update(resultPublications)
      .set({ snapshot: { ...(stored?.snapshot as object), format: 1 } })
      .where(eq(resultPublications.surveyId, old));
    const oldSlug = (await surveyRow(old)).slug;
    expect(await getPublishedResults(oldSlug)).toBeNull();
    expect((await listPublishedResults()).some((p) => p.slug === oldSlug)).toBe(false);
    const state = await getPublicationState(old);
    expect(state?.survey.status).toBe("published");
    expect(state?.publication).toMatchObject({ snapshot: null, withdrawnAt: null });

    await unpublishResults(old, { expectedRevision: (await surveyRow(old)).revision });
    await publishResults(old, {
      summary: "Opnieuw beschermd.",
      expectedRevision: (await surveyRow(old)).revision,
    });
    expect((await getPublishedResults(oldSlug))?.format).toBe(2);
  });

  it("saves the summary only when it changed, and audits it", async () => {
    expect(await saveResultSummary(surveyId, "Opnieuw.")).toEqual({ changed: false });
    expect(await saveResultSummary(surveyId, "Nieuwe tekst.")).toEqual({ changed: true });
    expect((await lastAudit(surveyId)).action).toBe("results.summary_saved");
  });
});
