import crypto from "node:crypto";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { demo, logIn, logInAs } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { E2E_DB_FILE, queryE2eDb } from "./support/db";
import { hiddenActionFields, openServerRendered } from "./support/server-rendered";

// Panels for staff: the seeded panels, a panel's settings, the member list, CSV import with its
// per-row report, the district table (administrators only) and the population figures; and that
// other roles get neither the pages nor the actions behind them.

const query = queryE2eDb;
const one = <T>(sql: string, ...params: unknown[]) => query<T>(sql, ...params)[0] as T;
const memberCount = (panelId: number) =>
  one<{ n: number }>("select count(*) as n from panel_members where panel_id = ?", panelId).n;

/** A panel of this test's own, so imports and status changes do not touch the seeded panels. */
function createPanel(): { id: number; name: string } {
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    const tag = crypto.randomBytes(4).toString("hex");
    const name = `Testpanel ${tag}`;
    const id = Number(
      db
        .prepare(
          "insert into panels (slug, name, description, privacy_text, min_age, max_invitations_per_year) values (?, ?, 'Een panel voor de test.', 'Privacytekst voor de test.', 16, 4)",
        )
        .run(`e2e-beheer-${tag}`, name).lastInsertRowid,
    );
    return { id, name };
  } finally {
    db.close();
  }
}

const HEADER = "email;geboortejaar;geslacht;postcode";
function csvFile(rows: string[]) {
  return {
    name: "leden.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${HEADER}\r\n${rows.join("\r\n")}\r\n`),
  };
}

async function signedIn(browser: Browser, role: "admin" | "staff" | "adviesraad" | "panel"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, demo(role).email, demo(role).password);
  return page;
}

const digipanelId = () => one<{ id: number }>("select id from panels where slug = 'digipanel'").id;

test("staff see the seeded panels and change a panel's settings; a new privacy text gets a new version", async ({
  page,
}) => {
  const panel = createPanel();
  await logInAs(page, "staff");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Panels" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Panels" })).toBeVisible();
  await expectNoAxeViolations(page);
  const digipanel = page.getByRole("row", { name: /Digipanel Oosterhout/ });
  await expect(digipanel).toContainText("16 jaar");
  await expect(digipanel).toContainText("hoogstens 4");
  await expect(page.getByRole("row", { name: /Klankbordgroep Adviesraad Sociaal Domein/ })).toContainText(
    "18 jaar",
  );
  // Staff do not get the district table (administrators only), but do get the population figures.
  await expect(page.getByRole("link", { name: /Wijkentabel/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Bevolkingscijfers" })).toBeVisible();

  await page.getByRole("link", { name: panel.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: panel.name })).toBeVisible();
  await expectNoAxeViolations(page);

  // Mistakes first: every one is listed at the top, focus goes there, and links lead to the field.
  await page.getByLabel("Naam").fill("");
  await page.getByLabel(/Hoogstens zoveel uitnodigingen/).fill("0");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  const summary = page.getByRole("alert", { name: "Er ging iets mis" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Vul een naam in." })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Vul een heel getal in van 1 tot en met 52." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: "Vul een naam in." }).click();
  await expect(page.getByLabel("Naam")).toBeFocused();

  await page.getByLabel("Naam").fill(`${panel.name} (gewijzigd)`);
  await page.getByLabel(/Hoogstens zoveel uitnodigingen/).fill("6");
  await page.getByLabel("Minimumleeftijd").selectOption("18");
  await page.getByLabel("Privacytekst").fill("Nieuwe privacytekst: wat we bewaren en waarom.");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "versie 2" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(
    one(
      "select name, min_age as minAge, max_invitations_per_year as max, privacy_version as version from panels where id = ?",
      panel.id,
    ),
  ).toEqual({ name: `${panel.name} (gewijzigd)`, minAge: 18, max: 6, version: 2 });
  const audit = one<{ details: string }>(
    "select details from audit_log where action = 'panel.settings_changed' and subject_id = ?",
    String(panel.id),
  );
  expect(JSON.parse(audit.details).privacyVersion).toEqual({ from: 1, to: 2 });
});

