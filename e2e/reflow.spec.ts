import crypto from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { answerNoHelpNeeded, goToReview } from "./support/demo-survey-answers";
import { linkIn, waitForMessage } from "./support/mailbox";
import { createE2ePanel, fillSignupForm, uniqueEmail } from "./support/panel-members";
import { REFLOW_ROUTES, type RouteIds, type RouteStep, type Visitor } from "./support/reflow-routes";
import { writeE2eDb } from "./support/security-demo-data";
import { DEMO_SLUG, nextPage } from "./support/survey";

/*
 * Reflow (WCAG 1.4.10): every page of the site, as each kind of visitor sees it, at 320 × 640 CSS
 * px, and the key pages at 200 % zoom of a 1280 px window (640 CSS px): the page itself never
 * scrolls sideways (a wide table scrolls inside its own region), and axe finds nothing. One browser
 * context per visitor; the list of pages is e2e/support/reflow-routes.ts, which a unit test keeps
 * complete.
 */

const PHONE = { width: 320, height: 640 };
const ZOOMED = { width: 640, height: 360 };
const LONG_WORD = "Klanttevredenheidsonderzoekgemeentelijkedienstverleningwijkteams2026";

function surveyBySlug(slug: string): { id: number; slug: string } {
  const [row] = queryE2eDb<{ id: number; slug: string }>("select id, slug from surveys where slug = ?", slug);
  if (!row) throw new Error(`demo survey ${slug} missing`);
  return row;
}

function surveyByStatus(status: string): { id: number; slug: string } {
  const [row] = queryE2eDb<{ id: number; slug: string }>(
    "select id, slug from surveys where status = ? order by id limit 1",
    status,
  );
  if (!row) throw new Error(`no demo survey with status ${status}`);
  return row;
}

/** A mail in the outbox, for the administrator's mail page (the panel walk's mails, or one of its own). */
function someMailId(): number {
  const [mail] = queryE2eDb<{ id: number }>("select min(id) as id from mail_outbox");
  if (mail?.id) return mail.id;
  return writeE2eDb((db) =>
    Number(
      db
        .prepare(
          `insert into mail_outbox (to_address, subject, text_body, html_body, message_id, template, status)
           values ('reflow@example.org', 'Reflow', 'Reflow', '<p>Reflow</p>', ?, 'reflow', 'sent')`,
        )
        .run(`<reflow-${crypto.randomUUID()}@peiling.test>`).lastInsertRowid,
    ),
  );
}

/**
 * A survey with a version 2 beside its version 1, for the version diff: the demo's concept gets a
 * second version with changed texts (the demo has no survey with two versions).
 */
function surveyWithTwoVersions(): { id: number } {
  const concept = surveyByStatus("concept");
  const [second] = queryE2eDb<{ id: number }>(
    "select id from survey_versions where survey_id = ? and number = 2",
    concept.id,
  );
  if (second) return concept;
  const [first] = queryE2eDb<{ definition: string }>(
    "select definition from survey_versions where survey_id = ? and number = 1",
    concept.id,
  );
  if (!first) throw new Error("the demo's concept survey has no version 1");
  const definition = JSON.parse(first.definition) as { intro: string; pages: { title: string }[] };
  definition.intro = `${definition.intro} Mantelzorgondersteuningsregelingen veranderen in 2027.`;
  if (definition.pages[0])
    definition.pages[0].title = `${definition.pages[0].title} en uw mantelzorgsituatie`;
  writeE2eDb((db) =>
    db
      .prepare("insert into survey_versions (survey_id, number, definition) values (?, 2, ?)")
      .run(concept.id, JSON.stringify(definition)),
  );
  return concept;
}

/** The demo's ids the paths are made of. */
function demoIds(): RouteIds {
  const [panel] = queryE2eDb<{ id: number; memberId: number }>(
    `select p.id, min(m.id) as memberId from panels p join panel_members m on m.panel_id = p.id
     where p.slug = 'digipanel' group by p.id`,
  );
  if (!panel) throw new Error("the demo's Digipanel has no members");
  return {
    open: surveyBySlug(DEMO_SLUG),
    concept: surveyByStatus("concept"),
    twoVersions: surveyWithTwoVersions(),
    published: surveyByStatus("published"),
    panel,
    mailId: someMailId(),
  };
}

