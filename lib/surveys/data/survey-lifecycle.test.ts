import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
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

setUpTempDatabase("survey-lifecycle");

import { getDb } from "@/db/client";
import { reviewRounds, surveys, surveyVersions } from "@/db/schema";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import type { Role } from "@/lib/accounts/types";
import { transitionSurvey } from "@/lib/fieldwork/data/survey-transition";
import { wasteCollectionDefinition } from "@/lib/surveys/definition/test-definitions";
import type { SurveyStatus } from "@/lib/surveys/types";
import { signInAsUser, signOut } from "@/lib/testing/signed-in";
import { insertSurveyWithVersion } from "./survey-import";
import { listSurveyTimeline } from "./survey-timeline";
import { getVersionForViewer, listSurveyVersions } from "./survey-versions";

const definition = wasteCollectionDefinition;

let seq = 0;

async function account(role: Role, name: string) {
  seq += 1;
  const { id } = await createUserAccount({
    email: `${role}${seq}@example.nl`,
    name,
    role,
    password: "een-lang-wachtwoord",
  });
  return id;
}
async function survey(status: SurveyStatus, options: { frozen?: boolean; definition?: unknown } = {}) {
  seq += 1;
  return await insertSurveyWithVersion(getDb(), {
    slug: `afval-${seq}`,
    definition: (options.definition ?? definition) as typeof definition,
    status,
    frozen: options.frozen ?? status !== "concept",
  });
}
const row = async (surveyId: number) =>
  (
    await getDb()
      .select({
        status: surveys.status,
        revision: surveys.revision,
        currentVersionId: surveys.currentVersionId,
      })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
  )[0];
const versions = async (surveyId: number) =>
  await getDb()
    .select({
      id: surveyVersions.id,
      number: surveyVersions.number,
      frozenAt: surveyVersions.frozenAt,
      definition: surveyVersions.definition,
    })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.number));
/** A review round on the version, as sharing it would open (the share form's checks aside). */
const openReviewRound = async (surveyId: number, versionId: number, adviceDeadline: Date) =>
  await getDb().insert(reviewRounds).values({ surveyId, versionId, adviceDeadline });

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

let staffId: number;
let adminId: number;
beforeEach(async () => {
  signOut();
  staffId ??= await account("staff", "Sanne Staf");
  adminId ??= await account("admin", "Anton Admin");
  await signInAsUser(staffId);
});

