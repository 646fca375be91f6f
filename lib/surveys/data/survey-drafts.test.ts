import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
setUpTempDatabase("survey-drafts");

import type { InputError } from "@/lib/accounts/errors";
import {
  type BlockedEditError,
  DraftConflictError,
  InvalidDefinitionError,
} from "@/lib/surveys/builder/save-errors";
import { errorOf } from "@/lib/testing/error-of";
import { signOut } from "@/lib/testing/signed-in";
import { createSurvey } from "./survey-concepts";
import { getSurveyDraft, saveDraft } from "./survey-drafts";
import {
  actAs,
  addResponse,
  auditOf,
  currentVersionNumber,
  definition,
  freezeVersions,
  seq,
  setStatus,
  signInAs,
  surveyRow,
  versionsOf,
} from "./survey-drafts-test-support";

beforeEach(() => {
  signOut();
});

describe("creating and saving a draft", () => {
  it("creates a concept with version 1 and saves changes into that version in place", async () => {
    const staff = await signInAs("staff");
    const { id } = await createSurvey({ slug: "wonen", definition: definition() });
    expect(await surveyRow(id)).toMatchObject({
      slug: "wonen",
      title: "Wonen in de wijk",
      status: "concept",
      revision: 1,
    });
    const draft = await getSurveyDraft(id);
    expect(draft).toMatchObject({
      revision: 1,
      version: { number: 1, frozen: false },
      idsEditable: true,
      slugEditable: true,
    });
    expect(draft?.lastChange?.by).toBe(staff.name);

    const result = await saveDraft({
      surveyId: id,
      revision: 1,
      slug: "wonen-2027",
      definition: definition("Wonen 2027"),
    });
    expect(result).toEqual({ changed: true, revision: 2, versionNumber: 1, newVersion: false });
    expect(await surveyRow(id)).toMatchObject({ slug: "wonen-2027", title: "Wonen 2027", revision: 2 });
    expect(await versionsOf(id)).toEqual([{ number: 1, frozen: false, title: "Wonen 2027" }]);
    expect((await auditOf(id)).map((a) => [a.action, a.actorId])).toEqual([
      ["survey.created", staff.id],
      ["survey.draft_saved", staff.id],
    ]);
    expect((await auditOf(id))[1].details).toMatchObject({
      revision: 2,
      version: 1,
      slug: { from: "wonen", to: "wonen-2027" },
    });
  });

  it("changes nothing for a save without changes", async () => {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: "ongewijzigd", definition: definition() });
    expect(
      await saveDraft({ surveyId: id, revision: 1, slug: "ongewijzigd", definition: definition() }),
    ).toMatchObject({
      changed: false,
      revision: 1,
    });
    expect(await auditOf(id)).toHaveLength(1);
  });

  it("refuses the later of two saves from the same revision, naming who saved first", async () => {
    const first = await signInAs("staff", "Fatima de Vries");
    const { id } = await createSurvey({ slug: "tegelijk", definition: definition() });
    const second = await signInAs("admin", "Bram Jansen");
    // Both opened revision 1; Fatima saves first.
    await actAs(first);
    await saveDraft({ surveyId: id, revision: 1, slug: "tegelijk", definition: definition("Van Fatima") });
    await actAs(second);
    const error = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: "tegelijk", definition: definition("Van Bram") }),
    );
    expect(error).toBeInstanceOf(DraftConflictError);
    expect((error as DraftConflictError).by).toBe("Fatima de Vries");
    expect(await versionsOf(id)).toEqual([{ number: 1, frozen: false, title: "Van Fatima" }]);
    expect((await surveyRow(id)).revision).toBe(2);
    // After reloading (revision 2) Bram's save goes through.
    await saveDraft({ surveyId: id, revision: 2, slug: "tegelijk", definition: definition("Van Bram") });
    expect(await surveyRow(id)).toMatchObject({ title: "Van Bram", revision: 3 });
  });

  it("writes the next version when the working version is frozen, and makes it current", async () => {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: "gedeeld", definition: definition() });
    await freezeVersions(id);
    await setStatus(id, "in_review");
    const result = await saveDraft({
      surveyId: id,
      revision: 1,
      slug: "gedeeld",
      definition: definition("Herzien"),
    });
    expect(result).toEqual({ changed: true, revision: 2, versionNumber: 2, newVersion: true });
    expect(await versionsOf(id)).toEqual([
      { number: 1, frozen: true, title: "Wonen in de wijk" },
      { number: 2, frozen: false, title: "Herzien" },
    ]);
    expect(await currentVersionNumber(id)).toBe(2);
    // The next save changes version 2 in place.
    await saveDraft({ surveyId: id, revision: 2, slug: "gedeeld", definition: definition("Herzien, twee") });
    expect((await versionsOf(id)).map((v) => v.title)).toEqual(["Wonen in de wijk", "Herzien, twee"]);
  });

  it("refuses an invalid definition, a taken slug and edits to a closed survey", async () => {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: "regels", definition: definition() });
    await createSurvey({ slug: "bezet", definition: definition() });
    const invalid = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: "regels", definition: { ...definition(), pages: [] } }),
    );
    expect(invalid).toBeInstanceOf(InvalidDefinitionError);
    expect((invalid as InvalidDefinitionError).errors).toEqual(["survey: pages needs at least one page"]);
    const taken = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: "bezet", definition: definition() }),
    );
    expect((taken as InputError).fieldErrors).toEqual({ slug: ["builder.errors.slugTaken"] });
    await setStatus(id, "closed");
    const closed = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: "regels", definition: definition("Te laat") }),
    );
    expect((closed as InputError).formError).toBe("builder.errors.notEditable");
    expect((await surveyRow(id)).revision).toBe(1);
  });
});

