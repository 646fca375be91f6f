import { type Browser, expect, type Page, test } from "@playwright/test";
import { chooseVerdicts, expectReasonRequired, expectResponsePerPoint } from "./support/advice-response";
import { expectFirstPointLinked, linkPointOneTo, openShareWithAdviesraad } from "./support/adviesraad-advice";
import { demo, submitLogin } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import {
  buildEveryTypeSurvey,
  logInByKeyboard,
  replaceText,
  saveStatus,
} from "./support/build-survey-by-keyboard";
import { queryE2eDb } from "./support/db";
import { dutchDateIn } from "./support/dutch-date";
import { pressButton } from "./support/keyboard";
import { linkIn, messagesTo, type ReceivedMessage, waitForMessage } from "./support/mailbox";

// The acceptance journey of the review cycle, one connected story: staff build a survey with every
// question type and a condition by keyboard alone and share it with the Adviesraad; the member gets
// the mail through the real SMTP server on loopback, follows its link, comments and submits advice
// with three points; staff get the "advice arrived" mail, revise the survey into a new version, see
// the word-level diff, and answer every point (a reason is required where advice is not followed);
// the member gets the "response is final" mail and reads the response beside each point.
// Every page visited is scanned with axe.

test.describe.configure({ mode: "serial" });

const TITLE = "Zorg en welzijn in de wijk 2027";
const SLUG = "zorg-en-welzijn-in-de-wijk-2027";
const RATING_TEXT = "Welk cijfer geeft u uw buurt?";
const RATING_REVISED = "Welk cijfer geeft u uw eigen buurt?";

const COMMENT = "Bedoelt u de straat, de buurt of de hele wijk? Dat is niet voor iedereen hetzelfde.";
const INTRODUCTION = "De Adviesraad heeft de vragenlijst gelezen en besproken met inwoners uit de wijken.";
const POINT_1 = "Maak bij het cijfer duidelijk dat het om de eigen buurt gaat, niet om de hele gemeente.";
const POINT_2 = "Vraag ook hoe lang mensen al in hun buurt wonen.";
const POINT_3 = "Vraag naar het inkomen van het huishouden.";
const REASON_2 = "We vragen het niet apart, maar de vraag over de wijk laat al zien waar iemand woont.";
const REASON_3 = "Inkomen vragen we niet: dat is niet nodig voor dit onderzoek (dataminimalisatie, AVG).";

const MAIL_SHARED = `Concept van ‘${TITLE}’ klaar voor uw advies`;
const MAIL_ADVICE = `Advies ontvangen over ‘${TITLE}’`;
const MAIL_FINAL = `Reactie van de gemeente op uw advies over ‘${TITLE}’`;

const statusMessage = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

// --- the database, read-only -------------------------------------------------------------------

const query = queryE2eDb;

const surveyRow = () =>
  query<{ id: number; status: string }>("select id, status from surveys where slug = ?", SLUG)[0];
const versions = () =>
  query<{ id: number; number: number; frozen: number }>(
    "select id, number, frozen_at is not null as frozen from survey_versions where survey_id = ? order by number",
    journey.surveyId,
  );
const adviceRow = () =>
  query<{ id: number; status: string; late: number }>(
    "select id, status, late from advice where survey_id = ?",
    journey.surveyId,
  );
const responseRows = () =>
  query<{ status: string }>(
    "select r.status from advice_responses r join advice a on a.id = r.advice_id where a.survey_id = ?",
    journey.surveyId,
  );
/** The outbox rows behind the mails of this journey, to see each was delivered. */
const outboxBySubject = (subject: string) =>
  query<{ to: string; status: string; messageId: string }>(
    'select to_address as "to", status, message_id as messageId from mail_outbox where subject = ?',
    subject,
  );

// --- helpers -----------------------------------------------------------------------------------

