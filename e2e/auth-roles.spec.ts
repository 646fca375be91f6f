import { type Browser, expect, type Page, test } from "@playwright/test";
import { demo, logIn, submitLogin } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { hiddenActionFields, openServerRendered } from "./support/server-rendered";

// Accounts, roles and the staff area: who gets in where, what an administrator can change, and
// that the server refuses what the pages do not offer.

const FAILED = "De combinatie van e-mailadres en wachtwoord klopt niet, of er is te vaak geprobeerd.";
const MAX_ATTEMPTS = Number(process.env.LOGIN_MAX_ATTEMPTS || 5);
const NEW_PASSWORD = "een-veilig-wachtwoord-2026";

/** The form's error summary (Next's own route announcer is an alert too, so ask by name). */
const errorSummary = (page: Page) => page.getByRole("alert", { name: "Er ging iets mis" });

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

// --- the database, read-only -------------------------------------------------------------------

type UserRow = { id: number; email: string; name: string; role: string; active: number };

const query = queryE2eDb;

const userByEmail = (email: string) =>
  query<UserRow>("select id, email, name, role, active from users where email = ?", email)[0];
const sessionCount = (userId: number) =>
  query<{ n: number }>("select count(*) as n from sessions where user_id = ?", userId)[0].n;
const auditFor = (userId: number) =>
  query<{ action: string; actorId: number | null; details: string | null }>(
    "select action, actor_id as actorId, details from audit_log where subject_type = 'user' and subject_id = ? order by id",
    String(userId),
  );
/** Everything account management can change, to compare before and after a refused request. */
const accountState = () => ({
  users: query<UserRow>("select id, email, name, role, active from users order by id"),
  audit: query<{ n: number }>("select count(*) as n from audit_log")[0].n,
});

// --- signing in --------------------------------------------------------------------------------

test("a wrong password, an unknown account and an empty form each get a clear message", async ({ page }) => {
  await page.goto("/inloggen");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Vul het e-mailadres in." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Vul het wachtwoord in." })).toBeVisible();
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: "Vul het e-mailadres in." }).click();
  await expect(page.getByLabel("E-mailadres")).toBeFocused();

  await submitLogin(page, demo("admin").email, "niet-het-goede-wachtwoord");
  await expect(errorSummary(page)).toContainText(FAILED);
  await expect(errorSummary(page)).toBeFocused();
  await expectNoAxeViolations(page);
  const wrongPassword = await errorSummary(page).textContent();

  await submitLogin(page, "bestaat-niet@peiling.demo", "niet-het-goede-wachtwoord");
  await expect(errorSummary(page)).toContainText(FAILED);
  // Word for word the same: the page does not tell which email addresses have an account.
  expect(await errorSummary(page).textContent()).toBe(wrongPassword);
  await expect(page).toHaveURL(/\/inloggen/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in works, and comes back to the page that was asked for", async ({ page }) => {
    await page.goto("/beheer/gebruikers");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer%2Fgebruikers$/);
    await expectNoAxeViolationsWithoutJs(page);
    await submitLogin(page, demo("admin").email, "fout");
    await expect(errorSummary(page)).toContainText(FAILED);
    await expectNoAxeViolationsWithoutJs(page);
    await submitLogin(page, demo("admin").email, demo("admin").password);
    await expect(page).toHaveURL(/\/beheer\/gebruikers$/);
    await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);

    // Logging out is a form too.
    await page
      .getByRole("navigation", { name: "Uw account" })
      .getByRole("button", { name: "Uitloggen" })
      .click();
    await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
    await expect(page.getByRole("status")).toContainText("U bent uitgelogd.");
    await expectNoAxeViolationsWithoutJs(page);
    await page.goto("/beheer");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer$/);
    await expectNoAxeViolationsWithoutJs(page);
  });
});

// --- who may enter where -----------------------------------------------------------------------