describe("transitionSurvey", () => {
  it("takes a step, bumps the revision and records it in the audit log and the timeline", async () => {
    const { surveyId, versionId } = await survey("open");
    const result = await transitionSurvey({ surveyId, to: "closed", expectedRevision: 1 });
    expect(result).toMatchObject({ from: "open", to: "closed", transition: "close", revision: 2 });
    expect(await row(surveyId)).toEqual({ status: "closed", revision: 2, currentVersionId: versionId });
    const [entry] = await listSurveyTimeline(surveyId);
    expect(entry).toMatchObject({
      action: "survey.status_changed",
      actorName: "Sanne Staf",
      details: { from: "open", to: "closed", transition: "close", revision: 2, versionId, versionNumber: 1 },
    });
  });

  it("refuses a stale revision, naming who changed the survey since and when", async () => {
    const { surveyId } = await survey("open");
    await signInAsUser(adminId);
    await transitionSurvey({ surveyId, to: "closed", expectedRevision: 1 });
    await signInAsUser(staffId);
    const message = await refusal(transitionSurvey({ surveyId, to: "closed", expectedRevision: 1 }));
    expect(message).toMatch(
      /^Anton Admin heeft deze enquête intussen gewijzigd \(\d{1,2} \w+ \d{4} om \d{2}:\d{2}\)\./,
    );
    expect(await row(surveyId)).toMatchObject({ status: "closed", revision: 2 });
  });

  it("refuses a step the lifecycle does not allow, and changes nothing", async () => {
    const { surveyId } = await survey("concept");
    const before = { row: await row(surveyId), versions: await versions(surveyId) };
    expect(await refusal(transitionSurvey({ surveyId, to: "published", expectedRevision: 1 }))).toBe(
      "Deze stap kan niet. Een enquête met de status “Concept” kan niet naar “Gepubliceerd”.",
    );
    expect(await refusal(transitionSurvey({ surveyId, to: "concept", expectedRevision: 1 }))).toBe(
      "De enquête heeft de status “Concept” al.",
    );
    // Sharing goes through the review's share form, which also sets the advice deadline.
    expect(await refusal(transitionSurvey({ surveyId, to: "in_review", expectedRevision: 1 }))).toMatch(
      /^Deel de enquête met de Adviesraad via het formulier/,
    );
    expect({ row: await row(surveyId), versions: await versions(surveyId) }).toEqual(before);
    expect(await listSurveyTimeline(surveyId)).toEqual([]);
  });

  it("refuses an unknown survey, and anyone but staff", async () => {
    expect(await refusal(transitionSurvey({ surveyId: 999_999, to: "open", expectedRevision: 1 }))).toMatch(
      /^Deze enquête bestaat niet/,
    );
    const { surveyId } = await survey("open");
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAsUser(await account(role, `Lid ${role}`));
      expect(await refusal(transitionSurvey({ surveyId, to: "closed", expectedRevision: 1 }))).toBe(
        "authorization:forbidden",
      );
    }
    signOut();
    expect(await refusal(transitionSurvey({ surveyId, to: "closed", expectedRevision: 1 }))).toBe(
      "authorization:signed-out",
    );
    expect(await row(surveyId)).toMatchObject({ status: "open", revision: 1 });
  });

  it("opening freezes the current version and makes it the one residents answer", async () => {
    const { surveyId, versionId } = await survey("ready", { frozen: false });
    await transitionSurvey({ surveyId, to: "open", expectedRevision: 1 });
    expect(await row(surveyId)).toMatchObject({ status: "open", currentVersionId: versionId });
    expect((await versions(surveyId))[0].frozenAt).toEqual(expect.any(Date));
  });

  it("refuses to open an invalid definition", async () => {
    const broken = structuredClone(definition) as { pages: { questions: { text: string }[] }[] };
    broken.pages[0].questions[0].text = "";
    const { surveyId } = await survey("ready", { definition: broken, frozen: false });
    expect(await refusal(transitionSurvey({ surveyId, to: "open", expectedRevision: 1 }))).toBe(
      "Er is nog 1 probleem in de vragenlijst. Los dit eerst op in de editor.",
    );
    expect((await row(surveyId)).status).toBe("ready");
  });

  it("back to concept from review: closes the review round and starts a new draft copied from the frozen version", async () => {
    const { surveyId, versionId } = await survey("in_review");
    await openReviewRound(surveyId, versionId, new Date(Date.now() + 86_400_000));
    const result = await transitionSurvey({ surveyId, to: "concept", expectedRevision: 1 });
    const [v1, v2] = await versions(surveyId);
    expect(result.draftVersionId).toBe(v2.id);
    expect(v2).toMatchObject({ number: 2, frozenAt: null, definition: v1.definition });
    expect(v1.frozenAt).toEqual(expect.any(Date));
    expect(await row(surveyId)).toMatchObject({ status: "concept", currentVersionId: v2.id });
    const rounds = await getDb()
      .select({ closedAt: reviewRounds.closedAt })
      .from(reviewRounds)
      .where(eq(reviewRounds.surveyId, surveyId));
    expect(rounds).toEqual([{ closedAt: expect.any(Date) }]);

    // The version list tells which version was shared, and which one is being edited.
    const list = await listSurveyVersions(surveyId);
    expect(list?.map((v) => [v.number, v.isCurrent, v.sharedAt.length, v.frozenAt === null])).toEqual([
      [2, true, 0, true],
      [1, false, 1, false],
    ]);
  });

  it("walks open → closed → open → closed", async () => {
    const { surveyId } = await survey("open");
    let revision = 1;
    for (const to of ["closed", "open", "closed"] as const) {
      revision = (await transitionSurvey({ surveyId, to, expectedRevision: revision })).revision;
    }
    expect(await row(surveyId)).toMatchObject({ status: "closed", revision: 4 });
    const steps = (await listSurveyTimeline(surveyId)).map((e) => e.details?.transition);
    expect(steps).toEqual(["close", "reopen", "close"]);
  });

  it("leaves publishing and withdrawing to the publication, which stores the published snapshot", async () => {
    const { surveyId } = await survey("closed");
    expect(await refusal(transitionSurvey({ surveyId, to: "published", expectedRevision: 1 }))).toMatch(
      /^Resultaten publiceren of intrekken gaat via de pagina ‘Resultaten publiceren’/,
    );
    const published = await survey("published");
    expect(
      await refusal(transitionSurvey({ surveyId: published.surveyId, to: "closed", expectedRevision: 1 })),
    ).toMatch(/^Resultaten publiceren of intrekken/);
    expect(await row(surveyId)).toMatchObject({ status: "closed", revision: 1 });
    expect(await row(published.surveyId)).toMatchObject({ status: "published", revision: 1 });
  });
});

describe("getVersionForViewer", () => {
  it("shows staff any version, an Adviesraad member only a shared one, and refuses other roles", async () => {
    const { surveyId, versionId } = await survey("in_review");
    const other = await survey("concept");
    expect((await getVersionForViewer(surveyId, versionId))?.number).toBe(1);
    // Scoped by the survey: another survey's id does not reach this version.
    expect(await getVersionForViewer(other.surveyId, versionId)).toBeUndefined();

    await signInAsUser(await account("adviesraad", "Ada Adviesraad"));
    expect(await getVersionForViewer(surveyId, versionId)).toBeUndefined();
    expect(await getVersionForViewer(other.surveyId, other.versionId)).toBeUndefined();
    await openReviewRound(surveyId, versionId, new Date());
    expect(await getVersionForViewer(surveyId, versionId)).toMatchObject({
      number: 1,
      definition: { title: "Afval in de wijk" },
    });

    await signInAsUser(await account("panel", "Piet Panel"));
    expect(await refusal(getVersionForViewer(surveyId, versionId))).toBe("authorization:forbidden");
    signOut();
    expect(await refusal(getVersionForViewer(surveyId, versionId))).toBe("authorization:signed-out");
  });
});