/** Checks a received mail: its subject, that its text names the survey, and one link in it. */
async function receive(to: string, subject: string, linkPrefix: string): Promise<[ReceivedMessage, string]> {
  const exact = new RegExp(`^${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const message = await waitForMessage(to, { subject: exact });
  expect(message.subject).toBe(subject);
  expect(message.text).toContain(TITLE);
  return [message, linkIn(message, linkPrefix)];
}

/**
 * Follows a mail's link in a browser that is not signed in: the sign-in page asks first, and
 * returns to the link afterwards.
 */
async function followSignedOut(browser: Browser, link: string, role: "staff" | "adviesraad"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/inloggen\?/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(link);
  await expectNoAxeViolations(page);
  await submitLogin(page, demo(role).email, demo(role).password);
  await expect(page).toHaveURL((url) => url.pathname + url.search === link);
  await expectNoAxeViolations(page);
  return page;
}

// State carried from one step of the journey to the next.
const journey = {
  surveyId: 0,
  ratingId: "",
  ratingNumber: 0,
};

// --- 1. building by keyboard -------------------------------------------------------------------

test("staff build a survey with every question type and a condition, by keyboard alone", async ({ page }) => {
  test.setTimeout(300_000);
  await logInByKeyboard(page, "staff");
  journey.surveyId = await buildEveryTypeSurvey(page, { title: TITLE, slug: SLUG });

  const definition = JSON.parse(
    query<{ definition: string }>(
      "select v.definition from surveys s join survey_versions v on v.id = s.current_version_id where s.id = ?",
      journey.surveyId,
    )[0].definition,
  );
  const questions: { id: string; type: string; text: string; visibleIf?: unknown }[] =
    definition.pages.flatMap((p: { questions: unknown[] }) => p.questions);
  expect(questions.map((q) => q.type)).toEqual([
    "short_text",
    "single_choice",
    "number",
    "long_text",
    "multiple_choice",
    "likert",
    "rating",
    "dropdown",
    "ranking",
  ]);
  expect(questions[3].visibleIf).toEqual({ question: "vraag-2", operator: "equals", value: "nee" });
  const index = questions.findIndex((q) => q.text === RATING_TEXT);
  journey.ratingId = questions[index].id;
  journey.ratingNumber = index + 1;
  expect(surveyRow().status).toBe("concept");
});

// --- 2. sharing --------------------------------------------------------------------------------

test("staff share it with the Adviesraad, with an advice deadline", async ({ page }) => {
  await logInByKeyboard(page, "staff");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: TITLE, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${journey.surveyId}$`));
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);
  await openShareWithAdviesraad(page, journey.surveyId, TITLE);

  await page.getByLabel("Advies graag vóór het einde van").fill(dutchDateIn(28));
  await page.getByRole("button", { name: "Delen met de Adviesraad" }).click();
  await expect(statusMessage(page, "De enquête is gedeeld met de Adviesraad.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Reviewrondes/ }).getByRole("rowheader")).toHaveText([
    "Ronde 1",
  ]);
  await expectNoAxeViolations(page);
  expect(surveyRow().status).toBe("in_review");
  expect(versions()).toEqual([expect.objectContaining({ number: 1, frozen: 1 })]);
});

// --- 3. the Adviesraad: mail, comment, advice ----------------------------------------------------

test("the Adviesraad member gets the mail, follows it, comments on a question and submits advice with three points", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const member = demo("adviesraad");
  const [mail, link] = await receive(member.email, MAIL_SHARED, "/adviesraad/");
  expect(link).toBe(`/adviesraad/surveys/${journey.surveyId}`);
  expect(mail.text).toContain("Advies graag vóór");

  const page = await followSignedOut(browser, link, "adviesraad");
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // A comment on the rating question.
  const question = page.locator(`#vraag-${journey.ratingId}`);
  const n = journey.ratingNumber;
  await expect(question.getByRole("heading", { level: 3 })).toHaveText(`Vraag ${n} ${RATING_TEXT}`);
  await question.getByText(`Schrijf een opmerking over vraag ${n}`).click();
  await question.getByLabel(`Uw opmerking over vraag ${n}`).fill(COMMENT);
  await question.getByRole("button", { name: "Plaats opmerking" }).click();
  await expect(question.getByRole("status")).toHaveText("Uw opmerking is geplaatst.");
  await expect(
    question.getByRole("article", { name: `Opmerking van ${member.name} over vraag ${n}` }),
  ).toContainText(COMMENT);
  await expectNoAxeViolations(page);

  // The advice: an introduction and three points, the first about the rating question.
  await page.getByRole("link", { name: "Schrijf het advies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Advies schrijven: ${TITLE}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Inleiding").fill(INTRODUCTION);
  await page.getByLabel("Tekst van punt 1").fill(POINT_1);
  await page.getByRole("button", { name: "Punt toevoegen" }).click();
  await page.getByLabel("Tekst van punt 2").fill(POINT_2);
  await page.getByRole("button", { name: "Punt toevoegen" }).click();
  await page.getByLabel("Tekst van punt 3").fill(POINT_3);
  await linkPointOneTo(page, `Vraag ${n}: ${RATING_TEXT}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Advies indienen" }).click();

  await expect(statusMessage(page, "Het advies is ingediend.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Advies over: ${TITLE}` })).toBeVisible();
  await expectFirstPointLinked(page, POINT_1, `Vraag ${n}: ${RATING_TEXT}`);
  const points = page.locator(".advice-doc__points > li");
  await expect(points.nth(1)).toContainText(POINT_2);
  await expect(points.nth(2)).toContainText(POINT_3);
  await expectNoAxeViolations(page);
  expect(adviceRow()).toEqual([expect.objectContaining({ status: "submitted", late: 0 })]);
  await page.context().close();
});

// --- 4. staff: mail, revision, diff, response --------------------------------------------------