test("a visitor is sent to the sign-in page, and back after signing in", async ({ page }) => {
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer$/);
  await expectNoAxeViolations(page);
  await submitLogin(page, demo("staff").email, demo("staff").password);
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Enquêtes" })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const role of ["panel", "adviesraad"] as const) {
  test(`a ${role} member cannot reach the staff pages`, async ({ page }) => {
    const account = demo(role);
    // Following a link into the staff area: sign in, come back, and find the door closed.
    await page.goto("/beheer");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer$/);
    await expectNoAxeViolations(page);
    await submitLogin(page, account.email, account.password);
    await expect(page).toHaveURL(/\/beheer$/);
    const userNav = page.getByRole("navigation", { name: "Uw account" });
    await expect(userNav).toContainText(`Ingelogd als ${account.name}`);
    await expect(userNav.getByRole("link", { name: "Beheer" })).toHaveCount(0);

    for (const path of ["/beheer", "/beheer/gebruikers", "/beheer/bestaat-niet"]) {
      if (path !== "/beheer") await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Beheer" })).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
  });
}

test("a staff member sees the surveys but not the user management", async ({ page }) => {
  await logIn(page, demo("staff").email, demo("staff").password);
  await expect(page).toHaveURL(/\/beheer$/);
  await expectNoAxeViolations(page);
  const table = page.getByRole("table", { name: /Enquêtes met hun status/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Titel", "Status", "Ingevuld", "Nog bezig"]);
  const statuses = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) {
    expect(["Concept", "In review", "Gereed", "Open", "Gesloten", "Gepubliceerd"]).toContain(status.trim());
  }
  const staffNav = page.getByRole("navigation", { name: "Beheer" });
  await expect(staffNav.getByRole("link", { name: "Enquêtes" })).toHaveAttribute("aria-current", "page");
  await expect(staffNav.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);

  const refused = await page.goto("/beheer/gebruikers");
  expect(refused?.status(), "a page this role may not see answers 403").toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/beheer/bestaat-niet");
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Signed in, the sign-in page says so; /uitloggen asks before logging out.
  await page.goto("/inloggen");
  await expect(page.getByText(`U bent ingelogd als ${demo("staff").name}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/uitloggen");
  await expectNoAxeViolations(page);
  const staff = userByEmail(demo("staff").email);
  const sessionsBefore = sessionCount(staff.id);
  await page.getByRole("main").getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  await expect(page.getByRole("status")).toContainText("U bent uitgelogd.");
  await expectNoAxeViolations(page);
  // Logging out deletes the session row, not only the cookie.
  expect(sessionCount(staff.id)).toBe(sessionsBefore - 1);
});

// --- account management ------------------------------------------------------------------------

async function openUserAdmin(page: Page): Promise<void> {
  await logIn(page, demo("admin").email, demo("admin").password);
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Gebruikers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  await expectNoAxeViolations(page);
}

async function createAccount(page: Page, input: { email: string; name: string; role: string }) {
  const form = page.locator('form[data-form="create-user"]');
  await form.getByLabel("E-mailadres").fill(input.email);
  await form.getByLabel("Naam").fill(input.name);
  await form.getByLabel("Rol").selectOption({ label: input.role });
  await form.getByLabel("Eerste wachtwoord").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Het account voor ${input.email} is aangemaakt.` }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(input.email) })).toBeVisible();
}

