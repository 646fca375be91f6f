import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { DEMO_ACCOUNTS } from "../db/seed/demo-accounts";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { E2E_DB_FILE, openE2eDb } from "./support/db";

// A survey's overview for staff: its lifecycle steps (enforced on the server, with optimistic
// concurrency), its versions and the diff between two of them, and its timeline.

const OPEN_SLUG = "sociaal-domein-2026";
const CONCEPT_SLUG = "mantelzorg-2026";
/** Dutch long date with time, as Europe/Amsterdam: "3 juni 2026 om 14:05". */
const DUTCH_DATE_TIME =
  /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/;

function demo(role: "admin" | "staff" | "adviesraad" | "panel") {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account with role ${role}`);
  return account;
}

async function logIn(page: Page, role: "admin" | "staff" | "adviesraad" | "panel"): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(demo(role).email);
  await page.getByLabel("Wachtwoord").fill(demo(role).password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
}

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

// --- the database, read-only -------------------------------------------------------------------

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openE2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

type SurveyRow = { id: number; status: string; revision: number; currentVersionId: number };
const surveyBySlug = (slug: string) =>
  query<SurveyRow>(
    "select id, status, revision, current_version_id as currentVersionId from surveys where slug = ?",
    slug,
  )[0];
/** Everything a lifecycle step can change, to compare before and after a refused request. */
const lifecycleState = () => ({
  surveys: query<SurveyRow>(
    "select id, status, revision, current_version_id as currentVersionId from surveys order by id",
  ),
  versions: query<{ n: number }>("select count(*) as n from survey_versions where frozen_at is not null")[0]
    .n,
  audit: query<{ n: number }>("select count(*) as n from audit_log")[0].n,
});

/** Opens a survey's overview from the staff home page, as staff do. */
async function openOverview(page: Page, title: string): Promise<void> {
  await page.goto("/beheer");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);
}

const step = (page: Page, to: string) => page.locator(`form[data-form="lifecycle-step"][data-to="${to}"]`);
const facts = (page: Page) => page.locator(".survey-facts");
const timelineItems = (page: Page) => page.getByRole("region", { name: "Tijdlijn" }).getByRole("listitem");

// --- the overview ------------------------------------------------------------------------------

test("staff open the concept survey's overview: status, next steps, versions and timeline", async ({
  page,
}) => {
  const survey = surveyBySlug(CONCEPT_SLUG);
  await logIn(page, "staff");
  await openOverview(page, "Mantelzorg in Oosterhout (concept)");
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${survey.id}$`));
  await expect(facts(page)).toContainText("StatusConcept");
  await expect(facts(page)).toContainText("Versie 1, concept");
  await expect(facts(page)).toContainText(`/s/${CONCEPT_SLUG}`);

  // A concept is edited in the builder and shared through the review's form (it asks for a deadline).
  const next = page.getByRole("region", { name: "Volgende stap" });
  await expect(next.getByRole("link", { name: "Enquête bewerken" })).toHaveAttribute(
    "href",
    `/beheer/surveys/${survey.id}/bewerken`,
  );
  await expect(next.getByRole("link", { name: "Delen met de Adviesraad" })).toHaveAttribute(
    "href",
    `/beheer/surveys/${survey.id}/review`,
  );
  await expect(page.locator('form[data-form="lifecycle-step"]')).toHaveCount(0);

  const versions = page.getByRole("table", { name: /Versies van deze enquête/ });
  await expect(versions.getByRole("row")).toHaveCount(2);
  await expect(versions.getByRole("rowheader")).toHaveText(["Versie 1Huidige versie"]);
  await expect(page.getByText("Er is nog maar één versie.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Tijdlijn" })).toBeVisible();

  // Unknown and malformed ids get the staff area's "not found" page.
  for (const path of ["/beheer/surveys/999999", "/beheer/surveys/abc", "/beheer/surveys/999999/versies"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("staff take a survey through allowed steps, each shown in the timeline", async ({ page }) => {
  const survey = surveyBySlug(OPEN_SLUG);
  await logIn(page, "staff");
  await openOverview(page, "Sociaal domein Oosterhout 2026");
  await expect(
    page.getByRole("link", { name: "De vragenlijst bekijken zoals inwoners hem zien" }),
  ).toHaveAttribute("href", `/s/${OPEN_SLUG}`);

  const walk: [label: string, done: string, status: string, timeline: string][] = [
    ["Sluiten", "De enquête is gesloten. Er komen geen antwoorden meer bij.", "Gesloten", "Gesloten"],
    ["Resultaten publiceren", "De resultaten zijn gepubliceerd.", "Gepubliceerd", "Resultaten gepubliceerd"],
    [
      "Publicatie intrekken",
      "De publicatie is ingetrokken. De enquête is weer gesloten.",
      "Gesloten",
      "Publicatie ingetrokken",
    ],
    ["Weer openen", "De enquête is weer open.", "Open", "Weer geopend"],
  ];
  let revision = survey.revision;
  for (const [label, done, status, event] of walk) {
    await page.getByRole("button", { name: label }).click();
    await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
    await expect(facts(page)).toContainText(`Status${status}`);
    // Newest first: who did it and when, in Dutch.
    const latest = timelineItems(page).first();
    await expect(latest).toContainText(`${event} (versie 1)`);
    await expect(latest).toContainText(`door ${demo("staff").name}`);
    await expect(latest).toContainText(DUTCH_DATE_TIME);
    await expectNoAxeViolations(page);
    revision += 1;
    expect(surveyBySlug(OPEN_SLUG)).toMatchObject({
      status: status === "Open" ? "open" : status === "Gepubliceerd" ? "published" : "closed",
      revision,
    });
  }
  await expect(timelineItems(page)).toHaveCount(4);
  const audit = query<{ action: string; details: string }>(
    "select action, details from audit_log where subject_type = 'survey' and subject_id = ? order by id",
    String(survey.id),
  );
  expect(audit.map((a) => [a.action, JSON.parse(a.details).from, JSON.parse(a.details).to])).toEqual([
    ["survey.status_changed", "open", "closed"],
    ["survey.status_changed", "closed", "published"],
    ["survey.status_changed", "published", "closed"],
    ["survey.status_changed", "closed", "open"],
  ]);
});

test("a step on a stale page is refused, naming who changed the survey", async ({ page, browser }) => {
  await logIn(page, "staff");
  await openOverview(page, "Sociaal domein Oosterhout 2026");
  // Meanwhile an administrator closes the survey.
  const admin = await newPage(browser);
  await logIn(admin, "admin");
  await openOverview(admin, "Sociaal domein Oosterhout 2026");
  await admin.getByRole("button", { name: "Sluiten" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "De enquête is gesloten." })).toBeVisible();
  const afterAdmin = surveyBySlug(OPEN_SLUG);
  expect(afterAdmin.status).toBe("closed");

  // The staff member's page still shows "open" and its revision: their step is refused.
  await page.getByRole("button", { name: "Sluiten" }).click();
  const summary = page.getByRole("alert", { name: "Dat lukte niet" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`${demo("admin").name} heeft deze enquête intussen gewijzigd (`);
  await expect(summary).toContainText(DUTCH_DATE_TIME);
  await expectNoAxeViolations(page);
  expect(surveyBySlug(OPEN_SLUG)).toEqual(afterAdmin);

  // Reloading shows the survey as it is now; opening it again restores the demo.
  await page.getByRole("link", { name: "Pagina opnieuw laden" }).click();
  await expect(facts(page)).toContainText("StatusGesloten");
  await expect(timelineItems(page).first()).toContainText(`door ${demo("admin").name}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Weer openen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De enquête is weer open." })).toBeVisible();
  expect(surveyBySlug(OPEN_SLUG).status).toBe("open");
  await admin.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a step is a plain form post, and a stale one is refused with the same message", async ({
    page,
    browser,
  }) => {
    await logIn(page, "staff");
    const survey = surveyBySlug(OPEN_SLUG);
    await page.goto(`/beheer/surveys/${survey.id}`);
    await expectNoAxeViolationsWithoutJs(page);
    // A second tab of the same person, left open from before.
    const stale = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const old = await stale.newPage();
    await old.goto(`/beheer/surveys/${survey.id}`);

    await page.getByRole("button", { name: "Sluiten" }).click();
    await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${survey.id}\\?stap=close$`));
    await expect(page.getByRole("status").filter({ hasText: "De enquête is gesloten." })).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);

    await old.getByRole("button", { name: "Sluiten" }).click();
    await expect(old.getByRole("alert", { name: "Dat lukte niet" })).toContainText(
      `${demo("staff").name} heeft deze enquête intussen gewijzigd (`,
    );
    await expectNoAxeViolationsWithoutJs(old);
    expect(surveyBySlug(OPEN_SLUG)).toMatchObject({ status: "closed", revision: survey.revision + 1 });
    await stale.close();

    await page.getByRole("button", { name: "Weer openen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De enquête is weer open." })).toBeVisible();
    expect(surveyBySlug(OPEN_SLUG).status).toBe("open");
  });
});

