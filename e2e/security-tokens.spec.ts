import crypto from "node:crypto";
import { type Browser, expect, type PlaywrightWorkerArgs, test } from "@playwright/test";
import { hashMemberToken, type MemberTokenPurpose } from "../lib/panels/member-tokens";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { createE2ePanel, memberById } from "./support/panel-members";
import { writeE2eDb } from "./support/security-demo-data";
import { DEMO_SLUG, DEMO_URL, demoResponses } from "./support/survey";

/*
 * Tokens used twice and twenty times at once: every link a person gets by mail (sign-in,
 * confirming a sign-up, confirming a new address, unsubscribing) and the resume link has exactly
 * one effect however often and however fast it is used. Each of the twenty uses comes from a
 * browser of its own (its own cookies), as when a link is forwarded or a mail program and a person
 * open it at the same moment. The invitation link has its own test of twenty parallel uses
 * (e2e/invitation-answering.spec.ts); the resume code's guessing limits are in security-resume*.
 */

const PARALLEL = 20;

// Each case starts with a clean rate-limit slate: twenty uses of a spent link are nineteen "wrong
// tokens" from one client, and the guard (lib/panels/data/token-guard.ts) would otherwise refuse the
// next case's first, valid, use.
test.beforeEach(() => writeE2eDb((db) => db.prepare("delete from rate_limit_events").run()));
test.afterAll(() => writeE2eDb((db) => db.prepare("delete from rate_limit_events").run()));

const count = (sql: string, ...params: unknown[]) => queryE2eDb<{ n: number }>(sql, ...params)[0]?.n ?? 0;

function insertMember(panelId: number, status: "pending" | "active", email: string): number {
  return writeE2eDb((db) =>
    Number(
      db
        .prepare(
          `insert into panel_members (panel_id, email, birth_year, sex, postcode, status, joined_via, confirmed_at)
           values (?, ?, 1970, 'vrouw', '4901 AB', ?, 'signup', ?)`,
        )
        .run(panelId, email, status, status === "active" ? Date.now() : null).lastInsertRowid,
    ),
  );
}

/** A mailed link's token, stored as the app stores it (only its hash). */
function insertToken(memberId: number, purpose: MemberTokenPurpose, newEmail?: string): string {
  const token = crypto.randomBytes(16).toString("base64url");
  writeE2eDb((db) =>
    db
      .prepare(
        "insert into member_tokens (member_id, purpose, token_hash, expires_at, new_email) values (?, ?, ?, ?, ?)",
      )
      .run(memberId, purpose, hashMemberToken(token), Date.now() + 30 * 60 * 1000, newEmail ?? null),
  );
  return token;
}

type Sent = { status: number; location: string };

type Fields = [string, string][];

/** The page's form as the server renders it (a browser without JavaScript: the fields name the server action). */
async function formFields(browser: Browser, path: string): Promise<Fields> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await expectNoAxeViolationsWithoutJs(page);
  const fields = await page
    .locator("form:has(input[name='token'])")
    .first()
    .evaluate((form) =>
      [...new FormData(form as HTMLFormElement).entries()].map(
        ([k, v]) => [k, String(v)] as [string, string],
      ),
    );
  await context.close();
  return fields;
}

/** The form posted `times` times at once, each from a context of its own (its own cookies). */
async function postInParallel(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  path: string,
  fields: Fields,
  times: number,
): Promise<Sent[]> {
  const origin = new URL(baseURL).origin;
  return Promise.all(
    Array.from({ length: times }, async () => {
      const client = await playwright.request.newContext({ baseURL });
      try {
        const response = await client.post(path, {
          multipart: Object.fromEntries(fields),
          headers: { Origin: origin },
          maxRedirects: 0,
        });
        return { status: response.status(), location: response.headers().location ?? "" };
      } finally {
        await client.dispose();
      }
    }),
  );
}

/** A used link's page says it no longer works, and offers no form. */
async function expectSpent(browser: Browser, path: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator("form:has(input[name='token'])")).toHaveCount(0);
  await expectNoAxeViolationsWithoutJs(page);
  await context.close();
}

