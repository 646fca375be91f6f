import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { type DemoRole, demo, logInAs, submitLogin } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { E2E_DB_FILE, queryE2eDb } from "./support/db";
import { importSurveyCopy } from "./support/operator-cli";
import { hiddenActionFields, openServerRendered } from "./support/server-rendered";

// A survey's overview for staff: its lifecycle steps (enforced on the server, with optimistic
// concurrency), its versions and the diff between two of them, and its timeline.

const OPEN_SLUG = "sociaal-domein-2026";
const CONCEPT_SLUG = "mantelzorg-2026";
/** Dutch long date with time, as Europe/Amsterdam: "3 juni 2026 om 14:05". */
const DUTCH_DATE_TIME =
  /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/;

/** Signs in as a demo role in a context without JavaScript (axe scans the server's HTML). */
async function logInWithoutJs(page: Page, role: DemoRole): Promise<void> {
  await page.goto("/inloggen");
  await expectNoAxeViolationsWithoutJs(page);
  await submitLogin(page, demo(role).email, demo(role).password);
  await expect(page).not.toHaveURL(/\/inloggen/);
}

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

// --- the database, read-only -------------------------------------------------------------------

const query = queryE2eDb;

type SurveyRow = { id: number; title: string; status: string; revision: number; currentVersionId: number };
const surveyBySlug = (slug: string) =>
  query<SurveyRow>(
    "select id, title, status, revision, current_version_id as currentVersionId from surveys where slug = ?",
    slug,
  )[0];
/** Everything a lifecycle step can change, to compare before and after a refused request. */
const lifecycleState = () => ({
  surveys: query<SurveyRow>(
    "select id, title, status, revision, current_version_id as currentVersionId from surveys order by id",
  ),
  versions: query<{ n: number }>("select count(*) as n from survey_versions where frozen_at is not null")[0]
    .n,
  audit: query<{ n: number }>("select count(*) as n from audit_log")[0].n,
});

// --- test surveys of their own ------------------------------------------------------------------

/**
 * A copy of a demo survey for one test, so no other journey's changes to the demo (and none of
 * ours to theirs) matter. It comes in through the operator CLI (export, then import under a new
 * slug: a concept with "survey.imported" on its timeline). For a survey further along, the test
 * setup writes the status and freezes version 1 in the database, as sharing or opening would:
 * the step into review belongs to the review's share form (deadline, round, mail) and is tested
 * in that journey.
 */
function copyOfDemo(source: string, slug: string, status?: "in_review" | "open"): SurveyRow {
  // Its own title too, so no journey's look-up by title finds two surveys.
  importSurveyCopy(source, slug, (definition) => ({ ...definition, title: `${definition.title} (${slug})` }));
  if (status) {
    const db = new Database(E2E_DB_FILE);
    try {
      const now = Date.now();
      db.prepare("update surveys set status = ?, opens_at = ? where slug = ?").run(
        status,
        status === "open" ? now : null,
        slug,
      );
      db.prepare(
        "update survey_versions set frozen_at = ? where id = (select current_version_id from surveys where slug = ?)",
      ).run(now, slug);
    } finally {
      db.close();
    }
  }
  return surveyBySlug(slug);
}

/** Opens a survey's overview from the staff home page, as staff do: by its title in the list. */
async function openOverview(page: Page, slug: string): Promise<void> {
  const { title } = surveyBySlug(slug);
  await page.goto("/beheer");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);
}

const step = (page: Page, to: string) => page.locator(`form[data-form="lifecycle-step"][data-to="${to}"]`);
const facts = (page: Page) => page.locator(".survey-facts");
const timelineItems = (page: Page) => page.getByRole("region", { name: "Tijdlijn" }).getByRole("listitem");

// --- the overview ------------------------------------------------------------------------------