// --- the server refuses what the pages do not offer --------------------------------------------

/** The hidden fields of a rendered lifecycle form, read where the server put them (no JavaScript). */
async function lifecycleFormFields(page: Page, browser: Browser, path: string, to: string) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const copy = await context.newPage();
  await copy.goto(path);
  await expectNoAxeViolationsWithoutJs(copy);
  const fields = await step(copy, to)
    .locator('input[type="hidden"]')
    .evaluateAll((inputs) =>
      inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const),
    );
  await context.close();
  const result: Record<string, string> = Object.fromEntries(fields);
  const named = Object.keys(result).some(
    (name) => name.startsWith("$ACTION_ID_") || name.startsWith("$ACTION_REF_"),
  );
  expect(named, "the form carries its server action id").toBe(true);
  return result;
}

test("illegal steps and other roles' steps posted straight to the action are refused and change nothing", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  const open = surveyBySlug(OPEN_SLUG);
  const concept = surveyBySlug(CONCEPT_SLUG);
  await logIn(page, "staff");
  const closeForm = await lifecycleFormFields(page, browser, `/beheer/surveys/${open.id}`, "closed");
  expect(closeForm).toMatchObject({
    surveyId: String(open.id),
    to: "closed",
    expectedRevision: String(open.revision),
  });

  const before = lifecycleState();
  const headers = { Origin: origin };
  // 1. Staff replay the action with steps the lifecycle does not allow.
  const illegal = [
    { surveyId: String(concept.id), to: "published", expectedRevision: String(concept.revision) },
    { surveyId: String(concept.id), to: "open", expectedRevision: String(concept.revision) },
    // Sharing needs the review's form (deadline, round, mail), not the generic step.
    { surveyId: String(concept.id), to: "in_review", expectedRevision: String(concept.revision) },
    { surveyId: String(open.id), to: "concept", expectedRevision: String(open.revision) },
    { surveyId: String(open.id), to: "archived", expectedRevision: String(open.revision) },
  ];
  for (const attempt of illegal) {
    const response = await page.request.post(`/beheer/surveys/${attempt.surveyId}`, {
      multipart: { ...closeForm, ...attempt },
      headers,
    });
    expect(response.status(), `${attempt.to}`).toBeLessThan(500);
    expect(lifecycleState(), `staff: ${attempt.to} changed nothing`).toEqual(before);
  }

  // 2. A legal step, replayed by an Adviesraad member, a panel member, a visitor, a forged cookie.
  for (const role of ["adviesraad", "panel"] as const) {
    const member = await newPage(browser);
    await logIn(member, role);
    const response = await member.request.post(`/beheer/surveys/${open.id}`, {
      multipart: closeForm,
      headers,
    });
    expect(response.status(), role).toBe(200);
    expect(await response.text(), role).toContain("Geen toegang");
    expect(lifecycleState(), `${role}: nothing changed`).toEqual(before);
    await member.context().close();
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  const viaProxy = await anonymous.post(`/beheer/surveys/${open.id}`, {
    multipart: closeForm,
    headers,
    maxRedirects: 0,
  });
  expect(viaProxy.status()).toBe(307);
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: "authjs.session-token=verzonnen" },
  });
  const pastProxy = await forged.post(`/beheer/surveys/${open.id}`, {
    multipart: closeForm,
    headers,
    maxRedirects: 0,
  });
  expect(pastProxy.status()).toBeLessThan(500);
  expect(lifecycleState(), "visitors: nothing changed").toEqual(before);
  await anonymous.dispose();
  await forged.dispose();

  // 3. The same replay by staff is a real step: the action works, it was only refused above.
  await page.request.post(`/beheer/surveys/${open.id}`, { multipart: closeForm, headers });
  expect(surveyBySlug(OPEN_SLUG)).toMatchObject({ status: "closed", revision: open.revision + 1 });
  await page.request.post(`/beheer/surveys/${open.id}`, {
    multipart: { ...closeForm, to: "open", expectedRevision: String(open.revision + 1) },
    headers,
  });
  expect(surveyBySlug(OPEN_SLUG)).toMatchObject({ status: "open", revision: open.revision + 2 });
});