function expectOneWinner(sent: Sent[], winner: RegExp): void {
  expect(sent.map((s) => s.status).filter((s) => s >= 500)).toEqual([]);
  expect(
    sent.filter((s) => winner.test(s.location)),
    "uses that got through",
  ).toHaveLength(1);
}

test("a panel sign-in link used twenty times at once signs in once, and not again afterwards", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const panel = createE2ePanel({ label: "token-inloggen" });
  const memberId = insertMember(panel.id, "active", `inlog-${panel.slug}@example.org`);
  const token = insertToken(memberId, "login");
  const sessions = () => count("select count(*) as n from member_sessions where member_id = ?", memberId);

  const path = `/panel/inloggen/${token}`;
  const fields = await formFields(browser, path);
  const sent = await postInParallel(playwright, baseURL as string, path, fields, PARALLEL);
  expectOneWinner(sent, /\/panel\/mijn$/);
  expect(sessions()).toBe(1);

  await expectSpent(browser, path);
  const again = await postInParallel(playwright, baseURL as string, path, fields, 2);
  expect(again.filter((s) => /\/panel\/mijn/.test(s.location))).toEqual([]);
  expect(sessions()).toBe(1);
});

test("a sign-up confirmation link used twenty times at once confirms once: one welcome mail, one audit entry", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const panel = createE2ePanel({ label: "token-bevestigen" });
  const email = `bevestig-${panel.slug}@example.org`;
  const memberId = insertMember(panel.id, "pending", email);
  const token = insertToken(memberId, "confirm_signup");

  const path = `/panel/bevestigen/${token}`;
  const fields = await formFields(browser, path);
  const sent = await postInParallel(playwright, baseURL as string, path, fields, PARALLEL);
  expectOneWinner(sent, /\/panel\/mijn/);
  expect(memberById(memberId).status).toBe("active");
  expect(count("select count(*) as n from member_sessions where member_id = ?", memberId)).toBe(1);
  expect(
    count("select count(*) as n from mail_outbox where to_address = ? and template = 'panel_welcome'", email),
  ).toBe(1);
  const confirmed = () =>
    count(
      "select count(*) as n from audit_log where action = 'panel_member.confirmed' and subject_id = ?",
      String(memberId),
    );
  expect(confirmed()).toBe(1);

  await expectSpent(browser, path);
  await postInParallel(playwright, baseURL as string, path, fields, 2);
  expect(confirmed()).toBe(1);
});

test("a new-address confirmation link used twenty times at once changes the address once", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const panel = createE2ePanel({ label: "token-adres" });
  const memberId = insertMember(panel.id, "active", `oud-${panel.slug}@example.org`);
  const newEmail = `nieuw-${panel.slug}@example.org`;
  const token = insertToken(memberId, "change_email", newEmail);
  const changes = () =>
    count(
      "select count(*) as n from audit_log where subject_id = ? and action = 'panel_member.email_changed'",
      String(memberId),
    );

  const path = `/panel/email-bevestigen/${token}`;
  const fields = await formFields(browser, path);
  const sent = await postInParallel(playwright, baseURL as string, path, fields, PARALLEL);
  expectOneWinner(sent, /\/panel\/email-bevestigen\/klaar$/);
  expect(memberById(memberId).email).toBe(newEmail);
  expect(changes()).toBe(1);

  await expectSpent(browser, path);
  const again = await postInParallel(playwright, baseURL as string, path, fields, 2);
  expect(again.filter((s) => /klaar$/.test(s.location))).toEqual([]);
  expect(changes()).toBe(1);
});

