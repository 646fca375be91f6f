import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { chooseVerdicts, expectReasonRequired, expectResponsePerPoint } from "./support/advice-response";
import { expectFirstPointLinked, linkPointOneTo, openShareWithAdviesraad } from "./support/adviesraad-advice";
import { demo, logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_DB_FILE, queryE2eDb } from "./support/db";
import { dutchDateIn } from "./support/dutch-date";
import { importSurveyCopy } from "./support/operator-cli";
import { openServerRendered } from "./support/server-rendered";

// The review by the Adviesraad Sociaal Domein: staff share a draft with a deadline, a member
// comments and replies, the Adviesraad submits advice, staff resolve the thread and answer every
// point (reasons required where advice is not followed), and the member reads the response.
// Then the server refuses, by direct POST, what the pages do not offer.
//
// The journey shares a copy of the concept demo survey (mantelzorg-2026, exported and imported
// under its own slug and title): survey-lifecycle.spec.ts runs later against the same server and
// expects mantelzorg-2026 itself untouched. The original stays unshared, which the refusals use.

test.describe.configure({ mode: "serial" });

const SLUG = "mantelzorg-2026-review";
const TITLE = "Mantelzorg in Oosterhout (review)";
const UNSHARED_SLUG = "mantelzorg-2026";
const UNSHARED_TITLE = "Mantelzorg in Oosterhout (concept)";

const POINT_1 = "Vraag ook hoeveel uur per week mensen zorgen in een gewone week en in een drukke week.";
const POINT_2 = "Leg uit wat ‘vervangende zorg’ is. Niet iedereen kent dat woord.";
const POINT_3 = "Vraag naar het inkomen van de mantelzorger.";
const REASON_2 = "We leggen het woord uit in de vraag, maar houden één vraag over de uren.";
const REASON_3 = "Inkomen vragen we niet: dat is niet nodig voor dit doel (dataminimalisatie, AVG).";

/** The form's error summary (Next's route announcer is an alert too, so ask by name). */
const errorSummary = (page: Page) => page.getByRole("alert", { name: "Er ging iets mis" });

// --- the database, read-only -------------------------------------------------------------------

const query = queryE2eDb;

const surveyBySlug = (slug: string) =>
  query<{ id: number; status: string; revision: number; versionId: number }>(
    "select id, status, revision, current_version_id as versionId from surveys where slug = ?",
    slug,
  )[0];
const outbox = (template: string) =>
  query<{ to: string; subject: string }>(
    'select to_address as "to", subject from mail_outbox where template = ? order by id',
    template,
  );
const auditActions = (surveyId: number) =>
  query<{ action: string }>(
    "select action from audit_log where subject_type = 'survey' and subject_id = ? order by id",
    String(surveyId),
  ).map((row) => row.action);
/** This spec's survey's advice, and the response to it (the demo holds other surveys' advice). */
const OWN_ADVICE = "from advice where survey_id = (select id from surveys where slug = ?)";
const OWN_RESPONSE = `from advice_responses where advice_id in (select id ${OWN_ADVICE})`;
/** Everything the review can change, to compare before and after a refused request. */
const reviewState = () => ({
  comments: query("select * from review_comments order by id"),
  advice: query("select * from advice order by id"),
  points: query("select * from advice_points order by id"),
  responses: query("select * from advice_responses order by id"),
  answers: query("select * from advice_response_points order by id"),
  rounds: query("select * from review_rounds order by id"),
});

// --- setup -------------------------------------------------------------------------------------

/**
 * A copy of the concept demo survey, made through the operator CLI (export, import) under its own
 * slug and title. Returns its id.
 */
function importCopy(slug: string, title: string): number {
  if (!surveyBySlug(slug)) importSurveyCopy(UNSHARED_SLUG, slug, (definition) => ({ ...definition, title }));
  return surveyBySlug(slug).id;
}

/** A signed-in page of its own (a fresh browser context), for a second person in one test. */
async function signedIn(browser: Browser, role: "staff" | "adviesraad"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logInAs(page, role);
  return page;
}

// --- replaying forms ---------------------------------------------------------------------------

/**
 * The fields a form posts, as the server rendered them for this signed-in user (read in a copy of
 * the page without JavaScript, where React's action fields stay in place).
 */
