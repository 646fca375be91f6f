import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { parseCsv } from "../lib/csv/csv";
import { demo, logInAs, submitLogin } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { sendDemoSurvey, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { DEMO_SLUG, startSurveyAt } from "./support/survey";

// Staff read a survey's results: the numbers match the stored answers, a breakdown and a filter
// change the view through the address, the settings save, the microdata export downloads and is
// recorded. Nobody outside the staff gets in. Other journeys add responses to the demo survey
// too, so every expected number is read from the database, not assumed.

const query = queryE2eDb;

const surveyId = () => query<{ id: number }>("select id from surveys where slug = ?", DEMO_SLUG)[0].id;

/** The completed responses of the demo survey: channel, "Hoe woont u?" and "hulp gezocht?" answers. */
function completed(): { channel: string; household: string | null; help: string | null }[] {
  return query<{ channel: string; household: string | null; help: string | null }>(
    `select r.channel, h.value as household, g.value as help from responses r
     join surveys s on s.id = r.survey_id
     left join answers h on h.response_id = r.id and h.question_id = 'huishouden'
     left join answers g on g.response_id = r.id and g.question_id = 'hulp-gezocht'
     where s.slug = ? and r.status = 'completed'`,
    DEMO_SLUG,
  ).map((r) => ({
    channel: r.channel,
    household: r.household ? JSON.parse(r.household).choice : null,
    help: r.help ? JSON.parse(r.help).choice : null,
  }));
}

const percent = (part: number, whole: number) =>
  new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 }).format(part / whole);

/** A resident answers the demo survey in a browser of their own, with the household given. */
async function answerAs(browser: Browser, household: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startSurveyAt(page);
  await page.getByLabel("Hoe oud bent u?").fill("52");
  await page
    .getByRole("group", { name: /Hoe woont u\?/ })
    .getByLabel(household, { exact: true })
    .check();
  await walkDemoSurveyToLastPage(page);
  await sendDemoSurvey(page);
  await context.close();
}

/** The cells of one answer's row in a table, by the row's header. */
function rowCells(page: Page, tableName: string, rowName: string) {
  const table = page.getByRole("table", { name: tableName, exact: true });
  return table
    .locator("tr", { has: page.getByRole("rowheader", { name: rowName, exact: true }) })
    .getByRole("cell");
}

const HOUSEHOLD_TABLE = "Vraag 3: Hoe woont u?";