describe("an open survey with answers", () => {
  async function openSurveyWithAnswer() {
    await signInAs("staff");
    const { id } = await createSurvey({ slug: `open-${seq}`, definition: definition() });
    await freezeVersions(id);
    await setStatus(id, "open");
    await addResponse(id);
    return id;
  }

  it("refuses removing a question or an option, and changes nothing", async () => {
    const id = await openSurveyWithAnswer();
    const withoutQuestion = definition();
    withoutQuestion.pages[0].questions.pop();
    const removed = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: `open-${seq}`, definition: withoutQuestion }),
    );
    expect((removed as BlockedEditError).changes).toMatchObject([
      { code: "question_removed", questionId: "age" },
    ]);
    const withoutOption = definition();
    (withoutOption.pages[0].questions[0] as { options: unknown[] }).options.pop();
    const option = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: `open-${seq}`, definition: withoutOption }),
    );
    expect((option as BlockedEditError).changes).toMatchObject([{ code: "option_removed", from: "x" }]);
    expect(await versionsOf(id)).toHaveLength(1);
    expect((await surveyRow(id)).revision).toBe(1);
  });

  it("accepts a wording change as a new frozen version that residents answer from now on", async () => {
    const id = await openSurveyWithAnswer();
    const reworded = definition();
    reworded.pages[0].questions[1].text = "Wat is uw leeftijd?";
    const result = await saveDraft({ surveyId: id, revision: 1, slug: `open-${seq}`, definition: reworded });
    expect(result).toMatchObject({ versionNumber: 2, newVersion: true });
    expect((await versionsOf(id)).map((v) => [v.number, v.frozen])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(await currentVersionNumber(id)).toBe(2);
  });

  it("keeps the slug of an opened survey", async () => {
    const id = await openSurveyWithAnswer();
    const refused = await errorOf(
      saveDraft({ surveyId: id, revision: 1, slug: "nieuw-adres", definition: definition() }),
    );
    expect((refused as InputError).fieldErrors).toEqual({ slug: ["builder.errors.slugLocked"] });
    expect((await getSurveyDraft(id))?.idsEditable).toBe(false);
  });
});