/** The elements that stick out to the right, to say where the sideways scrolling comes from. */
async function overflowReport(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) continue;
      // Inside a region that scrolls on its own: that is where wide content belongs.
      let scroller = element.parentElement;
      let contained = false;
      while (scroller && scroller !== document.body) {
        const style = getComputedStyle(scroller);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) {
          contained = true;
          break;
        }
        scroller = scroller.parentElement;
      }
      if (contained) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${
        element.classList.length ? `.${[...element.classList].join(".")}` : ""
      }`;
      culprits.push(`${name} (right edge ${Math.round(box.right)} px)`);
      if (culprits.length >= 8) break;
    }
    // Text that runs out of its box (a long word) does not widen the box: name its element.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (texts.nextNode() && culprits.length < 8) {
      const range = document.createRange();
      range.selectNodeContents(texts.currentNode);
      const parent = texts.currentNode.parentElement;
      if (range.getBoundingClientRect().right > width + 0.5 && parent) {
        culprits.push(
          `text "${(texts.currentNode.textContent ?? "").trim().slice(0, 40)}" in ${parent.tagName.toLowerCase()}`,
        );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits };
  });
}

async function expectNoSidewaysScrolling(page: Page, what: string): Promise<void> {
  const report = await overflowReport(page);
  // Soft: one run names every page that scrolls sideways, not only the first.
  expect
    .soft(
      report.scrollWidth,
      `${what} scrolls sideways at ${report.innerWidth} px (page ${report.scrollWidth} px wide): ${report.culprits.join(", ")}`,
    )
    .toBeLessThanOrEqual(report.innerWidth);
}

/** The page as it is now: no sideways scrolling and no axe violations, at 320 px and, if asked, at 200 %. */
async function checkHere(page: Page, what: string, zoom: boolean, axe = true): Promise<void> {
  await expectNoSidewaysScrolling(page, what);
  if (axe) await expectNoAxeViolations(page);
  if (zoom) {
    await page.setViewportSize(ZOOMED);
    await expectNoSidewaysScrolling(page, `${what} at 200 % zoom`);
    await expectNoAxeViolations(page);
    await page.setViewportSize(PHONE);
  }
}

/** What a visitor's walk gathers on the way (mail addresses, links from mail). */
type Walk = { ids: RouteIds; email: string };

const tokenOf = (link: string) => link.split("/").filter(Boolean).at(-1) ?? "";

async function takeStep(page: Page, step: RouteStep, walk: Walk): Promise<void> {
  switch (step) {
    case "start-survey":
      await page.getByRole("button", { name: "Start de vragenlijst" }).click();
      await expect(page).toHaveURL(/\/vraag\/over-u$/);
      return;
    case "walk-to-review": {
      // Every question page on the way (the conditional one about the help received aside: the
      // walk answers that no help was needed), each checked as a page of the list is.
      await page.goto(`/s/${walk.ids.open.slug}/vraag/over-u`);
      for (const next of ["problemen", "hulp-zoeken", "meedoen", "positieve-gezondheid", "tot-slot"]) {
        if (next === "meedoen") await answerNoHelpNeeded(page);
        await nextPage(page, next);
        await checkHere(page, `question page ${next}`, next === "positieve-gezondheid");
      }
      await goToReview(page);
      return;
    }
    case "save-for-later":
      await page.getByRole("button", { name: "Opslaan en later verder" }).click();
      await expect(page).toHaveURL(/\/bewaard$/);
      return;
    case "sign-up": {
      await fillSignupForm(page, { email: walk.email, birthYear: "1971", sex: "Vrouw", postcode: "4901 AB" });
      await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
      const mail = await waitForMessage(walk.email, { subject: /Bevestig uw aanmelding/ });
      walk.ids.signupToken = tokenOf(linkIn(mail, "/panel/bevestigen/"));
      return;
    }
    case "confirm-sign-up":
      await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
      await expect(page).toHaveURL(/\/panel\/mijn/);
      return;
    case "request-sign-in": {
      // A member of the demo's Digipanel asks for a sign-in link (before this walk's own sign-up,
      // which signs this browser in).
      const [member] = queryE2eDb<{ email: string }>(
        "select email from panel_members where panel_id = ? and status = 'active' and email is not null order by id limit 1",
        walk.ids.panel.id,
      );
      if (!member) throw new Error("the demo's Digipanel has no active member with an address");
      await page.getByLabel("E-mailadres").fill(member.email);
      await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
      await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
      const mail = await waitForMessage(member.email, { subject: /Uw inloglink/ });
      walk.ids.signInToken = tokenOf(linkIn(mail, "/panel/inloggen/"));
      return;
    }
  }
}

async function visitAll(browser: Browser, visitor: Visitor): Promise<void> {
  const routes = REFLOW_ROUTES.filter((route) => "visitor" in route && route.visitor === visitor);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const walk: Walk = { ids: demoIds(), email: uniqueEmail("reflow") };
  try {
    if (visitor === "panel") walk.ids.signupPanelSlug = createE2ePanel({ label: "reflow" }).slug;
    if (visitor === "adviesraad" || visitor === "staff" || visitor === "admin") await logInAs(page, visitor);
    for (const route of routes) {
      if (!("visitor" in route)) continue;
      const path = route.path(walk.ids);
      await test.step(path, async () => {
        const response = await page.goto(path);
        expect(response?.status() ?? 0, `${path} answers`).toBeLessThan(500);
        expect(new URL(page.url()).pathname, `${path} is shown, not a redirect elsewhere`).toBe(
          new URL(path, "http://x.invalid").pathname,
        );
        await checkHere(page, `${route.page} (${path})`, route.zoom ?? false, !route.axeElsewhere);
        if (route.longTitles) {
          // Survey titles are staff's free text: a long compound word must wrap, not widen the page.
          await page.evaluate((word) => {
            for (const heading of document.querySelectorAll("main h1, main h2, main h3"))
              heading.textContent = word;
          }, LONG_WORD);
          await expectNoSidewaysScrolling(page, `${route.page} (${path}) with long unbroken titles`);
        }
        if (route.afterwards) await takeStep(page, route.afterwards, walk);
      });
    }
  } finally {
    await context.close();
  }
}

const VISITORS: Visitor[] = ["resident", "panel", "adviesraad", "staff", "admin"];

for (const visitor of VISITORS) {
  test(`${visitor}: no page scrolls sideways at 320 px, nor the key ones at 200 % zoom`, async ({
    browser,
  }) => {
    // A sign-in, the page visits and an axe scan each: time grows with the visitor's pages.
    const pages = REFLOW_ROUTES.filter((route) => "visitor" in route && route.visitor === visitor).length;
    test.setTimeout(60_000 + pages * 30_000);
    await visitAll(browser, visitor);
  });
}
