import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { demo, logIn, logInAs } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { E2E_DB_FILE, queryE2eDb } from "./support/db";
import { answerDemoSurvey } from "./support/demo-survey-answers";
import { linkIn, waitForMessage } from "./support/mailbox";
import { importSurveyCopy } from "./support/operator-cli";
import { hiddenActionFields, openServerRendered } from "./support/server-rendered";
import { DEMO_SLUG } from "./support/survey";

// Fieldwork for the open demo survey: staff preview a stratified sample of the Digipanel, send
// it, a member answers from the mail as received by the SMTP server beside the e2e server, and
// the response page shows it. The send action refuses a replayed POST from the Adviesraad.

const query = queryE2eDb;

const panelId = (slug: string) =>
  String(query<{ id: number }>("select id from panels where slug = ?", slug)[0].id);
const demoSurveyId = () => query<{ id: number }>("select id from surveys where slug = ?", DEMO_SLUG)[0].id;
const invitationCount = (surveyId: number, panelSlug?: string) =>
  query<{ n: number }>(
    `select count(*) as n from invitations i join panels p on p.id = i.panel_id
     where i.survey_id = ? and (? is null or p.slug = ?)`,
    surveyId,
    panelSlug ?? null,
    panelSlug ?? null,
  )[0].n;