test("staff read the results, break them down by channel and filter them", async ({ page, browser }) => {
  for (const household of ["Alleen", "Alleen", "Bij mijn ouders"]) await answerAs(browser, household);
  const responses = completed();
  const answered = responses.filter((r) => r.household !== null);
  const alone = answered.filter((r) => r.household === "alleen").length;

  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId()}`);
  await page.getByRole("link", { name: "Resultaten bekijken" }).click();
  await expect(page).toHaveURL(/\/resultaten$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Resultaten: Sociaal domein Oosterhout 2026",
  );
  await expect(
    page
      .getByRole("navigation", { name: "Resultaten van deze enquête" })
      .getByRole("link", { name: "Resultaten" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(`${responses.length} ingevulde vragenlijsten in deze weergave`)).toBeVisible();

  // The chart's table: count and percentage of the valid answers, as stored.
  const alleen = rowCells(page, HOUSEHOLD_TABLE, "Alleen");
  await expect(alleen).toHaveText([String(alone), percent(alone, answered.length)]);
  await expect(page.getByText(`Meest gekozen: Alleen (${percent(alone, answered.length)})`)).toBeVisible();
  await expect(page.getByTestId("q-huishouden-chart-canvas").locator("canvas")).toBeVisible();
  // The radar of Positieve Gezondheid has its own table too.
  await expect(
    page.getByRole("table", { name: "Gemiddeld cijfer per onderdeel van Positieve Gezondheid" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A breakdown by channel: a column per channel, headed by its number of respondents.
  await page.getByLabel("Uitsplitsen naar").selectOption({ label: "Kanaal" });
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/[?&]breakdown=channel/);
  const publicOnes = responses.filter((r) => r.channel === "public");
  const publicAnswered = publicOnes.filter((r) => r.household !== null);
  const byChannel = page.getByRole("table", { name: `${HOUSEHOLD_TABLE} — naar Kanaal`, exact: true });
  await expect(
    byChannel.getByRole("columnheader", { name: `Open link (n = ${publicOnes.length})` }),
  ).toBeVisible();
  await expect(
    byChannel.getByRole("columnheader", { name: `Totaal (n = ${responses.length})` }),
  ).toBeVisible();
  const publicAlone = publicAnswered.filter((r) => r.household === "alleen").length;
  await expect(rowCells(page, `${HOUSEHOLD_TABLE} — naar Kanaal`, "Alleen").first()).toHaveText(
    percent(publicAlone, publicAnswered.length),
  );
  await expectNoAxeViolations(page);

  // A filter instead: only the open link's respondents.
  await page.getByLabel("Uitsplitsen naar").selectOption({ label: "Niet uitsplitsen" });
  await page.getByLabel("Kanaal", { exact: true }).selectOption({ label: "Open link" });
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/[?&]channel=public/);
  await expect(page.getByText(`${publicOnes.length} ingevulde vragenlijsten in deze weergave`)).toBeVisible();
  await expect(rowCells(page, HOUSEHOLD_TABLE, "Alleen")).toHaveText([
    String(publicAlone),
    percent(publicAlone, publicAnswered.length),
  ]);
  await expectNoAxeViolations(page);

  // By the answer to a question, with the cross-tab of counts against a second one (the filter stays).
  await page.getByLabel("Uitsplitsen naar").selectOption("q:hulp-gezocht");
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/[?&]breakdown=q%3Ahulp-gezocht/);
  await page.getByLabel("Kruistabel met vraag").selectOption({ label: "3. Hoe woont u?" });
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/[?&]crosstab=huishouden/);
  const notNeeded = publicOnes.filter((r) => r.help === "nee-niet-nodig" && r.household !== null);
  const crossTab =
    "Kruistabel: 3. Hoe woont u? — naar 8. Heeft u het afgelopen jaar hulp gezocht? Bijvoorbeeld bij zorg, opvoeden, werk, geld of meedoen.";
  await expect(
    page.getByRole("table", { name: crossTab }).getByRole("columnheader", {
      name: `Nee, dat was niet nodig (n = ${notNeeded.length})`,
    }),
  ).toBeVisible();
  const aloneNotNeeded = notNeeded.filter((r) => r.household === "alleen").length;
  await expect(rowCells(page, crossTab, "Alleen").nth(1)).toHaveText(
    `${aloneNotNeeded} (${percent(aloneNotNeeded, notNeeded.length)})`,
  );
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the tables are there and the view form works, and the settings save", async ({ page }) => {
    const base = `/beheer/surveys/${surveyId()}/resultaten`;
    await page.goto(base);
    await submitLogin(page, demo("staff").email, demo("staff").password);
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    const responses = completed();
    const answered = responses.filter((r) => r.household !== null);
    const alone = answered.filter((r) => r.household === "alleen").length;
    await expect(rowCells(page, HOUSEHOLD_TABLE, "Alleen")).toHaveText([
      String(alone),
      percent(alone, answered.length),
    ]);
    await expectNoAxeViolationsWithoutJs(page);

    await page.getByLabel("Uitsplitsen naar").selectOption({ label: "Geslacht" });
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await expect(page).toHaveURL(/[?&]breakdown=sex/);
    await expect(
      page.getByRole("table", { name: `${HOUSEHOLD_TABLE} — naar Geslacht`, exact: true }),
    ).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);

    await page.goto(`${base}/instellingen`);
    await page.getByLabel("Kleinste groep die getoond mag worden (k)").fill("1");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(page.getByText("Vul bij k een heel getal in van 3 tot en met 50.").first()).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);
    await page.getByLabel("Kleinste groep die getoond mag worden (k)").fill("6");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.");
    expect(query("select min_cell_size as k from result_settings where survey_id = ?", surveyId())).toEqual([
      { k: 6 },
    ]);
    await page.getByLabel("Kleinste groep die getoond mag worden (k)").fill("5");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect
      .poll(() => query("select min_cell_size as k from result_settings where survey_id = ?", surveyId()))
      .toEqual([{ k: 5 }]);
  });
});

test("the settings save, and a k below 3 or a mean minimum below 5 is refused with a message", async ({
  page,
}) => {
  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId()}/resultaten`);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Instellingen voor de resultaten: Sociaal domein Oosterhout 2026",
  );
  await expectNoAxeViolations(page);

  const k = page.getByLabel("Kleinste groep die getoond mag worden (k)");
  const meanGroup = page.getByLabel("Kleinste groep met een gemiddelde");
  const MEAN_INVALID = "Vul bij de kleinste groep met een gemiddelde een heel getal in van 5 tot en met 100.";
  await k.fill("2");
  await meanGroup.fill("4");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  const summary = page.getByRole("alert", { name: "Er ging iets mis" });
  await expect(
    summary.getByRole("link", { name: "Vul bij k een heel getal in van 3 tot en met 50." }),
  ).toBeVisible();
  await expect(summary.getByRole("link", { name: MEAN_INVALID })).toBeVisible();
  await expect(meanGroup).toHaveAccessibleDescription(new RegExp(MEAN_INVALID.replace(/\./g, "\\.")));
  await expectNoAxeViolations(page);

  await k.fill("7");
  await meanGroup.fill("15");
  await page.getByLabel("Niet wegen").check();
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.");
  expect(
    query(
      "select min_cell_size as k, min_mean_group as meanGroup, weighting from result_settings where survey_id = ?",
      surveyId(),
    ),
  ).toEqual([{ k: 7, meanGroup: 15, weighting: "none" }]);
  expect(
    query<{ n: number }>(
      "select count(*) as n from audit_log where action = 'results.settings_changed' and subject_id = ?",
      String(surveyId()),
    )[0].n,
  ).toBeGreaterThan(0);
  await expect(page.getByText(/Laatst gewijzigd door Demo Beleidsmedewerker/)).toBeVisible();

  // Back to the defaults, for the journeys that publish the demo survey's results.
  await page.getByLabel("Kleinste groep die getoond mag worden (k)").fill("5");
  await meanGroup.fill("10");
  await page.getByLabel("Wegen naar de bevolking (raking)").check();
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect
    .poll(() =>
      query(
        "select min_cell_size as k, min_mean_group as meanGroup, weighting from result_settings where survey_id = ?",
        surveyId(),
      ),
    )
    .toEqual([{ k: 5, meanGroup: 10, weighting: "raking" }]);
  await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.");
});