test("an administrator creates an account, changes its role and deactivates it", async ({
  page,
  browser,
}) => {
  const email = "nieuw.lid@peiling.demo";
  await openUserAdmin(page);
  const admin = userByEmail(demo("admin").email);

  // The administrator's own row offers nothing to change.
  const ownRow = page.getByRole("row", { name: new RegExp(demo("admin").email) });
  await expect(ownRow).toContainText("Dit bent u");
  await expect(ownRow.getByRole("button")).toHaveCount(0);

  // An empty form: every problem listed at once, focus on the list.
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Vul het e-mailadres in.",
    "Vul de naam in.",
    "Kies een rol.",
    "Het wachtwoord moet minimaal 12 tekens zijn.",
  ]);
  await expectNoAxeViolations(page);

  await createAccount(page, { email, name: "Nieuw Lid", role: "Beleidsmedewerker" });
  await expectNoAxeViolations(page);
  const created = userByEmail(email);
  expect(created).toMatchObject({ name: "Nieuw Lid", role: "staff", active: 1 });
  expect(auditFor(created.id)).toEqual([
    { action: "user.created", actorId: admin.id, details: JSON.stringify({ email, role: "staff" }) },
  ]);

  // The same address twice is refused beside the field.
  await createAccount(page, { email: "dubbel@peiling.demo", name: "Dubbel", role: "Panellid" });
  const form = page.locator('form[data-form="create-user"]');
  await form.getByLabel("E-mailadres").fill("Dubbel@Peiling.demo");
  await form.getByLabel("Naam").fill("Dubbel twee");
  await form.getByLabel("Rol").selectOption({ label: "Panellid" });
  await form.getByLabel("Eerste wachtwoord").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(errorSummary(page)).toContainText("Er is al een account met dit e-mailadres.");
  await expectNoAxeViolations(page);

  // The new account signs in and reaches the staff area.
  const member = await newPage(browser);
  await logIn(member, email, NEW_PASSWORD);
  await expect(member).toHaveURL(/\/beheer$/);
  await expectNoAxeViolations(member);
  expect(sessionCount(created.id)).toBe(1);

  // A new role ends the member's session at once.
  const row = page.getByRole("row", { name: new RegExp(email) });
  await row.getByLabel("Nieuwe rol voor Nieuw Lid").selectOption({ label: "Panellid" });
  await row.getByRole("button", { name: /Rol wijzigen/ }).click();
  await expect(row.locator('form[data-form="change-role"]').getByRole("status")).toHaveText(
    "De rol is gewijzigd. Deze gebruiker moet opnieuw inloggen.",
  );
  await expect(row.getByRole("cell").nth(1)).toHaveText("Panellid");
  await expectNoAxeViolations(page);
  expect(userByEmail(email).role).toBe("panel");
  expect(sessionCount(created.id)).toBe(0);
  await member.goto("/beheer");
  await expect(member).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer$/);
  await expectNoAxeViolations(member);

  // Signed in again, the member now has the new role's rights: no staff area.
  await submitLogin(member, email, NEW_PASSWORD);
  await expect(member).toHaveURL(/\/beheer$/);
  await expect(member.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectNoAxeViolations(member);
  expect(sessionCount(created.id)).toBe(1);

  // Deactivated: signed out at once, and signing in fails with the one message.
  await row.getByRole("button", { name: /Deactiveren/ }).click();
  await expect(row.locator('form[data-form="set-active"]').getByRole("status")).toHaveText(
    "Het account is gedeactiveerd. Deze gebruiker is direct uitgelogd.",
  );
  await expect(row.getByRole("cell").nth(2)).toHaveText("Nee, gedeactiveerd");
  await expectNoAxeViolations(page);
  expect(userByEmail(email).active).toBe(0);
  expect(sessionCount(created.id)).toBe(0);
  expect(auditFor(created.id).map((e) => [e.action, e.actorId])).toEqual([
    ["user.created", admin.id],
    ["user.role_changed", admin.id],
    ["user.deactivated", admin.id],
  ]);
  expect(auditFor(created.id)[1].details).toBe(JSON.stringify({ from: "staff", to: "panel" }));

  await member.reload();
  await expect(member.getByRole("navigation", { name: "Uw account" })).toHaveCount(0);
  await member.goto("/inloggen");
  await expectNoAxeViolations(member);
  await submitLogin(member, email, NEW_PASSWORD);
  await expect(errorSummary(member)).toContainText(FAILED);
  await expect(member).toHaveURL(/\/inloggen/);
  await member.context().close();
});

test(`signing in is refused after ${MAX_ATTEMPTS} failures, even with the right password`, async ({
  page,
  browser,
}) => {
  const email = "slot.test@peiling.demo";
  await openUserAdmin(page);
  await createAccount(page, { email, name: "Slot Test", role: "Beleidsmedewerker" });

  const guesser = await newPage(browser);
  await guesser.goto("/inloggen");
  await expectNoAxeViolations(guesser);
  for (let i = 1; i <= MAX_ATTEMPTS; i++) {
    await submitLogin(guesser, email, `geraden-wachtwoord-${i}`);
    await expect(errorSummary(guesser)).toContainText(FAILED);
  }
  await submitLogin(guesser, email, NEW_PASSWORD);
  await expect(errorSummary(guesser)).toContainText(FAILED);
  await expect(guesser).toHaveURL(/\/inloggen/);
  await expectNoAxeViolations(guesser);
  expect(sessionCount(userByEmail(email).id)).toBe(0);
  // The events are stored under keyed hashes only: no email address, no IP address.
  const keys = query<{ key: string }>("select key from rate_limit_events").map((r) => r.key);
  expect(keys.length).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
  expect(keys.filter((k) => /@|127\.0\.0\.1|::1/.test(k))).toEqual([]);

  // The limit is per account: from the same browser, another account still signs in.
  await submitLogin(guesser, demo("staff").email, demo("staff").password);
  await expect(guesser).toHaveURL(/\/beheer$/);
  await expectNoAxeViolations(guesser);
  await guesser.context().close();
});