// --- versions and the diff ---------------------------------------------------------------------

/**
 * A survey of its own with two versions. Version 1 comes through the operator CLI (export the demo
 * concept, import it under a new slug). Version 2 is written straight into the database: the only
 * path that makes a second version in the app is the survey builder (another part of this issue),
 * and this test is about comparing versions, not about editing them.
 */
function surveyWithTwoVersions(slug: string): number {
  const cli = (...args: string[]) =>
    execFileSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "cli/index.ts", ...args],
      {
        env: { ...process.env, PEILING_DB: E2E_DB_FILE },
      },
    ).toString();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-e2e-"));
  const file = path.join(dir, "mantelzorg.json");
  fs.writeFileSync(file, cli("survey:export", CONCEPT_SLUG));
  cli("survey:import", file, "--slug", slug);
  const db = new Database(E2E_DB_FILE);
  try {
    const survey = db.prepare("select id, current_version_id as v from surveys where slug = ?").get(slug) as {
      id: number;
      v: number;
    };
    const { definition } = db
      .prepare("select definition from survey_versions where id = ?")
      .get(survey.v) as {
      definition: string;
    };
    const next = JSON.parse(definition);
    next.pages[0].questions[2].text = "Hoe moeilijk is de zorg voor u?";
    next.pages[1].questions.push({
      id: "steun-gemeente",
      type: "short_text",
      text: "Welke steun van de gemeente kent u?",
      required: false,
      maxLength: 200,
    });
    const staff = db.prepare("select id from users where email = ?").get(demo("staff").email) as {
      id: number;
    };
    db.prepare("update survey_versions set frozen_at = ? where id = ?").run(Date.now(), survey.v);
    const inserted = db
      .prepare("insert into survey_versions (survey_id, number, definition, created_by) values (?, 2, ?, ?)")
      .run(survey.id, JSON.stringify(next), staff.id);
    db.prepare("update surveys set current_version_id = ? where id = ?").run(
      inserted.lastInsertRowid,
      survey.id,
    );
    return survey.id;
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("staff compare two versions: an added question and a word-level change", async ({ page, browser }) => {
  const surveyId = surveyWithTwoVersions("mantelzorg-vergelijk");
  await logIn(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId}`);
  await expectNoAxeViolations(page);
  const versions = page.getByRole("table", { name: /Versies van deze enquête/ });
  await expect(versions.getByRole("rowheader")).toHaveText(["Versie 2Huidige versie", "Versie 1"]);
  await expect(versions.getByRole("row", { name: /Versie 2/ })).toContainText(`door ${demo("staff").name}`);
  await expect(versions.getByRole("row", { name: /Versie 1/ })).toContainText("Vastgelegd op");
  // The import is on the timeline, done by the operator's CLI.
  await expect(timelineItems(page).first()).toContainText("Enquête ingelezen uit een bestand");
  await expect(timelineItems(page).first()).toContainText("door Het systeem");

  // The form picks the two newest versions by default.
  await expect(page.getByLabel("Oudere versie")).toHaveValue("1");
  await expect(page.getByLabel("Nieuwere versie")).toHaveValue("2");
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${surveyId}/versies/vergelijk\\?van=1&naar=2$`));
  await expect(
    page.getByRole("heading", { level: 1, name: "Versie 1 en versie 2 vergelijken" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText("Vragen: 1 nieuw, 0 verwijderd, 0 verplaatst, 1 gewijzigd.")).toBeVisible();

  const added = page.locator('[data-question-id="steun-gemeente"]');
  await expect(added.getByRole("heading", { level: 3 })).toHaveText(
    "toegevoegd: Welke steun van de gemeente kent u?",
  );
  await expect(added.locator(".diff-badge")).toHaveText(["Nieuw"]);
  await expect(added.locator("ins")).toHaveCount(1);

  const changed = page.locator('[data-question-id="zwaarte"]');
  await expect(changed.locator(".diff-badge")).toHaveText(["Gewijzigd"]);
  await expect(changed.locator("del")).toHaveText(["verwijderd: zwaar (einde verwijderd)"]);
  await expect(changed.locator("ins")).toHaveText(["toegevoegd: moeilijk (einde toegevoegd)"]);
  await expect(changed.locator("dd")).toHaveText(
    "Hoe verwijderd: zwaar (einde verwijderd)toegevoegd: moeilijk (einde toegevoegd) is de zorg voor u?",
  );
  // Unchanged questions are counted, not repeated.
  await expect(page.getByText("2 vragen zijn niet veranderd.")).toHaveCount(2);

  // The other way round, without JavaScript: the same form is a plain GET.
  const noJs = await newPage(browser, { javaScriptEnabled: false });
  await noJs.context().addCookies(await page.context().cookies());
  await noJs.goto(`/beheer/surveys/${surveyId}/versies`);
  await expectNoAxeViolationsWithoutJs(noJs);
  await noJs.getByLabel("Oudere versie").selectOption("2");
  await noJs.getByLabel("Nieuwere versie").selectOption("1");
  await noJs.getByRole("button", { name: "Vergelijken" }).click();
  await expect(
    noJs.getByRole("heading", { level: 1, name: "Versie 2 en versie 1 vergelijken" }),
  ).toBeVisible();
  await expect(noJs.getByText("Vragen: 0 nieuw, 1 verwijderd, 0 verplaatst, 1 gewijzigd.")).toBeVisible();
  await expect(noJs.locator('[data-question-id="steun-gemeente"] .diff-badge')).toHaveText(["Verwijderd"]);
  await expectNoAxeViolationsWithoutJs(noJs);

  // A version that does not exist is named, and the form is there to pick again.
  await noJs.goto(`/beheer/surveys/${surveyId}/versies/vergelijk?van=1&naar=7`);
  await expect(noJs.getByRole("alert")).toContainText("Versie 7 bestaat niet.");
  await expectNoAxeViolationsWithoutJs(noJs);
  await noJs.context().close();
});