test("staff take a survey in review back to concept: a new draft version, and the timeline", async ({
  page,
}) => {
  const survey = copyOfDemo(CONCEPT_SLUG, "mantelzorg-herzien", "in_review");
  await logInAs(page, "staff");
  await openOverview(page, "mantelzorg-herzien");
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${survey.id}$`));
  await expect(facts(page)).toContainText("StatusIn review");
  await expect(facts(page)).toContainText("/s/mantelzorg-herzien");
  await expect(facts(page)).toContainText(/Versie 1, vastgelegd op/);
  const next = page.getByRole("region", { name: "Volgende stap" });
  await expect(next.getByRole("link", { name: "Review en advies bekijken" })).toHaveAttribute(
    "href",
    `/beheer/surveys/${survey.id}/review`,
  );
  await expect(next.getByRole("button")).toHaveText(["Terug naar concept", "Review afronden"]);
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(timelineItems(page).first()).toContainText("Enquête ingelezen uit een bestand");
  await expect(timelineItems(page).first()).toContainText("door Het systeem");

  await next.getByRole("button", { name: "Terug naar concept" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De enquête is terug in concept." })).toBeVisible();
  await expectNoAxeViolations(page);
  // The shared version stays frozen; a copy of it is the new draft to edit.
  await expect(facts(page)).toContainText("StatusConcept");
  await expect(facts(page)).toContainText("Versie 2, concept");
  const versions = page.getByRole("table", { name: /Versies van deze enquête/ });
  await expect(versions.getByRole("rowheader")).toHaveText(["Versie 2Huidige versie", "Versie 1"]);
  await expect(versions.getByRole("row", { name: /Versie 2/ })).toContainText("Concept, kan nog veranderen");
  await expect(versions.getByRole("row", { name: /Versie 2/ })).toContainText(`door ${demo("staff").name}`);
  await expect(versions.getByRole("row", { name: /Versie 1/ })).toContainText("Vastgelegd op");
  // A concept is edited in the builder and shared through the review's form (it asks for a deadline).
  await expect(next.getByRole("link", { name: "Enquête bewerken" })).toHaveAttribute(
    "href",
    `/beheer/surveys/${survey.id}/bewerken`,
  );
  await expect(next.getByRole("link", { name: "Delen met de Adviesraad" })).toHaveAttribute(
    "href",
    `/beheer/surveys/${survey.id}/review`,
  );
  await expect(next.getByRole("button")).toHaveCount(0);
  // Newest first, with who and when in Dutch.
  await expect(timelineItems(page)).toHaveCount(2);
  await expect(timelineItems(page).first()).toContainText(
    "Teruggezet naar concept om aan te passen (versie 1)",
  );
  await expect(timelineItems(page).first()).toContainText(`door ${demo("staff").name}`);
  await expect(timelineItems(page).first()).toContainText(DUTCH_DATE_TIME);
  expect(surveyBySlug("mantelzorg-herzien")).toMatchObject({
    status: "concept",
    revision: survey.revision + 1,
  });

  // Unknown and malformed ids get the staff area's "not found" page.
  for (const path of ["/beheer/surveys/999999", "/beheer/surveys/abc", "/beheer/surveys/999999/versies"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("staff take a survey from review to open, closed and open again, each step on the timeline", async ({
  page,
}) => {
  const slug = "sociaal-domein-levensloop";
  const survey = copyOfDemo(OPEN_SLUG, slug, "in_review");
  await logInAs(page, "staff");
  await openOverview(page, slug);

  const walk: [label: string, done: string, status: string, stored: string, timeline: string][] = [
    ["Review afronden", "De review is afgerond. De enquête is gereed.", "Gereed", "ready", "Review afgerond"],
    ["Openen voor inwoners", "De enquête is open.", "Open", "open", "Geopend voor inwoners"],
    ["Sluiten", "De enquête is gesloten.", "Gesloten", "closed", "Gesloten"],
    ["Weer openen", "De enquête is weer open.", "Open", "open", "Weer geopend"],
  ];
  let revision = survey.revision;
  for (const [label, done, status, stored, event] of walk) {
    if (label === "Weer openen") {
      // Closed: publishing is offered as a link to the publish page (it shows what will be
      // public first; e2e/results-publication.spec.ts), never as a button here.
      const next = page.getByRole("region", { name: "Volgende stap" });
      await expect(next.getByRole("link", { name: "Resultaten publiceren" })).toHaveAttribute(
        "href",
        `/beheer/surveys/${survey.id}/resultaten/publiceren`,
      );
      await expect(next.getByRole("button", { name: "Resultaten publiceren" })).toHaveCount(0);
    }
    await page.getByRole("button", { name: label }).click();
    await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
    await expect(facts(page)).toContainText(`Status${status}`);
    const latest = timelineItems(page).first();
    await expect(latest).toContainText(`${event}`);
    await expect(latest).toContainText("(versie 1)");
    await expect(latest).toContainText(`door ${demo("staff").name}`);
    await expect(latest).toContainText(DUTCH_DATE_TIME);
    await expectNoAxeViolations(page);
    revision += 1;
    expect(surveyBySlug(slug)).toMatchObject({
      status: stored,
      revision,
      currentVersionId: survey.currentVersionId,
    });
  }
  // Open: residents can reach it.
  await expect(
    page.getByRole("link", { name: "De vragenlijst bekijken zoals inwoners hem zien" }),
  ).toHaveAttribute("href", `/s/${slug}`);
  await expect(timelineItems(page)).toHaveCount(walk.length + 1);
  const audit = query<{ action: string; details: string }>(
    "select action, details from audit_log where subject_type = 'survey' and subject_id = ? and action = 'survey.status_changed' order by id",
    String(survey.id),
  );
  expect(audit.map((a) => `${JSON.parse(a.details).from}→${JSON.parse(a.details).to}`)).toEqual([
    "in_review→ready",
    "ready→open",
    "open→closed",
    "closed→open",
  ]);
  await page.goto(`/s/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Vragenlijst niet gevonden");
  await expectNoAxeViolations(page);
});

