import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { demo, logInAs, submitLogin } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_DB_FILE, queryE2eDb } from "./support/db";

// A staff member leaves their screen: after the idle limit (SESSION_IDLE_MINUTES, 30 by default)
// the next click lands on the sign-in page, which says why, and signing in brings them back to the
// page they were on. The idle time is made by moving the session's expiry into the past: the same
// row state 30 quiet minutes leave behind.

const staffId = () =>
  queryE2eDb<{ id: number }>("select id from users where email = ?", demo("staff").email)[0]?.id;
/** The staff account's newest session: the one this browser just signed in with (earlier specs leave others). */
const newestStaffSession = () =>
  queryE2eDb<{ id: string }>(
    "select id from sessions where user_id = ? order by created_at desc, rowid desc limit 1",
    staffId(),
  )[0]?.id;
const sessionExists = (id: string) =>
  queryE2eDb<{ n: number }>("select count(*) as n from sessions where id = ?", id)[0]?.n === 1;

test("signed out after inactivity: told why, and back on the same page after signing in", async ({
  page,
}) => {
  await logInAs(page, "staff");
  await page.goto("/beheer/panels");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const heading = await page.getByRole("heading", { level: 1 }).textContent();

  const session = newestStaffSession() as string;
  expect(sessionExists(session)).toBe(true);
  const db = new Database(E2E_DB_FILE, { fileMustExist: true });
  try {
    db.prepare("update sessions set expires_at = ? where id = ?").run(Date.now() - 1000, session);
  } finally {
    db.close();
  }

  await page.reload();
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer%2Fpanels&reden=inactief$/);
  await expect(page.getByRole("status").filter({ hasText: "U bent uitgelogd" })).toHaveText(
    "U bent uitgelogd, omdat u 30 minuten niets in Peiling hebt gedaan. Dat beschermt de gegevens als u van uw computer wegloopt. Log opnieuw in: daarna gaat u verder op de pagina waar u was.",
  );
  await expectNoAxeViolations(page);
  // The idle session is gone, not just refused.
  expect(sessionExists(session)).toBe(false);

  await submitLogin(page, demo("staff").email, demo("staff").password);
  await expect(page).toHaveURL(/\/beheer\/panels$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading ?? "");
});
