import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
setUpTempDatabase("survey-concepts");

import { AuthorizationError, type InputError } from "@/lib/accounts/errors";
import { InvalidDefinitionError } from "@/lib/surveys/builder/save-errors";
import { errorOf } from "@/lib/testing/error-of";
import { signOut } from "@/lib/testing/signed-in";
import { createSurvey, deleteSurvey, duplicateSurvey, importAsNewSurvey } from "./survey-concepts";
import { getSurveyDraft, getWorkingDefinition, saveDraft } from "./survey-drafts";
import {
  addResponse,
  auditOf,
  definition,
  freezeVersions,
  signInAs,
  surveyExists,
  surveyRow,
} from "./survey-drafts-test-support";

beforeEach(() => {
  signOut();
});

describe("duplicating, importing and deleting", () => {
  it("duplicates the working definition into a new concept with a free slug", async () => {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: "bron", definition: definition() });
    const copy = await duplicateSurvey({ surveyId: id, title: "Kopie van Wonen", slug: "bron" });
    expect(copy.slug).toBe("bron-2");
    expect(await surveyRow(copy.id)).toMatchObject({
      title: "Kopie van Wonen",
      status: "concept",
      revision: 1,
    });
    expect((await getWorkingDefinition(copy.id))?.definition.pages).toEqual(definition().pages);
    expect((await auditOf(copy.id))[0].details).toMatchObject({ from: id });
  });

  it("imports a definition as a new concept", async () => {
    await signInAs("staff");
    const imported = await importAsNewSurvey({
      definition: definition("Geïmporteerd"),
      slug: "geimporteerd",
    });
    expect(await surveyRow(imported.id)).toMatchObject({ slug: "geimporteerd", status: "concept" });
    expect(await errorOf(importAsNewSurvey({ definition: { title: "" }, slug: "x" }))).toBeInstanceOf(
      InvalidDefinitionError,
    );
  });

  it("deletes only a concept that never left concept and was never answered", async () => {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: "weg", definition: definition() });
    expect(await deleteSurvey(id)).toEqual({ title: "Wonen in de wijk" });
    expect(await surveyExists(id)).toBe(false);
    expect((await auditOf(id)).at(-1)?.action).toBe("survey.deleted");

    const shared = await createSurvey({ slug: "was-gedeeld", definition: definition() });
    await freezeVersions(shared.id);
    const answered = await createSurvey({ slug: "beantwoord", definition: definition() });
    await addResponse(answered.id);
    for (const surveyId of [shared.id, answered.id]) {
      const error = await errorOf(deleteSurvey(surveyId));
      expect((error as InputError).formError).toBe("builder.errors.deleteRefused");
      expect(await surveyRow(surveyId)).toBeDefined();
    }
  });
});

describe("who may", () => {
  it("refuses an adviesraad member and a visitor, and changes nothing", async () => {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: "alleen-staf", definition: definition() });
    await signInAs("adviesraad");
    const asMember = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: "alleen-staf", definition: definition("Gehackt") }),
    );
    expect(asMember).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(getSurveyDraft(id))).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(deleteSurvey(id))).toBeInstanceOf(AuthorizationError);
    signOut();
    expect(await errorOf(createSurvey({ slug: "anoniem", definition: definition() }))).toBeInstanceOf(
      AuthorizationError,
    );
    expect(await surveyRow(id)).toMatchObject({ title: "Wonen in de wijk", revision: 1 });
  });
});
