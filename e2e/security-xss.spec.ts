import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { writeE2eDb } from "./support/security-demo-data";
import {
  importChangedCopy,
  infect,
  insertOpenAnswers,
  insertPanel,
  insertReviewWithAdvice,
  payloadOnly,
  publishChangedSnapshot,
  setSurveyStatus,
  XSS_PAYLOADS,
} from "./support/security-xss-data";

/*
 * Stored XSS: script-like text in every field staff, the Adviesraad and residents can fill, then
 * every page that shows it opened in Chromium. Nothing may run (window.__xss stays unset in every
 * frame, no element the payload describes appears) and the text shows as typed.
 *
 * The fields (who fills them → where they are shown):
 * - survey title, introduction, privacy and closing text, page titles, question texts, help,
 *   option labels, units, scale labels (staff) → staff survey pages, the resident's pages, the
 *   Adviesraad's review pages, the published results;
 * - review comments and replies (Adviesraad, staff) → both review pages;
 * - advice introduction and points (Adviesraad), the response and its explanations (staff) → both
 *   advice pages;
 * - open answers (residents) → response overview, the moderation queue;
 * - published summary, quotes, advice (staff, residents, Adviesraad) → /resultaten;
 * - panel name, description, privacy text (staff) → public panel pages and staff panel pages;
 * - account names (administrators) → the user list and the "signed in as" line;
 * - district names, letter-code batch notes (staff) → their staff pages;
 * - mail subjects and bodies (built from the above) → the mail outbox.
 */

const tag = crypto.randomBytes(3).toString("hex");
/** A unit is at most 40 characters: it gets the shortest payload on its own. */
const infectDefinition = (text: string, key: string) =>
  key === "unit" ? (XSS_PAYLOADS[0] as string) : infect(text);
const slugs = { open: `xss-open-${tag}`, review: `xss-review-${tag}`, published: `xss-published-${tag}` };

type Fixture = {
  open: { id: number };
  review: { id: number };
  published: { id: number };
  panel: { id: number; slug: string };
  userId: number;
  postcode: string;
  mailId: number;
};
let fixture: Fixture;

test.beforeAll(() => {
  const open = importChangedCopy("sociaal-domein-2026", slugs.open, infectDefinition);
  setSurveyStatus(slugs.open, "open");
  insertOpenAnswers(
    slugs.open,
    XSS_PAYLOADS.map((p) => `Mijn tip: ${p}`),
  );
  const review = importChangedCopy("sociaal-domein-2026", slugs.review, infectDefinition);
  setSurveyStatus(slugs.review, "in_review");
  insertReviewWithAdvice(slugs.review, {
    comment: infect("Opmerking van de Adviesraad"),
    reply: infect("Antwoord van de gemeente"),
    advice: infect("Inleiding van het advies"),
    point: infect("Adviespunt"),
    response: infect("Reactie van het college"),
    explanation: infect("Toelichting"),
  });
  const published = importChangedCopy("sociaal-domein-2025", slugs.published, infectDefinition);
  publishChangedSnapshot(slugs.published, "sociaal-domein-2025", infect);
  const panel = insertPanel({
    name: infect("Testpanel"),
    description: infect("Beschrijving"),
    privacy: `${infect("Privacy")}\n\n${payloadOnly(3)}`,
  });
  const postcode = String(9000 + Math.floor(Math.random() * 900));
  const ids = writeE2eDb((db) => {
    const userId = Number(
      db
        .prepare("insert into users (email, name, password_hash, role) values (?, ?, 'not-a-hash', 'staff')")
        .run(`xss-${tag}@peiling.demo`, infect("Medewerker")).lastInsertRowid,
    );
    db.prepare("insert into postcode_districts (postcode4, district) values (?, ?)").run(
      postcode,
      infect("Wijk"),
    );
    db.prepare("insert into letter_code_batches (panel_id, size, note) values (?, 0, ?)").run(
      panel.id,
      infect("Brieven"),
    );
    const mailId = Number(
      db
        .prepare(
          `insert into mail_outbox (to_address, subject, text_body, html_body, message_id, template, status)
           values (?, ?, ?, ?, ?, 'xss', 'sent')`,
        )
        .run(
          `xss-${tag}@example.org`,
          infect("Onderwerp"),
          infect("Tekst"),
          // The mail's own HTML (shown in a sandboxed frame): scripts and handlers, no nested
          // frame (axe cannot scan a frame inside a sandboxed one).
          `<p>${XSS_PAYLOADS.filter((p) => !p.includes("iframe")).join("</p><p>")}</p>`,
          `<xss-${tag}@peiling.test>`,
        ).lastInsertRowid,
    );
    return { userId, mailId };
  });
  fixture = { open, review, published, panel, postcode, ...ids };
});