test("a CSV with a bad row imports nothing and shows the row; then staff choose the good rows only", async ({
  page,
}) => {
  const panel = createPanel();
  const tag = crypto.randomBytes(3).toString("hex");
  await logInAs(page, "staff");
  await page.goto(`/beheer/panels/${panel.id}/importeren`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Leden importeren – ${panel.name}` }),
  ).toBeVisible();
  await expect(page.getByText(/moet zelf toestemming hebben/)).toBeVisible();
  await expectNoAxeViolations(page);

  // No file chosen: the error summary says so.
  await page.getByRole("button", { name: "Bestand controleren en importeren" }).click();
  await expect(page.getByRole("alert", { name: "Er is een probleem met het bestand" })).toBeFocused();
  await expectNoAxeViolations(page);

  await page
    .getByLabel(/CSV-bestand met leden/)
    .setInputFiles(
      csvFile([
        `een-${tag}@example.org;1980;vrouw;4901 AB`,
        `twee-${tag}@example.org;1955;man;4902cd`,
        `drie-${tag}@example.org;1990;zeg ik liever niet;4923 AA`,
        `vier-${tag}@example.org;1970;vrouw;1012 AB`,
      ]),
    );
  await page.getByRole("button", { name: "Bestand controleren en importeren" }).click();
  const report = page.locator('[data-outcome="report"]');
  await expect(report.getByRole("heading", { name: "Het bestand heeft fouten" })).toBeVisible();
  await expect(report).toContainText("Er is niets geïmporteerd.");
  const badRow = page.locator('table[data-table="import-errors"] tbody tr');
  await expect(badRow).toHaveCount(1);
  await expect(badRow.locator("td").nth(0)).toHaveText("5");
  await expect(badRow.locator("td").nth(1)).toHaveText("postcode");
  await expect(badRow.locator("td").nth(2)).toContainText("Bij deze postcode hoort geen wijk");
  await expectNoAxeViolations(page);
  expect(memberCount(panel.id)).toBe(0);

  await page.getByRole("button", { name: "Alleen de 3 goede rijen importeren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 leden geïmporteerd" })).toBeVisible();
  await expect(page.getByText("1 rij met fouten is overgeslagen")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(
    query(
      "select email, status, joined_via as via, district from panel_members where panel_id = ? order by id",
      panel.id,
    ),
  ).toEqual([
    { email: `een-${tag}@example.org`, status: "active", via: "import", district: "Centrum" },
    { email: `twee-${tag}@example.org`, status: "active", via: "import", district: "Oosterheide" },
    { email: `drie-${tag}@example.org`, status: "active", via: "import", district: "Dorst" },
  ]);
  expect(
    one("select count(*) as n from member_consents where panel_id = ? and privacy_version = 1", panel.id),
  ).toEqual({ n: 3 });

  // The members appear in the list; staff pause one and then remove it (its contact data goes).
  await page
    .getByRole("navigation", { name: "Onderdelen van dit panel" })
    .getByRole("link", { name: "Leden", exact: true })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "3 leden gevonden." })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `twee-${tag}@example.org` }).click();
  await expect(page.getByText("Toestemming voor privacytekst versie 1")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Lid pauzeren" }).click();
  await expect(page.getByRole("button", { name: "Lid weer actief maken" })).toBeVisible();
  await page.getByRole("button", { name: "Lid verwijderen" }).click();
  await expect(page.getByText("Zet een vinkje om te bevestigen")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Ja, ik wil dit lid verwijderen/).check();
  await page.getByRole("button", { name: "Lid verwijderen" }).click();
  await expect(page.getByText(/Dit lid is gestopt/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(
    one(
      "select email, postcode, status from panel_members where panel_id = ? and district = 'Oosterheide'",
      panel.id,
    ),
  ).toEqual({
    email: null,
    postcode: null,
    status: "left",
  });
});

test("the member list filters by district, sex, age group and status, and searches by address", async ({
  page,
}) => {
  const panelId = digipanelId();
  await logInAs(page, "staff");
  await page.goto(`/beheer/panels/${panelId}/leden`);
  await expect(page.getByRole("heading", { level: 1, name: /^Leden – / })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.locator('table[data-table="members"] tbody tr')).toHaveCount(50);

  await page.getByLabel("Wijk").selectOption("Dorst");
  await page.getByLabel("Geslacht").selectOption("vrouw");
  await page.getByRole("button", { name: "Toon leden" }).click();
  await expect(page).toHaveURL(/district=Dorst/);
  const expected = one<{ n: number }>(
    "select count(*) as n from panel_members where panel_id = ? and district = 'Dorst' and sex = 'vrouw'",
    panelId,
  ).n;
  expect(expected).toBeGreaterThan(0);
  const rows = page.locator('table[data-table="members"] tbody tr');
  await expect(rows).toHaveCount(Math.min(expected, 50));
  for (const district of await rows.locator("td:nth-child(3)").allTextContents())
    expect(district).toBe("Dorst");
  for (const sex of await rows.locator("td:nth-child(5)").allTextContents()) expect(sex).toBe("Vrouw");
  await expectNoAxeViolations(page);

  await page.goto(`/beheer/panels/${panelId}/leden?status=paused&ageGroup=65-79`);
  const paused = one<{ n: number }>(
    "select count(*) as n from panel_members where panel_id = ? and status = 'paused' and birth_year between ? and ?",
    panelId,
    new Date().getFullYear() - 79,
    new Date().getFullYear() - 65,
  ).n;
  await expect(page.locator('table[data-table="members"] tbody tr')).toHaveCount(paused);

  const someone = one<{ email: string }>(
    "select email from panel_members where panel_id = ? and email is not null order by id limit 1",
    panelId,
  );
  await page.goto(`/beheer/panels/${panelId}/leden`);
  await page.getByLabel("Zoek op e-mailadres").fill(someone.email);
  await page.getByRole("button", { name: "Toon leden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 lid gevonden." })).toBeVisible();
  await page.getByRole("link", { name: someone.email }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Gegevens" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("staff keep the population figures", async ({ page }) => {
  await logInAs(page, "staff");
  await page.goto("/beheer/panels/bevolking");
  await expect(page.getByLabel("Bron")).toHaveValue(/demo-cijfers/);
  await expectNoAxeViolations(page);
  await page.getByLabel("35-49 jaar, Vrouwen").fill("");
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  const summary = page.getByRole("alert", { name: "Er ging iets mis" });
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: /35-49 jaar, Vrouwen/ }).click();
  await expect(page.getByLabel("35-49 jaar, Vrouwen")).toBeFocused();
  await page.getByLabel("35-49 jaar, Vrouwen").fill("4950");
  await page.getByRole("button", { name: "Cijfers opslaan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De cijfers zijn opgeslagen: 48130 inwoners." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("administrators edit the district table; staff cannot, not even by a direct POST", async ({
  page,
  browser,
}) => {
  const postcode4 = String(9000 + crypto.randomInt(900));
  await logInAs(page, "admin");
  await page.goto("/beheer/panels");
  await page.getByRole("link", { name: /Wijkentabel/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wijkentabel" })).toBeVisible();
  await expectNoAxeViolations(page);

  const add = page.locator('form[data-form="new-district"]');
  await add.getByLabel(/Postcode \(4 cijfers\)/).fill(postcode4);
  await add.getByLabel("Wijk").fill("Testwijk");
  await add.getByRole("button", { name: "Postcode toevoegen" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Postcode ${postcode4} is toegevoegd.` }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`^${postcode4} Testwijk`) })).toBeVisible();
  await expectNoAxeViolations(page);

  // The same postcode twice is refused beside the field.
  await add.getByLabel(/Postcode \(4 cijfers\)/).fill(postcode4);
  await add.getByLabel("Wijk").fill("Nog een keer");
  await add.getByRole("button", { name: "Postcode toevoegen" }).click();
  await expect(page.getByRole("alert", { name: "Er ging iets mis" })).toContainText("staat al in de tabel");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: `Wijzigen (${postcode4} Testwijk)` }).click();
  const edit = page.locator('form[data-form="edit-district"]');
  await edit.getByLabel("Wijk").fill("Testwijk Noord");
  await edit.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`^${postcode4} Testwijk Noord`) })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(one("select district from postcode_districts where postcode4 = ?", postcode4)).toEqual({
    district: "Testwijk Noord",
  });

  // Staff: no page, and the add action replayed with the administrator's form fields changes nothing.
  const copy = await openServerRendered(page, browser, "/beheer/panels/wijken");
  const addFields = await hiddenActionFields(copy.locator('form[data-form="new-district"]'));
  await copy.context().close();
  const staff = await signedIn(browser, "staff");
  await staff.goto("/beheer/panels/wijken");
  await expect(staff.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expectNoAxeViolations(staff);
  const origin = new URL(page.url()).origin;
  const stolen = String(Number(postcode4) + 1);
  const replay = await staff.request.post("/beheer/panels/wijken", {
    multipart: { ...addFields, postcode4: stolen, district: "Via een directe POST" },
    headers: { Origin: origin },
  });
  expect(replay.status()).toBeLessThan(500);
  expect(query("select * from postcode_districts where postcode4 = ?", stolen)).toEqual([]);
  await staff.context().close();

  await page.getByRole("button", { name: `Verwijderen (${postcode4} Testwijk Noord)` }).click();
  await expect(page.getByRole("row", { name: new RegExp(`^${postcode4} `) })).toHaveCount(0);
  expect(query("select * from postcode_districts where postcode4 = ?", postcode4)).toEqual([]);
});

