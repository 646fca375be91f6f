import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { linkIn, messagesTo, waitForMessage } from "./support/mailbox";
import { runCli } from "./support/operator-cli";
import {
  createE2ePanel,
  type E2ePanel,
  expectErrorSummary,
  fillSignupForm,
  inviteMember,
  memberById,
  membersOf,
  outboxCountTo,
  uniqueEmail,
} from "./support/panel-members";
import { openServerRendered } from "./support/server-rendered";

// Member self-service by magic link (no password): sign in from the RECEIVED mail, edit the
// profile (a new address only after its own confirmation mail), download the data, pause,
// resume, unsubscribe in one click from a mail, and leave — after which the contact data is gone
// and no mail goes to the address. Self-service actions refuse a direct POST without a member
// session.

/** A member of a fresh panel, made through the product (sign-up and the mailed confirmation). */
async function joinedMember(
  page: Page,
  label: string,
): Promise<{ panel: E2ePanel; email: string; id: number }> {
  const panel = createE2ePanel({ label });
  const email = uniqueEmail(label);
  await page.goto(`/panel/aanmelden?panel=${panel.slug}`);
  await fillSignupForm(page, { email, birthYear: "1971", sex: "Vrouw", postcode: "4901 AB" });
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  await page.goto(
    linkIn(await waitForMessage(email, { subject: /Bevestig uw aanmelding/ }), "/panel/bevestigen/"),
  );
  await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
  await expect(page).toHaveURL(/\/panel\/mijn/);
  const [member] = membersOf(panel.id);
  return { panel, email, id: member?.id ?? 0 };
}

