import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { demo, logInAs, submitLogin } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { E2E_DB_FILE, openE2eDb } from "./support/db";
import { messagesTo, waitForMessage } from "./support/mailbox";

// The outbox at /beheer/mail, as an administrator reads it. The e2e server runs without SMTP_URL
// (the embedded default), so mail stays in the outbox. The messages are put there through the
// real enqueueMail API (e2e/support/enqueue-mail.ts) rather than through a feature, so this spec
// does not depend on the review pages; one is then marked in_doubt directly in the database, as
// a worker that died between handing it to SMTP and recording the answer leaves it.

const TITLE = `Mantelzorg & <b>zorg</b> ${Date.now()}`;

function enqueue(items: { to: string; template: string; data: Record<string, unknown> }[]): number[] {
  const out = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "e2e/support/enqueue-mail.ts", JSON.stringify(items)],
    { env: { ...process.env, PEILING_DB: E2E_DB_FILE }, encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").pop() ?? "[]");
}

function setStatus(id: number, status: string, lastError: string): void {
  const db = new Database(E2E_DB_FILE, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    db.prepare("UPDATE mail_outbox SET status = ?, attempts = 1, last_error = ? WHERE id = ?").run(
      status,
      lastError,
      id,
    );
  } finally {
    db.close();
  }
}

function row(id: number) {
  const db = openE2eDb();
  try {
    return db.prepare("SELECT status, attempts FROM mail_outbox WHERE id = ?").get(id) as {
      status: string;
      attempts: number;
    };
  } finally {
    db.close();
  }
}

function auditActions(id: number): string[] {
  const db = openE2eDb();
  try {
    return (
      db
        .prepare("SELECT action FROM audit_log WHERE subject_type = 'mail' AND subject_id = ?")
        .all(String(id)) as {
        action: string;
      }[]
    ).map((r) => r.action);
  } finally {
    db.close();
  }
}

let sharedId: number;
let doubtfulId: number;

test.beforeAll(() => {
  [sharedId, doubtfulId] = enqueue([
    {
      to: "lid.adviesraad@example.nl",
      template: "review_shared",
      data: {
        recipientName: "Anna",
        surveyId: 1,
        surveyTitle: TITLE,
        adviceDeadline: "2026-12-01T12:00:00Z",
      },
    },
    {
      to: "beleid@example.nl",
      template: "advice_submitted",
      data: {
        surveyId: 1,
        surveyTitle: TITLE,
        submittedAt: "2026-12-02T09:00:00Z",
        adviceDeadline: "2026-12-01T12:00:00Z",
        late: true,
      },
    },
  ]);
  setStatus(doubtfulId, "in_doubt", "The worker stopped after handing this message to the mail server.");
});

const mailRow = (page: Page, id: number) => page.locator(`tr[data-mail-id="${id}"]`);

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const axeSummary = (violations: { id: string; help: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);

/**
 * A message's page, scanned like every other page (the shared helper's WCAG 2.1 AA tags), except
 * inside the sandboxed frame: axe cannot run scripts in a frame that forbids them and would hang.
 * The mail's HTML is therefore scanned on its own, as a page, with the same rules.
 */
async function expectMessagePageAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  const outer = await new AxeBuilder({ page }).withTags(WCAG).exclude("iframe.mail-html").analyze();
  expect(axeSummary(outer.violations), `axe violations on ${page.url()}`).toEqual([]);
  const html = await page.locator("iframe.mail-html").getAttribute("srcdoc");
  const mailPage = await page.context().newPage();
  try {
    await mailPage.route("http://mail.test/", (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: html ?? "" }),
    );
    await mailPage.goto("http://mail.test/");
    const inner = await new AxeBuilder({ page: mailPage }).withTags(WCAG).analyze();
    expect(axeSummary(inner.violations), "axe violations in the mail's HTML").toEqual([]);
  } finally {
    await mailPage.close();
  }
}