// --- the server refuses what the pages do not offer --------------------------------------------

test("direct POSTs to the account actions without the admin role are refused and change nothing", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  const target = "replay.doel@peiling.demo";
  await openUserAdmin(page);

  // 1. Capture the three actions' form fields as an administrator's browser receives them.
  let copy = await openServerRendered(page, browser, "/beheer/gebruikers");
  const createFields = await hiddenActionFields(copy.locator('form[data-form="create-user"]'));
  await copy.context().close();
  const createPayload = (email: string) => ({
    ...createFields,
    email,
    name: "Via een directe POST",
    role: "admin",
    password: NEW_PASSWORD,
  });

  // Positive control: the same kind of replayed POST from the administrator's own session works,
  // so the refusals below are the server's decision, not a malformed request.
  const control = await page.request.post("/beheer/gebruikers", {
    multipart: { ...createPayload(target), role: "panel" },
    headers: { Origin: origin },
  });
  expect(control.status()).toBeLessThan(400);
  const targetUser = userByEmail(target);
  expect(targetUser).toMatchObject({ role: "panel", active: 1 });

  copy = await openServerRendered(page, browser, "/beheer/gebruikers");
  const row = `tr[data-user-email="${target}"]`;
  const roleFields = await hiddenActionFields(copy.locator(`${row} form[data-form="change-role"]`));
  const activeFields = await hiddenActionFields(copy.locator(`${row} form[data-form="set-active"]`));
  await copy.context().close();
  const attacks = {
    "create an admin account": createPayload("inbreker@peiling.demo"),
    "make the target an admin": { ...roleFields, role: "admin" },
    "deactivate the target": { ...activeFields },
  };
  expect(activeFields.userId).toBe(String(targetUser.id));
  expect(activeFields.active).toBe("false");

  // 2. Replay them as a visitor who is not signed in, and as a staff member.
  const before = accountState();
  const anonymous = await playwright.request.newContext({ baseURL });
  // The proxy only looks for a cookie with the right name; a made-up one gets past it, so the
  // action itself must refuse.
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: "authjs.session-token=verzonnen" },
  });
  const staff = await newPage(browser);
  await logIn(staff, demo("staff").email, demo("staff").password);

  for (const [what, multipart] of Object.entries(attacks)) {
    const headers = { Origin: origin };
    const viaProxy = await anonymous.post("/beheer/gebruikers", { multipart, headers, maxRedirects: 0 });
    expect(viaProxy.status(), `${what}, not signed in`).toBe(307);
    const pastProxy = await forged.post("/beheer/gebruikers", { multipart, headers, maxRedirects: 0 });
    expect(pastProxy.status(), `${what}, made-up cookie`).toBeLessThan(500);
    const asStaff = await staff.request.post("/beheer/gebruikers", { multipart, headers });
    expect(asStaff.status(), `${what}, as staff`).toBe(403);
    expect(await asStaff.text(), `${what}, as staff`).toContain("Geen toegang");
    expect(accountState(), `${what}: nothing changed`).toEqual(before);
  }
  expect(userByEmail("inbreker@peiling.demo")).toBeUndefined();
  await anonymous.dispose();
  await forged.dispose();
  await staff.context().close();

  // 3. The administrator's own replays of the same role and status changes do work.
  await page.request.post("/beheer/gebruikers", {
    multipart: attacks["make the target an admin"],
    headers: { Origin: origin },
  });
  await page.request.post("/beheer/gebruikers", {
    multipart: attacks["deactivate the target"],
    headers: { Origin: origin },
  });
  expect(userByEmail(target)).toMatchObject({ role: "admin", active: 0 });
});