test("staff get the advice mail, revise the survey, see the word-level diff and answer every point", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const [mail, link] = await receive(demo("staff").email, MAIL_ADVICE, "/beheer/");
  expect(link).toBe(`/beheer/surveys/${journey.surveyId}/review`);
  expect(mail.text).toContain("Het advies kwam op tijd binnen");

  const page = await followSignedOut(browser, link, "staff");
  const thread = page.locator(`#vraag-${journey.ratingId}`).getByRole("article", {
    name: `Opmerking van ${demo("adviesraad").name} over vraag ${journey.ratingNumber}`,
  });
  await expect(thread).toContainText(COMMENT);

  // Back to concept on the overview, then the builder: a new version with clearer wording.
  await page.getByRole("link", { name: "Terug naar de enquête" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Terug naar concept" }).click();
  await expect(statusMessage(page, "De enquête is terug in concept.")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(surveyRow().status).toBe("concept");
  await page
    .getByRole("region", { name: "Volgende stap" })
    .getByRole("link", { name: "Enquête bewerken" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Enquête bewerken: ${TITLE}`);
  await expectNoAxeViolations(page);
  await replaceText(page, page.getByLabel("Vraag 2.3: tekst"), RATING_REVISED);
  await pressButton(page, page.getByRole("button", { name: "Opslaan", exact: true }));
  await expect(saveStatus(page)).toHaveText("Opgeslagen. Dit is nu versie 2.");
  await expectNoAxeViolations(page);
  expect(versions().map((v) => [v.number, v.frozen])).toEqual([
    [1, 1],
    [2, 0],
  ]);

  // The overview's compare form: version 1 against version 2, one word added.
  await page.goto(`/beheer/surveys/${journey.surveyId}`);
  await expectNoAxeViolations(page);
  await expect(page.getByLabel("Oudere versie")).toHaveValue("1");
  await expect(page.getByLabel("Nieuwere versie")).toHaveValue("2");
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page).toHaveURL(
    new RegExp(`/beheer/surveys/${journey.surveyId}/versies/vergelijk\\?van=1&naar=2$`),
  );
  await expect(
    page.getByRole("heading", { level: 1, name: "Versie 1 en versie 2 vergelijken" }),
  ).toBeVisible();
  const changed = page.locator(`.diff-question[data-question-id="${journey.ratingId}"]`);
  await expect(changed.getByRole("heading")).toHaveText(RATING_REVISED);
  await expect(changed).toContainText("Gewijzigd");
  const added = changed.locator("ins");
  await expect(added).toHaveCount(1);
  await expect(added).toContainText("eigen");
  await expect(added).not.toContainText("buurt");
  await expect(changed.locator("del")).toHaveCount(0);
  await expect(page.locator(".diff-question")).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The official response, from the review's rounds table.
  await page.goto(`/beheer/surveys/${journey.surveyId}/review`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Beantwoord het advies (ronde 1)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Advies en reactie: ${TITLE}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await chooseVerdicts(page, { handledIn: 2, partlyReason: REASON_2 });

  // "Niet overgenomen" without a reason: refused, with the summary and the message at the field.
  await expectReasonRequired(page);
  expect(responseRows()).toEqual([]);

  await page.getByLabel("Uitleg bij punt 3").fill(REASON_3);
  await page.getByRole("button", { name: "Reactie definitief maken" }).click();
  await expect(statusMessage(page, "De reactie is definitief.")).toBeVisible();
  const points = page.locator(".advice-doc__points > li");
  await expect(points).toHaveCount(3);
  await expect(points.nth(0)).toContainText("Verwerkt in versie 2.");
  await expect(points.nth(2)).toContainText(`Niet overgenomen${REASON_3}`);
  await expectNoAxeViolations(page);
  expect(responseRows()).toEqual([{ status: "final" }]);
  const handledIn = query<{ number: number }>(
    `select v.number from advice_response_points p join survey_versions v on v.id = p.handled_in_version_id
     join advice_points ap on ap.id = p.point_id where ap.advice_id = ? and ap.number = 1`,
    adviceRow()[0].id,
  );
  expect(handledIn).toEqual([{ number: 2 }]);
  await page.context().close();
});

// --- 5. the Adviesraad reads the response ------------------------------------------------------

test("the Adviesraad member gets the 'response is final' mail and reads the response beside each point", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const member = demo("adviesraad");
  const [, link] = await receive(member.email, MAIL_FINAL, "/adviesraad/");
  expect(link).toBe(`/adviesraad/surveys/${journey.surveyId}`);

  const page = await followSignedOut(browser, link, "adviesraad");
  await page.getByRole("link", { name: "Bekijk het advies en de reactie van de gemeente" }).click();
  await expectResponsePerPoint(page, [POINT_1, POINT_2, POINT_3], 2, [REASON_2, REASON_3]);
  await page.context().close();

  // Each of the journey's mails reached its reader once, and the outbox knows it was sent.
  for (const [to, subject] of [
    [member.email, MAIL_SHARED],
    [demo("staff").email, MAIL_ADVICE],
    [member.email, MAIL_FINAL],
  ]) {
    const received = messagesTo(to).filter((m) => m.subject === subject);
    expect(received, `${subject} to ${to}`).toHaveLength(1);
    const sent = outboxBySubject(subject).filter((row) => row.to === to);
    expect(sent).toEqual([expect.objectContaining({ status: "sent", messageId: received[0].messageId })]);
  }
});