async function serverFormFields(
  page: Page,
  browser: Browser,
  pagePath: string,
  formSelector: string,
): Promise<Record<string, string>> {
  const copy = await openServerRendered(page, browser, pagePath);
  try {
    const form = copy.locator(formSelector).first();
    const fields = await form.locator("input, textarea, select").evaluateAll((elements) =>
      elements
        .filter((el) => {
          const input = el as HTMLInputElement;
          return input.name && !((input.type === "checkbox" || input.type === "radio") && !input.checked);
        })
        .map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value] as const),
    );
    const result: Record<string, string> = Object.fromEntries(fields);
    const named = Object.keys(result).some(
      (n) => n.startsWith("$ACTION_ID_") || n.startsWith("$ACTION_REF_"),
    );
    expect(named, `form ${formSelector} carries its server action id`).toBe(true);
    return result;
  } finally {
    await copy.context().close();
  }
}

/** Posts a replayed form straight to the server, as a browser without JavaScript would. */
async function replay(page: Page, pagePath: string, fields: Record<string, string>) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(pagePath, { multipart: fields, headers: { Origin: origin } });
  expect(response.status(), `POST ${pagePath} answers without a server error`).toBeLessThan(500);
  return response;
}

// State carried from one step of the journey to the next.
const journey = {
  surveyId: 0,
  unsharedId: 0,
  adviceFields: {} as Record<string, string>,
  responseFields: {} as Record<string, string>,
};

// --- the journey -------------------------------------------------------------------------------