test.afterAll(() => {
  if (!fixture) return;
  // Leave the shared e2e database as the journeys after this one expect it.
  writeE2eDb((db) => {
    db.pragma("foreign_keys = ON");
    db.prepare("delete from users where id = ?").run(fixture.userId);
    db.prepare("delete from postcode_districts where postcode4 = ?").run(fixture.postcode);
    db.prepare("delete from mail_outbox where id = ?").run(fixture.mailId);
    db.prepare("delete from panels where id = ?").run(fixture.panel.id);
  });
  writeE2eDb((db) => {
    for (const slug of Object.values(slugs)) {
      const survey = db.prepare("select id from surveys where slug = ?").get(slug) as
        | { id: number }
        | undefined;
      if (!survey) continue;
      for (const table of [
        "advice_response_points",
        "advice_responses",
        "advice_points",
        "advice",
        "review_comments",
        "review_rounds",
        "open_answer_reviews",
        "answers",
        "responses",
        "result_publications",
      ]) {
        if (table === "answers") {
          db.prepare(
            "delete from answers where response_id in (select id from responses where survey_id = ?)",
          ).run(survey.id);
        } else if (table.startsWith("advice_response_points")) {
          db.prepare(
            "delete from advice_response_points where response_id in (select r.id from advice_responses r join advice a on a.id = r.advice_id where a.survey_id = ?)",
          ).run(survey.id);
        } else if (table === "advice_responses") {
          db.prepare(
            "delete from advice_responses where advice_id in (select id from advice where survey_id = ?)",
          ).run(survey.id);
        } else if (table === "advice_points") {
          db.prepare(
            "delete from advice_points where advice_id in (select id from advice where survey_id = ?)",
          ).run(survey.id);
        } else {
          db.prepare(`delete from ${table} where survey_id = ?`).run(survey.id);
        }
      }
      db.prepare("delete from completion_day_counts where survey_id = ?").run(survey.id);
      db.prepare("update surveys set current_version_id = null where id = ?").run(survey.id);
      db.prepare("delete from survey_versions where survey_id = ?").run(survey.id);
      db.prepare("delete from surveys where id = ?").run(survey.id);
    }
  });
});

/** Nothing of a payload ran or became an element, in the page and in every frame of it. */
async function expectInert(page: Page, where: string): Promise<void> {
  await page.waitForLoadState("load");
  // An <img src=x> fails to load at once; give its onerror the moment it would need.
  await page.waitForTimeout(200);
  for (const frame of page.frames()) {
    const ran = await frame
      .evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
      .catch(() => undefined);
    expect(ran, `${where}: a payload ran (frame ${frame.url()})`).toBeUndefined();
  }
  const injected = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        // The mail outbox shows a mail's own HTML in a frame with every sandbox restriction
        // (sandbox=""): scripts in it cannot run. Any other srcdoc frame came from a payload.
        'img[src="x"], svg[onload], iframe[srcdoc]:not(.mail-html[sandbox=""]), [onerror], a[href^="javascript:" i], [src^="javascript:" i]',
      ),
      // A script made from a payload (the page's own scripts carry the texts as escaped data).
      ...[...document.querySelectorAll("script")].filter((s) =>
        /^\s*(window|parent)\.__xss=1\s*$/.test(s.textContent ?? ""),
      ),
    ].map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(injected, `${where}: elements made from a payload`).toEqual([]);
}

/** The payloads show as the text they are. */
async function expectLiteral(page: Page, where: string): Promise<void> {
  // The rendered text, not textContent: the page's scripts carry the same strings as data.
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is the point here
  const text = await page.locator("body").innerText();
  const shown = XSS_PAYLOADS.filter((p) => text.includes(p.trim()));
  expect(shown.length, `${where}: payloads shown as text`).toBeGreaterThan(0);
}

type VisitOptions = { literal?: boolean; sandboxedMail?: boolean };