async function openInvitePage(page: Page, surveyId: number) {
  await page.goto(`/beheer/surveys/${surveyId}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Panelleden uitnodigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Uitnodigen:/ })).toBeVisible();
  await expectNoAxeViolations(page);
}

async function choose(page: Page, panelSlug: string, method: RegExp, size: string, reminders: string) {
  await page.getByLabel("Panel (verplicht)").selectOption(panelId(panelSlug));
  await page.getByRole("radio", { name: method }).check();
  await page.getByLabel("Aantal leden").fill(size);
  await page.getByLabel("Herinnering na … dagen").fill(reminders);
  await page.getByRole("button", { name: "Bekijk de steekproef" }).click();
}

test("staff preview a stratified sample of the Digipanel, send it, and follow the response", async ({
  page,
  browser,
}) => {
  const surveyId = demoSurveyId();
  await logInAs(page, "staff");
  await openInvitePage(page, surveyId);
  await expect(page.getByText("Open link:")).toContainText(`/s/${DEMO_SLUG}`);
  await expect(page.getByTestId("anonymity-current")).toContainText("Anoniem");

  // A mistake first: a stratified sample needs a number.
  await page.getByLabel("Panel (verplicht)").selectOption(panelId("digipanel"));
  await page.getByLabel("Aantal leden").fill("");
  await page.getByRole("button", { name: "Bekijk de steekproef" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Er is iets niet goed ingevuld" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Vul in hoeveel leden u wilt uitnodigen." })).toBeVisible();
  await expectNoAxeViolations(page);

  await choose(page, "digipanel", /Gestratificeerd/, "40", "7, 14");
  await expect(page).toHaveURL(/zaad=[0-9a-f]{8}/);
  const seed = new URL(page.url()).searchParams.get("zaad");
  await expect(page.getByText(`Startgetal van de loting: ${seed}`)).toBeVisible();
  await expect(page.getByText("40 leden krijgen een uitnodiging")).toBeVisible();
  const strata = page.getByTestId("strata");
  await expect(strata.getByRole("columnheader", { name: "Toegewezen" })).toBeVisible();
  await expect(strata.locator("tfoot td").last()).toHaveText("40");
  await expect(page.getByRole("table", { name: /Leden die niet worden uitgenodigd/ })).toContainText(
    "Gepauzeerd",
  );
  await expectNoAxeViolations(page);
  // The preview sends nothing.
  expect(invitationCount(surveyId, "digipanel")).toBe(0);

  // The same URL, reloaded, shows the same sample (the seed lives in the URL).
  const drawnCells = await strata.locator("tbody td:last-child").allTextContents();
  await page.reload();
  expect(await page.getByTestId("strata").locator("tbody td:last-child").allTextContents()).toEqual(
    drawnCells,
  );

  await page.getByRole("button", { name: "Verstuur 40 uitnodigingen" }).click();
  await expect(page.getByRole("status")).toContainText("40 uitnodigingen staan klaar om te versturen");
  await expect(page.getByTestId("rounds")).toContainText("Gestratificeerd naar wijk en leeftijdsgroep (40)");
  await expect(page.getByTestId("rounds")).toContainText("0 van 2 verstuurd");
  await expectNoAxeViolations(page);

  const invited = query<{ email: string; district: string }>(
    `select m.email, m.district from invitations i join panel_members m on m.id = i.member_id
     join panels p on p.id = i.panel_id where i.survey_id = ? and p.slug = 'digipanel' order by i.id`,
    surveyId,
  );
  expect(invited).toHaveLength(40);
  const hashes = query<{ token_hash: string }>(
    "select token_hash from invitations where survey_id = ? and panel_id = ?",
    surveyId,
    Number(panelId("digipanel")),
  );
  expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.token_hash))).toBe(true);

  // A member reads the invitation as received, and answers through its link.
  const mail = await waitForMessage(invited[0].email, { subject: /Uitnodiging: vragenlijst/ });
  expect(mail.text).toContain("Uw antwoorden zijn anoniem");
  expect(mail.headers["list-unsubscribe"]).toMatch(/\/panel\/afmelden\//);
  const member = await (await browser.newContext()).newPage();
  await member.goto(linkIn(mail, `/s/${DEMO_SLUG}/uitnodiging/`));
  await expect(member.getByRole("heading", { name: "Uw persoonlijke uitnodiging" })).toBeVisible();
  await expectNoAxeViolations(member);
  await answerDemoSurvey(member);
  await member.context().close();

  // The response page: the Digipanel row, the chart's data table, drop-off and composition.
  await page.getByRole("link", { name: "Bekijk de respons" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Respons:/ })).toBeVisible();
  const digipanel = page.getByTestId("channels").getByRole("row", { name: /Panel: Digipanel Oosterhout/ });
  await expect(digipanel.getByRole("cell")).toHaveText(["40", "1", "1", "2,5%"]);
  await expect(page.getByTestId("channels").getByRole("row", { name: /Open link/ })).toBeVisible();
  const perDay = page.getByRole("table", { name: "Ingevulde vragenlijsten per dag" });
  await expect(perDay).toBeVisible();
  await expect(perDay.getByRole("columnheader", { name: "Ingevuld" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Staafdiagram van het aantal ingevulde vragenlijsten/ }),
  ).toBeVisible();
  await expect(page.getByTestId("drop-off")).toContainText("Helemaal ingevuld");
  const district = page.getByTestId("composition-district");
  // The member's district counts at least their own answer (other journeys may have answered too).
  await expect(
    district
      .getByRole("row", { name: new RegExp(`^${invited[0].district} `) })
      .getByRole("cell")
      .first(),
  ).toHaveText(/^[1-9]\d* \(\d+%\)$/);
  await expect(page.getByText("Bron van de bevolkingscijfers")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoAxeViolationsWithoutJs(page);
});

test("the preview works without JavaScript, and the send action refuses a replay by the Adviesraad", async ({
  page,
  browser,
  baseURL,
}) => {
  const surveyId = demoSurveyId();
  await logInAs(page, "staff");
  const origin = new URL(baseURL ?? "").origin;
  const invitePath = `/beheer/surveys/${surveyId}/uitnodigen`;

  // Without JavaScript: the preview form is a plain GET form.
  const noJs = await openServerRendered(page, browser, invitePath);
  await noJs.getByLabel("Panel (verplicht)").selectOption(panelId("klankbordgroep-sociaal-domein"));
  await noJs.getByRole("radio", { name: /Willekeurige steekproef/ }).check();
  await noJs.getByLabel("Aantal leden").fill("5");
  await noJs.getByRole("button", { name: "Bekijk de steekproef" }).click();
  await expect(noJs.getByText("5 leden krijgen een uitnodiging")).toBeVisible();
  await expectNoAxeViolationsWithoutJs(noJs);
  // The send form's fields, as the server rendered them (they name the action).
  const fields = await hiddenActionFields(noJs.locator("form.fieldwork-send"));
  await noJs.context().close();

  // The Adviesraad replays it: refused, nothing drawn, nothing queued.
  const rounds = () =>
    query<{ n: number }>("select count(*) as n from invitation_rounds where survey_id = ?", surveyId)[0].n;
  const roundsBefore = rounds();
  const outboxBefore = query<{ n: number }>("select count(*) as n from mail_outbox")[0].n;
  const adviesraad = await (await browser.newContext()).newPage();
  await logIn(adviesraad, demo("adviesraad").email, demo("adviesraad").password);
  const refused = await adviesraad.request.post(invitePath, {
    multipart: fields,
    headers: { Origin: origin },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Geen toegang");
  expect(invitationCount(surveyId, "klankbordgroep-sociaal-domein")).toBe(0);
  expect(rounds()).toBe(roundsBefore);
  expect(query<{ n: number }>("select count(*) as n from mail_outbox")[0].n).toBe(outboxBefore);
  await adviesraad.goto(invitePath);
  await expect(adviesraad.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expectNoAxeViolations(adviesraad);
  await adviesraad.context().close();

  // The same post from staff goes through: the refusal was the server's decision.
  const sent = await page.request.post(invitePath, { multipart: fields, headers: { Origin: origin } });
  expect(sent.status()).toBeLessThan(400);
  expect(invitationCount(surveyId, "klankbordgroep-sociaal-domein")).toBe(5);
  // And a second time, nothing more: this seed was sent.
  await page.request.post(invitePath, { multipart: fields, headers: { Origin: origin } });
  expect(invitationCount(surveyId, "klankbordgroep-sociaal-domein")).toBe(5);
});

test("staff choose the anonymity while the survey is not open; it is fixed afterwards", async ({ page }) => {
  // A copy of the concept demo survey of its own (other journeys expect the original untouched).
  const slug = `anonimiteit-${Date.now()}`;
  importSurveyCopy("mantelzorg-2026", slug);
  const surveyId = query<{ id: number }>("select id from surveys where slug = ?", slug)[0].id;
  const stored = () =>
    query<{ anonymity: string; allow_breakdowns: number }>(
      "select anonymity, allow_breakdowns from surveys where id = ?",
      surveyId,
    )[0];

  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId}/uitnodigen`);
  // A concept cannot be sent yet, but its anonymity can be chosen.
  await expect(page.getByText("U kunt pas uitnodigen als de enquête gereed of open is")).toBeVisible();
  await expectNoAxeViolations(page);
  const setting = page.getByRole("group", { name: "Hoe worden de antwoorden van panelleden bewaard?" });
  await setting.getByLabel("Gekoppeld aan het lid (gepseudonimiseerd)").check();
  await page.getByLabel(/leeftijdsgroep, geslacht en wijk bewaren/).uncheck();
  await page.getByRole("button", { name: "Instelling opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De instelling is opgeslagen.");
  await expect(page.getByTestId("anonymity-current")).toContainText("Gekoppeld aan het lid");
  await expectNoAxeViolations(page);
  expect(stored()).toEqual({ anonymity: "pseudonymous", allow_breakdowns: 0 });

  // Once the survey has been open the form is gone (the server refuses a change too; unit-tested).
  const db = new Database(E2E_DB_FILE);
  db.prepare("update surveys set status = 'closed' where id = ?").run(surveyId);
  db.close();
  await page.reload();
  await expect(page.getByText("Deze instelling ligt vast")).toBeVisible();
  await expect(page.getByRole("button", { name: "Instelling opslaan" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(stored()).toEqual({ anonymity: "pseudonymous", allow_breakdowns: 0 });
});