test("the adviesraad and panel accounts get no panel page, and their direct POST of the import is refused", async ({
  page,
  browser,
}) => {
  const panel = createPanel();
  await logInAs(page, "staff");
  const origin = new URL(page.url()).origin;
  const copy = await openServerRendered(page, browser, `/beheer/panels/${panel.id}/importeren`);
  const importFields = await hiddenActionFields(copy.locator('form[data-form="member-import"]'));
  await copy.context().close();
  expect(importFields.panelId).toBe(String(panel.id));
  const post = (request: APIRequestContext, email: string) =>
    request.post(`/beheer/panels/${panel.id}/importeren`, {
      multipart: { ...importFields, file: csvFile([`${email};1980;vrouw;4901 AB`]) },
      headers: { Origin: origin },
    });

  // Positive control: the staff member's own replay imports, so the refusals are the server's decision.
  expect((await post(page.request, "controle@example.org")).status()).toBeLessThan(400);
  expect(memberCount(panel.id)).toBe(1);

  for (const role of ["adviesraad", "panel"] as const) {
    const other = await signedIn(browser, role);
    for (const path of [
      "/beheer/panels",
      `/beheer/panels/${panel.id}`,
      `/beheer/panels/${panel.id}/leden`,
      `/beheer/panels/${panel.id}/importeren`,
      "/beheer/panels/wijken",
      "/beheer/panels/bevolking",
    ]) {
      await other.goto(path);
      await expect(other.getByRole("heading", { name: "Geen toegang" }), `${role} at ${path}`).toBeVisible();
      await expect(other.getByText("Digipanel Oosterhout")).toHaveCount(0);
    }
    await expectNoAxeViolations(other);
    const response = await post(other.request, `${role}-inbreker@example.org`);
    expect(response.status(), role).toBeLessThan(500);
    expect(await response.text()).toContain("Geen toegang");
    expect(memberCount(panel.id), role).toBe(1);
    await other.context().close();
  }
});

