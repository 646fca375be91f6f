import { expect, type Locator, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { insertFewResponses, openCopyOfDemo, surveyBySlug } from "./support/results-publication-data";

// Disclosure control as staff and readers meet it (issue 9): a survey with fewer than k responses,
// or a channel with 1..k−1 of them, cannot be published — the publish page says why with the
// numbers, and pressing Publish anyway is refused in Dutch — and the demo's published 2025 edition
// shows the audit's verdict to staff, explains the rule to readers in plain words, prints no count
// of 1 to 4 people in any table, and breaks down by district over panel members only.
//
// The surveys under k are copies of the demo survey of their own with a few responses written into
// the database (e2e/support/results-publication-data.ts); the 2025 edition is the demo seed's.

const SOURCE = "sociaal-domein-2026";
const RESULTS_DEMO = "sociaal-domein-2025";
const SUMMARY = "Te weinig mensen deden mee.";

const errorSummary = (page: Page) => page.getByRole("alert", { name: "Dit ging niet goed" });
const blockedAlert = (page: Page) => page.getByRole("region", { name: "Publiceren kan niet" });
const auditSection = (page: Page) => page.getByRole("region", { name: "Controle op herkenbaarheid" });
const nl = (n: number) => new Intl.NumberFormat("nl-NL").format(n);

/** Closes a survey on its overview, as staff do. */
async function closeSurvey(page: Page, id: number): Promise<void> {
  await page.goto(`/beheer/surveys/${id}`);
  await page.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De enquête is gesloten." })).toBeVisible();
}

/** Saves a summary, ticks the confirmation and presses Publish: everything a publication asks for. */
async function tryToPublish(page: Page): Promise<void> {
  await page.getByLabel("Samenvatting voor de openbare pagina").fill(SUMMARY);
  await page.getByRole("button", { name: "Samenvatting opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De samenvatting is opgeslagen." })).toBeVisible();
  await page.getByLabel(/Ik heb het voorbeeld gecontroleerd/).check();
  await page.getByRole("button", { name: "Resultaten publiceren" }).click();
}