test("an unsubscribe link used twenty times at once pauses the member once; reused later it changes nothing", async ({
  playwright,
  baseURL,
  page,
}) => {
  const panel = createE2ePanel({ label: "token-afmelden" });
  const email = `afmeld-${panel.slug}@example.org`;
  const memberId = insertMember(panel.id, "pending", email);
  // The link is signed with the server's secret: take it from a real mail, the welcome mail that
  // confirming the sign-up queues (its List-Unsubscribe header).
  const token = insertToken(memberId, "confirm_signup");
  await page.goto(`/panel/bevestigen/${token}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
  await expect(page).toHaveURL(/\/panel\/mijn/);
  const welcome = queryE2eDb<{ text_body: string }>(
    "select text_body from mail_outbox where to_address = ? and template = 'panel_welcome'",
    email,
  )[0];
  const path = /\/panel\/afmelden\/\d+\.[A-Za-z0-9_-]{22}/.exec(welcome?.text_body ?? "")?.[0] ?? "";
  expect(path, "the unsubscribe link in the welcome mail").not.toBe("");

  const paused = () =>
    count(
      "select count(*) as n from audit_log where action = 'panel_member.paused' and subject_id = ?",
      String(memberId),
    );
  const oneClick = async () => {
    const client = await playwright.request.newContext({ baseURL });
    try {
      const response = await client.post(path, {
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        data: "List-Unsubscribe=One-Click",
        maxRedirects: 0,
      });
      return response.status();
    } finally {
      await client.dispose();
    }
  };
  const statuses = await Promise.all(Array.from({ length: PARALLEL }, oneClick));
  // Every use gets the same answer (a reused link tells nothing new), and the pause happens once.
  expect(new Set(statuses)).toEqual(new Set([200]));
  expect(memberById(memberId).status).toBe("paused");
  expect(paused()).toBe(1);
  expect(await oneClick()).toBe(200);
  expect(paused()).toBe(1);
});

test("a resume link opened on twenty devices, then sent from all of them at once, stores one response", async ({
  browser,
  playwright,
  baseURL,
}) => {
  // A resident without JavaScript fills in the survey up to the last page and saves it for later.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const before = demoResponses().length;
  await page.goto(DEMO_URL);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await walkDemoSurveyToLastPage(page);
  await page.getByLabel(/tips of ideeën/).fill("Twintig keer tegelijk verstuurd");
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page).toHaveURL(/\/controleren$/);
  // The review page's send form, as the browser would post it.
  const fields = await page.locator('main form[data-form="versturen"]').evaluate((form) => {
    const submit = [...form.querySelectorAll("button")].find((b) => b.textContent?.includes("Versturen"));
    return [...new FormData(form as HTMLFormElement, submit).entries()].map(
      ([k, v]) => [k, String(v)] as [string, string],
    );
  });
  // Saved for later: the "bewaard" page gives the link.
  await page.goto(`/s/${DEMO_SLUG}/bewaard`);
  await expectNoAxeViolationsWithoutJs(page);
  const link = new URL((await page.getByTestId("resume-link").textContent()) ?? "").pathname;
  await context.close();
  expect(demoResponses().length).toBe(before + 1);

  // Twenty devices open the link (each gets the response in its cookie), then all send at once.
  const origin = new URL(baseURL as string).origin;
  const devices = await Promise.all(
    Array.from({ length: PARALLEL }, () => playwright.request.newContext({ baseURL })),
  );
  const opened = await Promise.all(devices.map((d) => d.get(link, { maxRedirects: 0 })));
  expect(opened.map((r) => r.headers().location)).toEqual(
    Array(PARALLEL).fill(`/s/${DEMO_SLUG}/vraag/tot-slot`),
  );
  const sent = await Promise.all(
    devices.map((d) =>
      d.post(`/s/${DEMO_SLUG}/controleren`, {
        multipart: Object.fromEntries(fields),
        headers: { Origin: origin },
        maxRedirects: 0,
      }),
    ),
  );
  expect(sent.map((r) => r.status()).filter((s) => s >= 500)).toEqual([]);
  const created = demoResponses().slice(0, demoResponses().length - before);
  expect(created).toHaveLength(1);
  expect(created[0]?.status).toBe("completed");
  expect(created[0]?.answers["tips-gemeente"]).toBe("Twintig keer tegelijk verstuurd");

  // Afterwards the link opens nothing.
  const late = await devices[0]?.get(link, { maxRedirects: 0 });
  expect(late?.headers().location).toBe(`/s/${DEMO_SLUG}/hervatten?link=verlopen`);
  for (const device of devices) await device.dispose();
});