test("a step on a stale page is refused, naming who changed the survey", async ({ page, browser }) => {
  const slug = "sociaal-domein-verouderd";
  copyOfDemo(OPEN_SLUG, slug, "open");
  await logInAs(page, "staff");
  await openOverview(page, slug);
  // Meanwhile an administrator closes the survey.
  const admin = await newPage(browser);
  await logInAs(admin, "admin");
  await openOverview(admin, slug);
  await admin.getByRole("button", { name: "Sluiten" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "De enquête is gesloten." })).toBeVisible();
  const afterAdmin = surveyBySlug(slug);
  expect(afterAdmin.status).toBe("closed");

  // The staff member's page still shows "open" and its revision: their step is refused.
  await page.getByRole("button", { name: "Sluiten" }).click();
  const summary = page.getByRole("alert", { name: "Dat lukte niet" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`${demo("admin").name} heeft deze enquête intussen gewijzigd (`);
  await expect(summary).toContainText(DUTCH_DATE_TIME);
  await expectNoAxeViolations(page);
  expect(surveyBySlug(slug)).toEqual(afterAdmin);

  // Reloading shows the survey as it is now.
  await page.getByRole("link", { name: "Pagina opnieuw laden" }).click();
  await expect(facts(page)).toContainText("StatusGesloten");
  await expect(timelineItems(page).first()).toContainText(`door ${demo("admin").name}`);
  await expectNoAxeViolations(page);
  await admin.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a step is a plain form post, and a stale one is refused with the same message", async ({
    page,
    browser,
  }) => {
    const slug = "sociaal-domein-zonder-js";
    const survey = copyOfDemo(OPEN_SLUG, slug, "open");
    await logInWithoutJs(page, "staff");
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
    expect(surveyBySlug(slug)).toMatchObject({ status: "closed", revision: survey.revision + 1 });
    await stale.close();

    await page.getByRole("button", { name: "Weer openen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De enquête is weer open." })).toBeVisible();
    expect(surveyBySlug(slug).status).toBe("open");
  });
});

// --- the server refuses what the pages do not offer --------------------------------------------

/** The hidden fields of a rendered lifecycle form, read where the server put them (no JavaScript). */
async function lifecycleFormFields(page: Page, browser: Browser, path: string, to: string) {
  const copy = await openServerRendered(page, browser, path);
  const fields = await hiddenActionFields(step(copy, to));
  await copy.context().close();
  return fields;
}

test("illegal steps and other roles' steps posted straight to the action are refused and change nothing", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  const open = copyOfDemo(OPEN_SLUG, "sociaal-domein-aanval", "open");
  const concept = copyOfDemo(CONCEPT_SLUG, "mantelzorg-aanval");
  await logInAs(page, "staff");
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
    await logInAs(member, role);
    const response = await member.request.post(`/beheer/surveys/${open.id}`, {
      multipart: closeForm,
      headers,
    });
    expect(response.status(), role).toBe(403);
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
  expect(surveyBySlug("sociaal-domein-aanval")).toMatchObject({
    status: "closed",
    revision: open.revision + 1,
  });
  await page.request.post(`/beheer/surveys/${open.id}`, {
    multipart: { ...closeForm, to: "open", expectedRevision: String(open.revision + 1) },
    headers,
  });
  expect(surveyBySlug("sociaal-domein-aanval")).toMatchObject({
    status: "open",
    revision: open.revision + 2,
  });
});

// --- versions and the diff ---------------------------------------------------------------------

/**
 * A survey of its own with two versions: version 1 from the CLI (copyOfDemo), frozen; version 2
 * written straight into the database. The only path that makes a second version with other
 * content is the survey builder (another part of this issue, with its own journey); this test is
 * about comparing versions, not editing them.
 */
function surveyWithTwoVersions(slug: string): number {
  const survey = copyOfDemo(CONCEPT_SLUG, slug);
  const db = new Database(E2E_DB_FILE);
  try {
    const { definition } = db
      .prepare("select definition from survey_versions where id = ?")
      .get(survey.currentVersionId) as { definition: string };
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
    db.prepare("update survey_versions set frozen_at = ? where id = ?").run(
      Date.now(),
      survey.currentVersionId,
    );
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
  }
}

test("staff compare two versions: an added question and a word-level change", async ({ page, browser }) => {
  const surveyId = surveyWithTwoVersions("mantelzorg-vergelijk");
  await logInAs(page, "staff");
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