/** The survey stays closed, with nothing public: its results address and downloads are 404s. */
async function expectNothingPublished(page: Page, slug: string): Promise<void> {
  expect(surveyBySlug(slug).status).toBe("closed");
  expect(queryE2eDb("select 1 from result_publications where survey_id = ?", surveyBySlug(slug).id)).toEqual(
    [],
  );
  const visitor = await (await page.context().browser()?.newContext())?.newPage();
  if (!visitor) throw new Error("no browser for the visitor");
  await visitor.goto(`/resultaten/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  expect((await visitor.request.get(`/resultaten/${slug}/download/csv`)).status()).toBe(404);
  await expectNoAxeViolations(visitor);
  await visitor.context().close();
}

test("a closed survey with 3 responses cannot be published: the page says why, and publishing is refused", async ({
  page,
}) => {
  const slug = "sociaal-domein-te-weinig";
  openCopyOfDemo(SOURCE, slug, "te weinig");
  insertFewResponses(slug, { openLink: 3, panel: 0 });
  const { id } = surveyBySlug(slug);
  await logInAs(page, "staff");
  await closeSurvey(page, id);

  await page.goto(`/beheer/surveys/${id}/resultaten/publiceren`);
  await expect(blockedAlert(page)).toContainText(
    "Deze enquête heeft 3 antwoorden. Dat is minder dan de drempel van 5. Met zo weinig antwoorden is iemand herkenbaar, dus publiceren kan niet.",
  );
  // Nothing to audit or preview: no table is built from 3 people.
  await expect(auditSection(page)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Voorbeeld van de openbare pagina" })).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await tryToPublish(page);
  await expect(errorSummary(page)).toContainText(
    "Deze enquête heeft te weinig antwoorden om te publiceren. Er moeten minstens zoveel antwoorden zijn als de drempel voor kleine aantallen, anders is iemand herkenbaar.",
  );
  await expect(page.getByRole("status").filter({ hasText: "De resultaten zijn gepubliceerd." })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(page);
  await expectNothingPublished(page, slug);
});

test("a survey with a channel of 2 responses cannot be published either", async ({ page }) => {
  const slug = "sociaal-domein-klein-kanaal";
  openCopyOfDemo(SOURCE, slug, "klein kanaal");
  insertFewResponses(slug, { openLink: 12, panel: 2 });
  const { id } = surveyBySlug(slug);
  await logInAs(page, "staff");
  await closeSurvey(page, id);

  await page.goto(`/beheer/surveys/${id}/resultaten/publiceren`);
  await expect(blockedAlert(page)).toContainText(
    "Via het kanaal ‘Panel (uitnodiging)’ kwamen 2 antwoorden binnen. Dat is minder dan de drempel van 5. Die mensen zouden herkenbaar zijn, dus publiceren kan niet.",
  );
  await expect(auditSection(page)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await tryToPublish(page);
  await expect(errorSummary(page)).toContainText(
    "Via een van de kanalen kwamen te weinig antwoorden binnen (minder dan de drempel voor kleine aantallen). Dan zou iemand herkenbaar zijn. Publiceren kan daarom niet.",
  );
  await expectNoAxeViolations(page);
  await expectNothingPublished(page, slug);
});

type StoredSnapshot = {
  k: number;
  method: {
    suppression: { minMeanGroup: number; audit: { checked: number; hidden: number; secondary: number } };
  };
};

/** The published snapshot of a survey, as stored: the numbers the pages must show. */
function storedSnapshot(slug: string): StoredSnapshot {
  const [row] = queryE2eDb<{ snapshot: string }>(
    `select p.snapshot from result_publications p join surveys s on s.id = p.survey_id
     where s.slug = ? and p.withdrawn_at is null`,
    slug,
  );
  if (!row) throw new Error(`${slug} is not published`);
  return JSON.parse(row.snapshot) as StoredSnapshot;
}

/**
 * Every table cell and column header in scope whose text is a count of people — a bare integer, or
 * "3 mensen" where a group's share is not shown — that is 1 to 4: there must be none. Row headers
 * are left out: they name an answer, a group or a value (a 0–10 score "3", an age "14"), never a count.
 */
async function countsIn(scope: Locator): Promise<{ counts: number; small: string[] }> {
  const texts = await scope.locator('td, th:not([scope="row"])').allInnerTexts();
  const counts = texts
    .map((text) => /^(\d{1,3}(?:\.\d{3})*)(?: mensen)?$/.exec(text.trim()))
    .filter((match) => match !== null)
    .map((match) => ({ text: match[0], n: Number(match[1].replaceAll(".", "")) }));
  return { counts: counts.length, small: counts.filter((c) => c.n >= 1 && c.n <= 4).map((c) => c.text) };
}

/** The scan found counts to check (so it can fail), and none of them is 1 to 4. */
async function expectNoSmallCounts(scope: Locator): Promise<void> {
  const { counts, small } = await countsIn(scope);
  expect(counts).toBeGreaterThan(20);
  expect(small).toEqual([]);
}

test("the demo's published 2025 edition: the audit's verdict for staff, the rule in words, no count of 1 to 4, districts over panel members only", async ({
  page,
  browser,
}) => {
  const { id, title } = surveyBySlug(RESULTS_DEMO);
  const snapshot = storedSnapshot(RESULTS_DEMO);
  const { k } = snapshot;
  const { audit, minMeanGroup } = snapshot.method.suppression;
  expect(k).toBe(5);

  // Staff see the verdict, with the numbers, on the publish page.
  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${id}/resultaten/publiceren`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultaten publiceren");
  await expect(auditSection(page).getByRole("paragraph")).toHaveText(
    `Goedgekeurd: geen enkel weggelaten getal is terug te rekenen tot minder dan 5 mogelijke waarden, ook niet met alle gepubliceerde getallen samen. Gecontroleerd: ${nl(audit.checked)} getallen. Weggelaten: ${nl(audit.hidden)}, waarvan ${nl(audit.secondary)} om een klein aantal te beschermen.`,
  );
  expect(audit.hidden).toBeGreaterThan(0);
  expect(audit.secondary).toBeGreaterThan(0);
  await expect(blockedAlert(page)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Readers: the method section says the rule in plain words.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/resultaten/${RESULTS_DEMO}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Resultaten: ${title}`);
  const method = visitor.getByRole("region", { name: "Hoe is het onderzoek gedaan?" });
  await expect(method.getByRole("heading", { name: "Privacy: niemand is herkenbaar" })).toBeVisible();
  for (const sentence of [
    "We tonen geen aantallen van minder dan 5 mensen, ook geen 0. Daar staat x. Soms laten we nog een getal weg, zodat u een klein aantal niet kunt terugrekenen uit een totaal of uit andere getallen. Ook daar staat x: u ziet dus niet of een getal klein is of alleen is weggelaten.",
    "Een groep van minder dan 5 mensen (bijvoorbeeld een kleine wijk) krijgt geen eigen cijfers. Wijk, leeftijd en geslacht kennen we alleen van panelleden. De uitsplitsingen daarnaar gaan dus alleen over panelleden.",
    `Een gemiddelde tonen we alleen als minstens ${minMeanGroup} mensen de vraag beantwoordden.`,
    `Voordat we publiceerden, heeft een computer geprobeerd alle weggelaten getallen terug te rekenen uit alle getallen op deze pagina en in de downloads samen. Dat lukte voor geen enkel getal: elk weggelaten getal kan nog minstens 5 verschillende waarden hebben. We controleerden ${nl(audit.checked)} getallen en lieten er ${nl(audit.hidden)} weg.`,
  ]) {
    await expect(method.getByText(sentence, { exact: true })).toBeVisible();
  }

  // Hidden figures are there, all under the one mark, and no table shows a count of 1 to 4.
  const results = visitor.getByRole("region", { name: "Resultaten per vraag" });
  await expect(results.getByRole("cell", { name: "x", exact: true }).first()).toBeVisible();
  await expect(results.getByText("< 5")).toHaveCount(0);
  await expectNoSmallCounts(visitor.locator("main"));
  await expectNoAxeViolations(visitor);

  // The district breakdown covers panel members only, says so, and has no "Onbekend" group.
  await visitor.getByLabel("Resultaten bekijken per").selectOption({ label: "wijk" });
  await visitor.getByRole("button", { name: "Toon" }).click();
  await expect(visitor).toHaveURL(/\?uitsplitsing=district/);
  await expect(
    visitor.getByText(
      /^U ziet de resultaten per wijk\. Deze uitsplitsing gaat alleen over panelleden\. Van andere deelnemers weten we dit kenmerk niet\./,
    ),
  ).toBeVisible();
  const byDistrict = visitor.getByRole("table", { name: /^Vraag 8 per wijk/ });
  await expect(byDistrict).toBeVisible();
  await expect(byDistrict.getByRole("rowheader", { name: "Onbekend" })).toHaveCount(0);
  await expect(visitor.getByRole("rowheader", { name: "Onbekend" })).toHaveCount(0);
  await expectNoSmallCounts(visitor.locator("main"));
  await expectNoAxeViolations(visitor);
});