test("staff share the draft with the Adviesraad, with a deadline", async ({ page }) => {
  journey.surveyId = importCopy(SLUG, TITLE);
  journey.unsharedId = surveyBySlug(UNSHARED_SLUG).id;
  const mailsBefore = outbox("review_shared").length;
  await logInAs(page, "staff");
  await page.getByRole("link", { name: TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await openShareWithAdviesraad(page, journey.surveyId, TITLE);

  // No date: the error summary says so and takes focus; the field is marked required.
  const deadline = page.getByLabel("Advies graag vóór het einde van");
  await expect(page.locator('label[for="share-deadline"]')).toContainText("(verplicht)");
  await page.getByRole("button", { name: "Delen met de Adviesraad" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link")).toHaveText([
    "Kies de datum waarop het advies binnen moet zijn.",
  ]);
  await expectNoAxeViolations(page);
  // A date in the past is refused too.
  await deadline.fill(dutchDateIn(-2));
  await page.getByRole("button", { name: "Delen met de Adviesraad" }).click();
  await expect(errorSummary(page).getByRole("link")).toHaveText(["Kies een datum na vandaag."]);
  expect(surveyBySlug(SLUG).status).toBe("concept");

  await deadline.fill(dutchDateIn(21));
  await page.getByRole("button", { name: "Delen met de Adviesraad" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De enquête is gedeeld met de Adviesraad." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("table", { name: /Reviewrondes/ }).getByRole("rowheader")).toHaveText([
    "Ronde 1",
  ]);

  expect(surveyBySlug(SLUG).status).toBe("in_review");
  const frozen = query<{ frozenAt: number | null }>(
    "select frozen_at as frozenAt from survey_versions where id = ?",
    surveyBySlug(SLUG).versionId,
  )[0];
  expect(frozen.frozenAt).not.toBeNull();
  const mails = outbox("review_shared").slice(mailsBefore);
  expect(mails.map((m) => m.to)).toContain(demo("adviesraad").email);
  expect(mails.map((m) => m.to)).not.toContain(demo("staff").email);
  expect(auditActions(journey.surveyId)).toContain("survey.shared_for_review");
});

test("an Adviesraad member finds the draft, comments on a question and replies", async ({ page }) => {
  await logInAs(page, "adviesraad");
  // Members land on their own area, linked from the header.
  await expect(page).toHaveURL(/\/adviesraad$/);
  await expect(
    page.getByRole("navigation", { name: "Uw account" }).getByRole("link", { name: "Adviesraad" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Concepten voor de Adviesraad" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Only the shared draft is listed; the unshared concept is not.
  await expect(page.getByRole("link", { name: UNSHARED_TITLE })).toHaveCount(0);
  await page.getByRole("link", { name: TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // The draft reads as a document: questions numbered, with their answers, no form controls.
  const question2 = page.locator("#vraag-uren-per-week");
  await expect(question2.getByRole("heading", { level: 3 })).toHaveText(
    "Vraag 2 Hoeveel uur per week zorgt u ongeveer?",
  );
  await expect(page.locator("#vraag-zorgt-voor")).toContainText("Mijn vader of moeder");
  await expect(page.locator("#vraag-zorgt-voor")).toContainText("Anders, namelijk …");
  await expect(page.getByRole("spinbutton")).toHaveCount(0);

  // An empty comment is refused in the browser with the shared schema.
  await question2.getByText("Schrijf een opmerking over vraag 2").click();
  await question2.getByRole("button", { name: "Plaats opmerking" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link")).toHaveText(["Schrijf uw opmerking."]);
  await expectNoAxeViolations(page);
  await question2
    .getByLabel("Uw opmerking over vraag 2")
    .fill("Het aantal uren wisselt vaak per week. Hoe vult iemand dit in?");
  await question2.getByRole("button", { name: "Plaats opmerking" }).click();
  await expect(question2.getByRole("status")).toHaveText("Uw opmerking is geplaatst.");
  const thread = question2.getByRole("article", {
    name: `Opmerking van ${demo("adviesraad").name} over vraag 2`,
  });
  await expect(thread).toContainText("Het aantal uren wisselt vaak per week.");
  await expect(question2).toContainText("1 opmerking");
  await expectNoAxeViolations(page);

  // A comment on the survey as a whole.
  const whole = page.getByRole("region", { name: "Opmerkingen over de hele vragenlijst" });
  await whole.getByText("Schrijf een opmerking over de hele vragenlijst").click();
  await whole.getByLabel("Uw opmerking over de hele vragenlijst").fill("Fijn dat de vragenlijst kort is.");
  await whole.getByRole("button", { name: "Plaats opmerking" }).click();
  await expect(whole.getByRole("article")).toContainText("Fijn dat de vragenlijst kort is.");

  // A reply in the thread.
  await thread.getByText("Reageer op deze opmerking").click();
  await thread.getByLabel("Uw reactie").fill("Misschien helpt een voorbeeld onder de vraag.");
  await thread.getByRole("button", { name: "Plaats reactie" }).click();
  await expect(thread.getByRole("list", { name: "Reacties" })).toContainText("Misschien helpt een voorbeeld");
  await expectNoAxeViolations(page);
  expect(auditActions(journey.surveyId)).toEqual(
    expect.arrayContaining(["review.comment_added", "review.reply_added"]),
  );
});

test("the Adviesraad submits advice with three points, one linked to a question", async ({
  page,
  browser,
}) => {
  const mailsBefore = outbox("advice_submitted").length;
  await logInAs(page, "adviesraad");
  await page.goto(`/adviesraad/surveys/${journey.surveyId}`);
  await page.getByRole("link", { name: "Schrijf het advies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Advies schrijven: ${TITLE}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Submitting an empty form names every problem at once.
  await page.getByRole("button", { name: "Advies indienen" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link")).toHaveText([
    "Schrijf een inleiding voordat u het advies indient.",
    "Schrijf de tekst van dit punt, of haal het punt weg.",
  ]);
  await expectNoAxeViolations(page);
  await errorSummary(page)
    .getByRole("link", { name: "Schrijf een inleiding voordat u het advies indient." })
    .click();
  await expect(page.getByLabel("Inleiding")).toBeFocused();

  await page
    .getByLabel("Inleiding")
    .fill("De Adviesraad heeft de vragenlijst besproken met de klankbordgroep.");
  await page.getByLabel("Tekst van punt 1").fill(POINT_3);
  await page.getByRole("button", { name: "Punt toevoegen" }).click();
  await expect(page.getByLabel("Tekst van punt 2")).toBeFocused();
  await page.keyboard.type(POINT_1);
  await page.getByRole("button", { name: "Punt toevoegen" }).click();
  await page.getByLabel("Tekst van punt 3").fill(POINT_2);
  // Reorder with the buttons: the first point goes to the end.
  await page.getByRole("button", { name: "Omlaag (Punt 1)" }).click();
  await page.getByRole("button", { name: "Omlaag (Punt 2)" }).click();
  await expect(page.getByLabel("Tekst van punt 1")).toHaveValue(POINT_1);
  await expect(page.getByLabel("Tekst van punt 2")).toHaveValue(POINT_2);
  await expect(page.getByLabel("Tekst van punt 3")).toHaveValue(POINT_3);
  await expect(page.getByRole("status").filter({ hasText: "Punt 2 is nu punt 3." })).toHaveCount(1);
  // A fourth point, removed again.
  await page.getByRole("button", { name: "Punt toevoegen" }).click();
  await page.getByRole("button", { name: "Weghalen (Punt 4)" }).click();
  await expect(page.getByLabel("Tekst van punt 4")).toHaveCount(0);
  // Point 1 is about question 2.
  await linkPointOneTo(page, "Vraag 2: Hoeveel uur per week zorgt u ongeveer?");

  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het concept is opgeslagen." })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(query<{ status: string }>(`select status ${OWN_ADVICE}`, SLUG)[0]?.status).toBe("draft");

  // The saved draft, as the server renders it: kept for the replay by staff further on.
  journey.adviceFields = await serverFormFields(
    page,
    browser,
    `/adviesraad/surveys/${journey.surveyId}/advies`,
    'form[data-form="advice"]',
  );
  expect(journey.adviceFields["points.0.body"]).toBe(POINT_1);
  expect(journey.adviceFields["points.0.questionIds"]).toBe("uren-per-week");
  // Positive control for the refused replays further on: the member's own replay is a real save.
  const savedAt = () => query<{ at: number }>(`select updated_at as at ${OWN_ADVICE}`, SLUG)[0].at;
  const before = savedAt();
  await replay(page, `/adviesraad/surveys/${journey.surveyId}/advies`, {
    ...journey.adviceFields,
    intent: "save",
  });
  expect(savedAt()).toBeGreaterThan(before);
  // The open form still names the older save: submitting from it is refused, nothing overwritten.
  await page.getByRole("button", { name: "Advies indienen" }).click();
  await expect(errorSummary(page)).toContainText(
    "Een ander lid van de Adviesraad heeft het advies net veranderd.",
  );
  expect(query<{ status: string }>(`select status ${OWN_ADVICE}`, SLUG)[0]?.status).toBe("draft");
  await page.reload();

  await page.getByRole("button", { name: "Advies indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het advies is ingediend." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Advies over: ${TITLE}` })).toBeVisible();
  await expect(
    page.getByText(/Advies van de Adviesraad Sociaal Domein, ingediend op .* door Demo Adviesraad\./),
  ).toBeVisible();
  await expectFirstPointLinked(page, POINT_1, "Vraag 2: Hoeveel uur per week zorgt u ongeveer?");
  const points = page.locator(".advice-doc__points > li");
  await expect(points.nth(2)).toContainText("Dit punt gaat over de hele vragenlijst.");
  await expect(page.getByText("Te laat ingediend")).toHaveCount(0);
  await expectNoAxeViolations(page);

  expect(query<{ status: string; late: number }>(`select status, late ${OWN_ADVICE}`, SLUG)[0]).toEqual({
    status: "submitted",
    late: 0,
  });
  const mails = outbox("advice_submitted").slice(mailsBefore);
  expect(mails.map((m) => m.to)).toContain(demo("staff").email);
  expect(mails.map((m) => m.to)).not.toContain(demo("adviesraad").email);
  expect(auditActions(journey.surveyId)).toContain("advice.submitted");
});

test("staff resolve the thread and answer every point; 'niet overgenomen' needs a reason", async ({
  page,
  browser,
}) => {
  const mailsBefore = outbox("response_finalized").length;
  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${journey.surveyId}/review`);
  await expectNoAxeViolations(page);

  // The member's thread on question 2, with its reply; staff reply and mark it resolved.
  const question2 = page.locator("#vraag-uren-per-week");
  const thread = question2.getByRole("article", {
    name: `Opmerking van ${demo("adviesraad").name} over vraag 2`,
  });
  await expect(thread).toContainText("Het aantal uren wisselt vaak per week.");
  await expect(thread.getByRole("list", { name: "Reacties" })).toContainText("Misschien helpt een voorbeeld");
  await expect(page.getByRole("button", { name: "Plaats opmerking" })).toHaveCount(0);
  await thread.getByText("Reageer op deze opmerking").click();
  await thread.getByLabel("Uw reactie").fill("Goed punt: we zetten een voorbeeld onder de vraag.");
  await thread.getByRole("button", { name: "Plaats reactie" }).click();
  await expect(thread.getByRole("list", { name: "Reacties" })).toContainText("(gemeente)");
  await thread.getByRole("button", { name: /Markeer als afgehandeld/ }).click();
  await expect(thread).toContainText(`Afgehandeld door ${demo("staff").name}`);
  await expect(thread.getByRole("button", { name: /Weer openzetten/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(auditActions(journey.surveyId)).toContain("review.thread_resolved");

  // The advice, from the rounds table.
  await page.getByRole("link", { name: "Beantwoord het advies (ronde 1)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Advies en reactie: ${TITLE}` })).toBeVisible();
  await expectNoAxeViolations(page);

  await chooseVerdicts(page, { handledIn: 1, partlyReason: REASON_2 });
  await expect(page.locator('label[for="response-point-2-explanation"]')).toContainText(
    "(verplicht bij deels of niet overgenomen)",
  );

  // Without a reason for "niet overgenomen" the form refuses, in the browser.
  await expectReasonRequired(page);
  expect(query(`select * ${OWN_RESPONSE}`, SLUG)).toEqual([]);

  // Saved as a draft (with the reason still missing it is refused as well, so write it first).
  await page.getByLabel("Uitleg bij punt 3").fill(REASON_3);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Het concept van de reactie is opgeslagen." }),
  ).toBeVisible();
  expect(query<{ status: string }>(`select status ${OWN_RESPONSE}`, SLUG)[0]?.status).toBe("draft");

  // The draft form as the server renders it, kept for replays: an Adviesraad member finalizing
  // it now, and staff changing it after it is final.
  journey.responseFields = await serverFormFields(
    page,
    browser,
    page.url().replace(new URL(page.url()).origin, ""),
    'form[data-form="response"]',
  );
  expect(journey.responseFields["points.2.verdict"]).toBe("niet_overgenomen");
  expect(journey.responseFields["points.2.explanation"]).toBe(REASON_3);

  await page.getByRole("button", { name: "Reactie definitief maken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De reactie is definitief." })).toBeVisible();
  const points = page.locator(".advice-doc__points > li");
  await expect(points).toHaveCount(3);
  await expect(
    points.nth(2).getByRole("region", { name: "Reactie van de gemeente op punt 3" }),
  ).toContainText(`Niet overgenomen${REASON_3}`);
  await expect(page.getByRole("button", { name: "Reactie definitief maken" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  expect(query<{ status: string }>(`select status ${OWN_RESPONSE}`, SLUG)[0]?.status).toBe("final");
  const mails = outbox("response_finalized").slice(mailsBefore);
  expect(mails.map((m) => m.to)).toContain(demo("adviesraad").email);
  expect(mails.map((m) => m.to)).not.toContain(demo("staff").email);
  expect(auditActions(journey.surveyId)).toContain("advice_response.finalized");
});

test("the Adviesraad member reads the response beside each point", async ({ page }) => {
  await logInAs(page, "adviesraad");
  // This survey's card (the demo's 2025 edition has a final response too).
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: TITLE, exact: true }) });
  await expect(card.getByText("De reactie van de gemeente is klaar.")).toBeVisible();
  await card.getByRole("link", { name: TITLE, exact: true }).click();
  await page.getByRole("link", { name: "Bekijk het advies en de reactie van de gemeente" }).click();
  await expectResponsePerPoint(page, [POINT_1, POINT_2, POINT_3], 1, [REASON_2, REASON_3]);

  // The resolved thread shows as such to the member too.
  await page.goto(`/adviesraad/surveys/${journey.surveyId}`);
  await expect(page.locator("#vraag-uren-per-week")).toContainText(`Afgehandeld door ${demo("staff").name}`);
  await expectNoAxeViolations(page);
});

// --- the server refuses what the pages do not offer --------------------------------------------

test("an Adviesraad member cannot read or comment on a draft that was not shared", async ({
  page,
  browser,
}) => {
  await logInAs(page, "adviesraad");
  // Reading: "not found", word for word as for a survey that does not exist.
  const unshared = await page.goto(`/adviesraad/surveys/${journey.unsharedId}`);
  expect(unshared?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByText(UNSHARED_TITLE)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const unsharedText = await page.getByRole("main").textContent();
  const missing = await page.goto("/adviesraad/surveys/999999");
  expect(missing?.status()).toBe(404);
  expect(await page.getByRole("main").textContent()).toBe(unsharedText);
  expect((await page.goto(`/adviesraad/surveys/${journey.unsharedId}/advies`))?.status()).toBe(404);

  // Commenting: the comment form of the shared draft, replayed with the unshared survey's ids.
  const sharedPath = `/adviesraad/surveys/${journey.surveyId}`;
  const fields = await serverFormFields(page, browser, sharedPath, 'form[data-form="comment"]');
  const unsharedVersion = surveyBySlug(UNSHARED_SLUG).versionId;
  const before = reviewState();
  for (const questionId of ["", "zwaarte"]) {
    const response = await replay(page, `/adviesraad/surveys/${journey.unsharedId}`, {
      ...fields,
      surveyId: String(journey.unsharedId),
      versionId: String(unsharedVersion),
      questionId,
      body: "Mag ik hier ook iets van vinden?",
    });
    expect(await response.text()).not.toContain(UNSHARED_TITLE);
  }
  expect(reviewState()).toEqual(before);
  expect(query("select * from review_comments where survey_id = ?", journey.unsharedId)).toEqual([]);

  // Positive control: the same replay on the shared draft is a real comment.
  await replay(page, sharedPath, { ...fields, body: "Via een directe POST op het gedeelde concept." });
  expect(query("select * from review_comments where survey_id = ?", journey.surveyId).length).toBe(
    (before.comments as unknown[]).length + 1,
  );
});

test("submitted advice cannot be changed: not by staff, not by the Adviesraad", async ({ browser }) => {
  const adviceAt = `/adviesraad/surveys/${journey.surveyId}/advies`;
  const changed = {
    ...journey.adviceFields,
    introduction: "Door iemand anders herschreven.",
    "points.0.body": "Een ander punt.",
    intent: "submit",
  };
  const before = reviewState();
  for (const role of ["staff", "adviesraad"] as const) {
    const page = await signedIn(browser, role);
    await replay(page, adviceAt, changed);
    await replay(page, adviceAt, { ...changed, intent: "save" });
    expect(reviewState(), `${role}: the advice is unchanged`).toEqual(before);
    await page.context().close();
  }
  const advice = query<{ introduction: string; status: string }>(
    `select introduction, status ${OWN_ADVICE}`,
    SLUG,
  )[0];
  expect(advice).toEqual({
    introduction: "De Adviesraad heeft de vragenlijst besproken met de klankbordgroep.",
    status: "submitted",
  });
});

test("a final response cannot be changed, and the Adviesraad cannot finalize one", async ({ browser }) => {
  const responseAt = `/beheer/surveys/${journey.surveyId}/review/advies`;
  const before = reviewState();

  // Staff replay the response form after it is final.
  const staff = await signedIn(browser, "staff");
  await replay(staff, responseAt, {
    ...journey.responseFields,
    introduction: "Achteraf aangepast.",
    intent: "save",
  });
  await replay(staff, responseAt, {
    ...journey.responseFields,
    "points.2.verdict": "overgenomen",
    intent: "finalize",
  });
  expect(reviewState(), "staff: the final response is unchanged").toEqual(before);

  // A second draft, shared and advised on, whose response nobody has written yet: an Adviesraad
  // member replaying the response form to finalize it is refused; the same replay by staff works.
  const secondId = importCopy(`${SLUG}-2`, `${TITLE} 2`);
  await staff.goto(`/beheer/surveys/${secondId}/review`);
  await staff.getByLabel("Advies graag vóór het einde van").fill(dutchDateIn(10));
  await staff.getByRole("button", { name: "Delen met de Adviesraad" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "De enquête is gedeeld met de Adviesraad." }),
  ).toBeVisible();
  const member = await signedIn(browser, "adviesraad");
  await member.goto(`/adviesraad/surveys/${secondId}/advies`);
  await member.getByLabel("Inleiding").fill("Kort advies.");
  await member.getByLabel("Tekst van punt 1").fill("Een punt.");
  await member.getByRole("button", { name: "Advies indienen" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Het advies is ingediend." })).toBeVisible();
  const adviceId = query<{ id: number }>("select id from advice where survey_id = ?", secondId)[0].id;
  const pointId = query<{ id: number }>("select id from advice_points where advice_id = ?", adviceId)[0].id;
  const attempt: Record<string, string> = {
    ...journey.responseFields,
    surveyId: String(secondId),
    adviceId: String(adviceId),
    baseUpdatedAt: "0",
    "points.0.pointId": String(pointId),
    "points.0.verdict": "overgenomen",
    "points.0.explanation": "",
    "points.0.handledInVersionId": "",
    intent: "finalize",
  };
  for (const key of Object.keys(attempt)) if (/^points\.[1-9]/.test(key)) delete attempt[key];
  const beforeMember = reviewState();
  await replay(member, `/beheer/surveys/${secondId}/review/advies`, attempt);
  expect(reviewState(), "adviesraad: no response was written").toEqual(beforeMember);

  // Positive control: the same replay by staff finalizes it.
  await replay(staff, `/beheer/surveys/${secondId}/review/advies`, attempt);
  expect(
    query<{ status: string }>("select status from advice_responses where advice_id = ?", adviceId),
  ).toEqual([{ status: "final" }]);
  await member.context().close();
  await staff.context().close();
});

// --- a next round --------------------------------------------------------------------------------

test("a second round: the member sees what changed, and earlier threads stay with their question", async ({
  browser,
}) => {
  // Staff take the survey back for revision on its overview (the lifecycle's step).
  const staff = await signedIn(browser, "staff");
  await staff.goto(`/beheer/surveys/${journey.surveyId}`);
  await staff.getByRole("button", { name: "Terug naar concept" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "De enquête is terug in concept." }),
  ).toBeVisible();
  // The new draft is reworded as the builder would (this test is about the review, not editing).
  const draft = surveyBySlug(SLUG);
  const db = new Database(E2E_DB_FILE);
  try {
    const row = db.prepare("select definition from survey_versions where id = ?").get(draft.versionId) as {
      definition: string;
    };
    const definition = JSON.parse(row.definition);
    definition.pages[0].questions[2].text = "Hoe zwaar vindt u de zorg?";
    db.prepare("update survey_versions set definition = ? where id = ?").run(
      JSON.stringify(definition),
      draft.versionId,
    );
  } finally {
    db.close();
  }
  await staff.goto(`/beheer/surveys/${journey.surveyId}/review`);
  await staff.getByLabel("Advies graag vóór het einde van").fill(dutchDateIn(14));
  await staff.getByRole("button", { name: "Delen met de Adviesraad" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "De enquête is gedeeld met de Adviesraad." }),
  ).toBeVisible();
  await expect(staff.getByRole("table", { name: /Reviewrondes/ }).getByRole("rowheader")).toHaveText([
    "Ronde 2",
    "Ronde 1",
  ]);
  await expectNoAxeViolations(staff);
  await staff.context().close();

  const member = await signedIn(browser, "adviesraad");
  await member.goto(`/adviesraad/surveys/${journey.surveyId}`);
  const rounds = member.getByRole("navigation", { name: "Reviewrondes" });
  await expect(rounds.getByRole("link", { name: "Ronde 2 (versie 2)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(
    member.getByRole("heading", { level: 2, name: "Wat is er veranderd sinds versie 1?" }),
  ).toBeVisible();
  await member.getByText("Toon de verschillen met versie 1").click();
  await expect(member.locator(".version-diff")).toContainText("vindt");
  await expect(member.locator("#vraag-zwaarte").getByRole("heading", { level: 3 })).toHaveText(
    "Vraag 3 Hoe zwaar vindt u de zorg?",
  );
  // The thread from round 1 is still beside question 2, marked with its version.
  const earlier = member
    .locator("#vraag-uren-per-week")
    .getByRole("article", { name: `Opmerking van ${demo("adviesraad").name} over vraag 2` });
  await expect(earlier).toContainText("Het aantal uren wisselt vaak per week.");
  await expect(earlier).toContainText("Gemaakt bij versie 1");
  await expectNoAxeViolations(member);

  // Round 1 can still be read, but takes no new comments.
  await rounds.getByRole("link", { name: "Ronde 1 (versie 1)" }).click();
  await expect(member.getByText("Deze reviewronde is gesloten.", { exact: false }).first()).toBeVisible();
  await expect(member.locator('form[data-form="comment"]')).toHaveCount(0);
  await expect(member.locator("#vraag-zwaarte").getByRole("heading", { level: 3 })).toHaveText(
    "Vraag 3 Hoe zwaar is de zorg voor u?",
  );
  await expectNoAxeViolations(member);
  await member.context().close();
});