test("the microdata export downloads a row per completed response, and is recorded", async ({ page }) => {
  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId()}/resultaten/export`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Export van de antwoorden: Sociaal domein Oosterhout 2026",
  );
  await expectNoAxeViolations(page);
  const before = query<{ id: number }>("select coalesce(max(id), 0) as id from audit_log")[0].id;

  // The file for publication is chosen unless staff pick the internal research file.
  await expect(page.getByLabel("Bestand voor publicatie (k-anoniem)")).toBeChecked();
  await page.getByLabel("Intern onderzoeksbestand: niet publiceren").check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Downloaden" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${DEMO_SLUG}-microdata-intern-niet-publiceren.csv`);
  const parsed = parseCsv(fs.readFileSync((await download.path()) as string, "utf8"));
  if (!parsed.ok) throw new Error("the export is not valid CSV");
  const [header, ...lines] = parsed.records.map((r) => r.fields);
  // The last line is the note saying the file is not for publication.
  expect(lines.at(-1)?.[0]).toMatch(/^INTERN ONDERZOEKSBESTAND: NIET PUBLICEREN\. /);
  const rows = lines.slice(0, -1);
  expect(header.slice(0, 6)).toEqual([
    "Kanaal",
    "Panel",
    "Leeftijdsgroep",
    "Geslacht",
    "Wijk",
    "1. In welke wijk of in welk dorp woont u?",
  ]);
  expect(rows).toHaveLength(completed().length);

  const audit = query<{ actor: string; details: string }>(
    `select u.email as actor, a.details from audit_log a join users u on u.id = a.actor_id
     where a.id > ? and a.action = 'results.microdata_exported' and a.subject_id = ?`,
    before,
    String(surveyId()),
  );
  expect(audit.map((a) => ({ actor: a.actor, details: JSON.parse(a.details) }))).toEqual([
    { actor: "beleid@peiling.demo", details: { format: "csv", rows: rows.length, forPublication: false } },
  ]);
});

for (const role of ["adviesraad", "panel"] as const) {
  test(`a ${role} account cannot open the results or download the export`, async ({ page }) => {
    await logInAs(page, role);
    const base = `/beheer/surveys/${surveyId()}/resultaten`;
    for (const path of [base, `${base}/instellingen`, `${base}/export`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
    const before = query<{ n: number }>(
      "select count(*) as n from audit_log where action = 'results.microdata_exported'",
    )[0].n;
    const response = await page.request.post(`${base}/export/bestand`, { form: { format: "csv" } });
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("Kanaal");
    expect(
      query<{ n: number }>(
        "select count(*) as n from audit_log where action = 'results.microdata_exported'",
      )[0].n,
    ).toBe(before);
  });
}