/** Asks for a sign-in link at /panel/inloggen, opens it from the received mail and signs in. */
async function signInByMail(page: Page, email: string): Promise<void> {
  const before = messagesTo(email).length;
  await page.goto("/panel/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  const mail = await waitForMessage(email, { subject: /Uw inloglink/, after: before });
  await page.goto(linkIn(mail, "/panel/inloggen/"));
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/panel\/mijn$/);
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("a member signs in by mailed link, edits the profile, downloads the data, pauses, resumes and leaves", async ({
  page,
}) => {
  const { panel, email, id } = await joinedMember(page, "zelf");
  inviteMember(id, panel.id, "sociaal-domein-2026");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("status")).toContainText("U bent uitgelogd.");
  await expectNoAxeViolations(page);

  // The sign-in page says the same for an address that is no member, and mails nobody.
  await page.getByLabel("E-mailadres").fill("niemand@example.org");
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(outboxCountTo("niemand@example.org")).toBe(0);

  await signInByMail(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn panel");
  await expect(page.getByRole("table", { name: "Vragenlijsten waarvoor u bent uitgenodigd" })).toContainText(
    "Nog niet ingevuld",
  );
  await expectNoAxeViolations(page);

  // A sign-in link works once.
  const used = linkIn(await waitForMessage(email, { subject: /Uw inloglink/ }), "/panel/inloggen/");
  const elsewhere = await newPage(page.context().browser() as Browser);
  await elsewhere.goto(used);
  await expect(elsewhere.getByRole("heading", { level: 1 })).toHaveText("Deze inloglink werkt niet meer");
  await elsewhere.context().close();

  // Profile: a wrong postcode is explained; birth year, sex and postcode are saved at once.
  await page.getByLabel("Postcode").fill("49");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expectErrorSummary(page, "Vul een postcode in met 4 cijfers en 2 letters");
  await page.getByLabel("Postcode").fill("4902 cd");
  await page.getByLabel("Geboortejaar").fill("1972");
  await page
    .getByRole("group", { name: /Geslacht/ })
    .getByLabel("Zeg ik liever niet")
    .check();
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw gegevens zijn opgeslagen." })).toBeVisible();
  expect(memberById(id)).toMatchObject({
    postcode: "4902 CD",
    birth_year: 1972,
    sex: "zeg_ik_liever_niet",
    email,
  });

  // A new address counts only after the link mailed to it is opened.
  const newEmail = uniqueEmail("nieuw");
  await page.getByLabel("E-mailadres").fill(newEmail);
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Wij hebben een e-mail gestuurd naar uw nieuwe adres" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `Wij wachten op uw bevestiging van het nieuwe adres ${newEmail}` }),
  ).toBeVisible();
  expect(memberById(id).email).toBe(email);
  await page.goto(
    linkIn(await waitForMessage(newEmail, { subject: /nieuwe e-mailadres/ }), "/panel/email-bevestigen/"),
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bevestig mijn nieuwe e-mailadres" }).click();
  await expect(page.getByRole("status")).toContainText("Uw nieuwe e-mailadres is bevestigd.");
  await expectNoAxeViolations(page);
  expect(memberById(id).email).toBe(newEmail);
  await signInByMail(page, newEmail);

  // Download my data.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download mijn gegevens (JSON)" }).click(),
  ]);
  const data = JSON.parse(fs.readFileSync((await download.path()) as string, "utf8"));
  expect(data.panel).toBe(panel.name);
  expect(data.profile).toMatchObject({
    email: newEmail,
    birthYear: 1972,
    sex: "zeg_ik_liever_niet",
    postcode: "4902 CD",
    status: "active",
    joinedVia: "signup",
  });
  expect(data.consents).toEqual([{ privacyVersion: 2, consentedAt: expect.any(String) }]);
  expect(data.invitations).toEqual([
    { survey: expect.any(String), invitedAt: expect.any(String), status: "invited", pseudonymous: false },
  ]);
  // The invited survey is anonymous: no answers can be found, and the file says why.
  expect(data.answers).toEqual([]);
  expect(data.note).toContain("anonieme vragenlijsten");

  // Pause and resume.
  await page.getByRole("button", { name: "Pauzeer mijn lidmaatschap" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw lidmaatschap is gepauzeerd." })).toBeVisible();
  expect(memberById(id).status).toBe("paused");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ik doe weer mee" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Welkom terug!" })).toBeVisible();
  expect(memberById(id).status).toBe("active");

  // Leave: confirmation asked first, then the contact data is gone at once.
  await page.getByRole("link", { name: "Ik wil stoppen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stoppen met het panel");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Stoppen met het panel" }).click();
  await expectErrorSummary(page, "Zet een vinkje als u echt wilt stoppen.");
  await page.getByLabel("Ja, ik wil stoppen en mijn gegevens laten verwijderen").check();
  await page.getByRole("button", { name: "Stoppen met het panel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("U bent gestopt");
  await expectNoAxeViolations(page);
  expect(memberById(id)).toMatchObject({ email: null, postcode: null, status: "left" });

  // No mail to either address afterwards: nothing queued, a sign-in request sends nothing, and
  // the reminder run (the fieldwork's, run as operators do) finds nobody to remind.
  expect(outboxCountTo(newEmail)).toBe(0);
  expect(outboxCountTo(email)).toBe(0);
  await page.goto("/panel/mijn");
  await expect(page).toHaveURL(/\/panel\/inloggen\?verlopen=1$/);
  await page.getByLabel("E-mailadres").fill(newEmail);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  runCli("panel:remind", "--now", new Date(Date.now() + 86_400_000).toISOString());
  expect(outboxCountTo(newEmail)).toBe(0);
});

test("one click in a mail stops the invitations: the footer link asks first, a mail program's POST does not", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { email, id } = await joinedMember(page, "afmeld");
  const welcome = await waitForMessage(email, { subject: /Welkom bij/ });
  const footerLink = linkIn(welcome, "/panel/afmelden/");
  // The header's URL is absolute (PEILING_BASE_URL); the test server answers on its own port.
  const header = new URL((welcome.headers["list-unsubscribe"] ?? "").replace(/^<|>$/g, "")).pathname;
  expect(header).toBe(footerLink);

  // A person follows the footer link: a page with a button; opening it changed nothing.
  await page.goto(footerLink);
  await expect(page).toHaveURL(/\/bevestigen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen uitnodigingen meer");
  await expectNoAxeViolations(page);
  expect(memberById(id).status).toBe("active");
  await page.getByRole("button", { name: "Ja, stuur mij geen uitnodigingen meer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("U bent afgemeld");
  await expect(page.getByRole("status")).toContainText("U bent nog wel lid.");
  await expectNoAxeViolations(page);
  expect(memberById(id).status).toBe("paused");

  // Resumed from Mijn panel, then a mail program unsubscribes by itself (RFC 8058): no session,
  // no form token, just the POST.
  await page.goto("/panel/mijn");
  await page.getByRole("button", { name: "Ik doe weer mee" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Welkom terug!" })).toBeVisible();
  const mailProgram = await playwright.request.newContext({ baseURL });
  const oneClick = await mailProgram.post(header, {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(oneClick.status()).toBe(200);
  expect(memberById(id).status).toBe("paused");

  // A forged link is refused.
  const forged = await mailProgram.post(header.replace(/\.[A-Za-z0-9_-]{22}$/, `.${"A".repeat(22)}`), {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(forged.status()).toBe(404);
  await mailProgram.dispose();

  // A person with a mangled link gets a page that says so.
  await page.goto(`${footerLink.slice(0, -3)}xyz`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet");
  await expectNoAxeViolations(page);
});

test("self-service refuses a direct POST and the data download without the member's session", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const { id } = await joinedMember(page, "direct");
  const origin = new URL(baseURL ?? "").origin;

  // The forms as the server renders them for the member (no JavaScript): their action fields.
  const copy = await openServerRendered(page, browser, "/panel/mijn");
  const fieldsOf = (selector: string) =>
    copy
      .locator(`${selector} input`)
      .evaluateAll((inputs) =>
        Object.fromEntries(
          inputs
            .filter((i) => (i as HTMLInputElement).type !== "radio" || (i as HTMLInputElement).checked)
            .map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
        ),
      );
  const pause = await fieldsOf('form[data-form="pause"]');
  const profile = await fieldsOf('form[data-form="profile"]');
  expect(Object.keys(pause).some((name) => name.startsWith("$ACTION_ID_"))).toBe(true);
  await copy.context().close();

  // Replayed by a client without the member's cookie (or with a made-up one): nothing changes.
  const before = memberById(id);
  for (const cookie of [undefined, "peiling_lid=verzonnen-geheim-van-de-juiste-lengte-aaaaaaaaaaaa"]) {
    const stranger = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: cookie ? { Cookie: cookie } : {},
    });
    const paused = await stranger.post("/panel/mijn", {
      multipart: pause,
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(paused.status()).toBeLessThan(500);
    const edited = await stranger.post("/panel/mijn", {
      multipart: { ...profile, postcode: "4911 ZZ", birthYear: "1940" },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(edited.status()).toBeLessThan(500);
    const data = await stranger.get("/panel/mijn/gegevens");
    expect(data.status()).toBe(401);
    expect(memberById(id)).toEqual(before);
    await stranger.dispose();
  }

  // Control: the member's own replay of the pause works, so the refusals were the server's decision.
  const own = await page.request.post("/panel/mijn", { multipart: pause, headers: { Origin: origin } });
  expect(own.status()).toBeLessThan(400);
  expect(memberById(id).status).toBe("paused");
});