test("an administrator reads the outbox, opens a message and resends one that is in doubt", async ({
  page,
}) => {
  await logInAs(page, "admin");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "E-mail" }).click();
  await expect(page).toHaveURL(/\/beheer\/mail$/);
  await expect(page.getByRole("heading", { level: 1, name: "E-mail" })).toBeVisible();
  // The e2e server has a mail server (scripts/e2e-mail-sink.ts), so messages go out by themselves.
  await expect(page.getByText("Er is geen mailserver ingesteld")).toHaveCount(0);
  const shared = mailRow(page, sharedId);
  await expect(shared).toContainText("lid.adviesraad@example.nl");
  await expect(shared).toContainText("Concept gedeeld met Adviesraad");
  await expect(shared).toContainText(/Wacht op verzending|Wordt verzonden|Verzonden/);
  // Pending and sent messages cannot be resent: they go out by themselves.
  await expect(shared.getByRole("button", { name: /Opnieuw versturen/ })).toHaveCount(0);
  await expect(mailRow(page, doubtfulId)).toContainText("Onzeker");
  await expectNoAxeViolations(page);

  // Filter on "Onzeker".
  await page.getByLabel("Status", { exact: true }).selectOption("in_doubt");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/status=in_doubt/);
  await expect(mailRow(page, doubtfulId)).toBeVisible();
  await expect(mailRow(page, sharedId)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Open the shared-draft message: the text part, and the HTML in a sandboxed frame.
  await page.goto("/beheer/mail");
  await shared.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/beheer/mail/${sharedId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Concept van ‘${TITLE}’ klaar voor uw advies`,
  );
  const text = page.locator("pre.mail-text");
  await expect(text).toContainText("Beste Anna,");
  await expect(text).toContainText("/adviesraad/surveys/1");
  const frame = page.locator("iframe.mail-html");
  await expect(frame).toHaveAttribute("sandbox", "");
  // The title's markup is text in the mail, never markup, in the frame as on the page.
  const html = page.frameLocator("iframe.mail-html");
  await expect(html.getByText(`Enquête: ${TITLE}`)).toBeVisible();
  await expect(html.locator("b")).toHaveCount(0);
  await expectMessagePageAccessible(page);

  // Resend the one in doubt, from its own page.
  await page.goto(`/beheer/mail/${doubtfulId}`);
  await expect(page.getByText("Peiling weet dus niet of de e-mail is aangekomen")).toBeVisible();
  await expectMessagePageAccessible(page);
  const deliveredBefore = messagesTo("beleid@example.nl").length;
  await page.getByRole("button", { name: /Opnieuw versturen/ }).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/mail/${doubtfulId}\\?opnieuw=1$`));
  await expect(page.getByRole("status").filter({ hasText: "weer klaar om te versturen" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Opnieuw versturen/ })).toHaveCount(0);
  expect(["pending", "sending", "sent"]).toContain(row(doubtfulId).status);
  expect(auditActions(doubtfulId)).toEqual(["mail.resent"]);
  // The worker delivers it to the mail server again, once more, with the same Message-ID.
  const delivered = await waitForMessage("beleid@example.nl", { after: deliveredBefore });
  await expect.poll(() => row(doubtfulId).status).toBe("sent");
  expect(messagesTo("beleid@example.nl")).toHaveLength(deliveredBefore + 1);
  expect(delivered.text).toContain(TITLE);
  await expectMessagePageAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter and the resend button work as plain forms", async ({ page }) => {
    const [failedId] = enqueue([
      {
        to: "zonder-js@example.nl",
        template: "response_finalized",
        data: { surveyId: 2, surveyTitle: `Zonder JavaScript ${Date.now()}` },
      },
    ]);
    setStatus(failedId, "failed", "550 No such user");
    await page.goto("/beheer/mail");
    await expect(page).toHaveURL(/\/inloggen/);
    await submitLogin(page, demo("admin").email, demo("admin").password);
    await expect(page).toHaveURL(/\/beheer\/mail$/);
    await page.getByLabel("Status", { exact: true }).selectOption("failed");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/status=failed/);
    const failed = mailRow(page, failedId);
    await expect(failed).toContainText("Mislukt");
    await expect(failed).toContainText("550 No such user");
    await expectNoAxeViolationsWithoutJs(page);
    await failed.getByRole("button", { name: /Opnieuw versturen/ }).click();
    await expect(page).toHaveURL(new RegExp(`/beheer/mail/${failedId}\\?opnieuw=1$`));
    await expect(page.getByRole("status").filter({ hasText: "weer klaar om te versturen" })).toBeVisible();
    expect(["pending", "sending", "sent"]).toContain(row(failedId).status);
    // (The message page itself is scanned with JavaScript in the test above: axe cannot scan a
    // sandboxed frame, and the no-JavaScript helper cannot leave it out.)
  });
});

test("staff cannot reach the outbox and do not see it in the menu", async ({ page }) => {
  await logInAs(page, "staff");
  await expect(
    page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "E-mail" }),
  ).toHaveCount(0);
  await page.goto("/beheer/mail");
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(page.getByText("lid.adviesraad@example.nl")).toHaveCount(0);
  await page.goto(`/beheer/mail/${sharedId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectNoAxeViolations(page);
});