test("without JavaScript, the import reports the bad row, imports nothing, and imports the good rows when chosen", async ({
  page,
  browser,
}) => {
  const panel = createPanel();
  const tag = crypto.randomBytes(3).toString("hex");
  await logInAs(page, "staff");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await context.newPage();
  await noJs.goto(`/beheer/panels/${panel.id}/importeren`);
  await noJs
    .getByLabel(/CSV-bestand met leden/)
    .setInputFiles(
      csvFile([`a-${tag}@example.org;1980;vrouw;4901 AB`, `b-${tag}@example.org;2020;man;4901 AB`]),
    );
  await noJs.getByRole("button", { name: "Bestand controleren en importeren" }).click();
  await expect(noJs.getByRole("heading", { name: "Het bestand heeft fouten" })).toBeVisible();
  await expect(noJs.locator('table[data-table="import-errors"] tbody tr')).toContainText(
    "jonger dan 16 jaar",
  );
  await expectNoAxeViolationsWithoutJs(noJs);
  expect(memberCount(panel.id)).toBe(0);

  await noJs.getByRole("button", { name: "Alleen de goede rij importeren" }).click();
  await expect(noJs.getByText("1 lid geïmporteerd")).toBeVisible();
  await expectNoAxeViolationsWithoutJs(noJs);
  expect(query("select email from panel_members where panel_id = ?", panel.id)).toEqual([
    { email: `a-${tag}@example.org` },
  ]);
  await context.close();
});