async function visit(page: Page, path: string, options: VisitOptions = {}): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expectInert(page, path);
  if (options.literal !== false) await expectLiteral(page, path);
  if (options.sandboxedMail) {
    // axe cannot run in a frame that forbids scripts and would hang (as in mail-outbox.spec.ts):
    // scan the page around the mail's frame; the frame holds only this test's payloads.
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .exclude("iframe.mail-html")
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help}`),
      `axe violations on ${path}`,
    ).toEqual([]);
  } else {
    await expectNoAxeViolations(page);
  }
}

async function signedIn(browser: Browser, role: "admin" | "staff" | "adviesraad"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logInAs(page, role);
  return page;
}

test("the checks catch a payload that does become markup (control)", async ({ page }) => {
  await page.setContent(`<main><p>${XSS_PAYLOADS[0]}</p></main>`);
  await expect(expectInert(page, "control")).rejects.toThrow(/a payload ran/);
});

test("a resident and the public see the payloads as text: survey pages, results, panel pages", async ({
  page,
}) => {
  await visit(page, `/s/${slugs.open}`);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\//);
  await expectInert(page, "first question page");
  await expectLiteral(page, "first question page");
  await expectNoAxeViolations(page);
  // Typed into an open answer and shown back after "Vorige" (the answer field's own value).
  await visit(page, "/resultaten");
  await visit(page, `/resultaten/${slugs.published}`);
  await visit(page, "/panel");
  await visit(page, `/panel/aanmelden?panel=${fixture.panel.slug}`);
});

test("staff see the payloads as text on every staff page that shows them", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, "admin");
  const { open, review, published, panel } = fixture;
  const pages: [string, VisitOptions?][] = [
    ["/beheer"],
    [`/beheer/surveys/${open.id}`],
    [`/beheer/surveys/${review.id}/bewerken`],
    [`/beheer/surveys/${open.id}/voorbeeld`],
    [`/beheer/surveys/${open.id}/versies`],
    [`/beheer/surveys/${open.id}/respons`],
    [`/beheer/surveys/${open.id}/resultaten`],
    [`/beheer/surveys/${open.id}/resultaten/open-antwoorden`],
    [`/beheer/surveys/${open.id}/resultaten/open-antwoorden/tips-gemeente`],
    [`/beheer/surveys/${open.id}/uitnodigen`],
    [`/beheer/surveys/${review.id}/review`],
    [`/beheer/surveys/${review.id}/review/advies`],
    [`/beheer/surveys/${published.id}/resultaten/publiceren`],
    ["/beheer/gebruikers"],
    ["/beheer/mail"],
    [`/beheer/mail/${fixture.mailId}`, { sandboxedMail: true }],
    ["/beheer/panels"],
    [`/beheer/panels/${panel.id}`],
    [`/beheer/panels/${panel.id}/lettercodes`],
    ["/beheer/panels/wijken"],
  ];
  for (const [path, options] of pages) await visit(admin, path, options);
  await admin.context().close();
});

test("the Adviesraad sees the payloads as text on its review and advice pages", async ({ browser }) => {
  const adviesraad = await signedIn(browser, "adviesraad");
  await visit(adviesraad, "/adviesraad");
  await visit(adviesraad, `/adviesraad/surveys/${fixture.review.id}`);
  await visit(adviesraad, `/adviesraad/surveys/${fixture.review.id}/advies`);
  await adviesraad.context().close();
});

test("an account whose name is a payload shows it as text in the 'signed in as' line", async ({
  browser,
}) => {
  // The account was made with a name only; give it a session by signing in is not possible
  // without a password, so check the line with the demo staff account renamed for this test.
  const staffId = queryE2eDb<{ id: number; name: string }>(
    "select id, name from users where email = 'beleid@peiling.demo'",
  )[0] as { id: number; name: string };
  writeE2eDb((db) =>
    db.prepare("update users set name = ? where id = ?").run(`Beleid ${XSS_PAYLOADS[0]}`, staffId.id),
  );
  try {
    const staff = await signedIn(browser, "staff");
    await visit(staff, "/beheer");
    await expect(staff.getByRole("navigation", { name: "Uw account" })).toContainText(
      XSS_PAYLOADS[0] as string,
    );
    await staff.context().close();
  } finally {
    writeE2eDb((db) => db.prepare("update users set name = ? where id = ?").run(staffId.name, staffId.id));
  }
});
