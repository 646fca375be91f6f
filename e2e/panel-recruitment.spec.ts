import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { linkIn, waitForMessage } from "./support/mailbox";
import {
  consentsOf,
  createE2ePanel,
  type E2ePanel,
  expectErrorSummary,
  fillSignupForm,
  membersOf,
  outboxCountTo,
  uniqueEmail,
} from "./support/panel-members";

// Recruitment: staff make letter codes and download them for the printer; a resident joins with a
// code from that file; another joins through open sign-up; both confirm by the link in the mail
// they RECEIVED (a real SMTP server on loopback, e2e/support/mailbox.ts). Signing up with a
// member's address shows the same page and mails the member instead. Each journey uses a panel of
// its own, so the seeded panels stay as other journeys expect them.

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Staff make a batch of `size` codes and download its CSV; returns the rows (code, link). */
async function makeLetterCodes(page: Page, panel: E2ePanel, size: number): Promise<string[][]> {
  await logInAs(page, "staff");
  await page.goto(`/beheer/panels/${panel.id}/lettercodes`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lettercodes");
  await expectNoAxeViolations(page);

  // Sent empty first: the error summary names the field.
  await page.getByRole("button", { name: "Codes maken" }).click();
  await expectErrorSummary(page, "Vul het aantal codes in.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Aantal codes").fill(String(size));
  await page.getByLabel("Notitie").fill("Brief wijk Centrum");
  await page.getByRole("button", { name: "Codes maken" }).click();
  await expect(page.getByRole("status")).toContainText(`${size} codes gemaakt`);
  await expectNoAxeViolations(page);

  const row = page.getByRole("row").filter({ hasText: "Brief wijk Centrum" });
  await expect(row.getByRole("cell").nth(2)).toHaveText(String(size));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: /Download CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^lettercodes-${panel.slug}-\\d+\\.csv$`));
  const csv = fs.readFileSync((await download.path()) as string, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("code;aanmeldlink");
  return lines.slice(1).map((line) => line.split(";"));
}

test("a resident joins with a letter code from the batch staff made, and the code then no longer works", async ({
  page,
  browser,
}) => {
  const panel = createE2ePanel({ label: "brief" });
  const rows = await makeLetterCodes(page, panel, 5);
  expect(rows).toHaveLength(5);
  const [code, link] = rows[0] as [string, string];
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const joinPath = new URL(link).pathname + new URL(link).search;
  expect(joinPath).toBe(`/panel/aanmelden?panel=${panel.slug}&code=${code}`);

  // The resident types the link from the letter; the code is already filled in.
  const resident = await newPage(browser);
  await resident.goto(joinPath);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(`Aanmelden voor ${panel.name}`);
  await expect(resident.getByLabel("Code uit de brief")).toHaveValue(code);
  await expect(resident.getByText("U kunt altijd stoppen.")).toBeVisible();
  await expectNoAxeViolations(resident);
  const email = uniqueEmail("brief");
  // Typed as from paper: lower case with spaces.
  await fillSignupForm(resident, {
    email,
    birthYear: "1962",
    sex: "Vrouw",
    postcode: "4901ab",
    code: code.toLowerCase().replace(/-/g, " "),
  });
  await expect(resident.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  await expectNoAxeViolations(resident);

  const [member] = membersOf(panel.id);
  expect(member).toMatchObject({ email, status: "pending", joined_via: "letter_code", postcode: "4901 AB" });
  expect(consentsOf(member?.id ?? 0)).toEqual([{ privacy_version: 2 }]);

  const mail = await waitForMessage(email, { subject: /Bevestig uw aanmelding/ });
  expect(mail.headers["list-unsubscribe"]).toMatch(/\/panel\/afmelden\/\d+\.[A-Za-z0-9_-]{22}>$/);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  await resident.goto(linkIn(mail, "/panel/bevestigen/"));
  await expectNoAxeViolations(resident);
  await resident.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
  await expect(resident).toHaveURL(/\/panel\/mijn\?welkom=1$/);
  await expect(resident.getByRole("status")).toContainText(`U bent nu lid van ${panel.name}`);
  await expectNoAxeViolations(resident);
  expect(membersOf(panel.id)[0]).toMatchObject({ status: "active" });
  await waitForMessage(email, { subject: /Welkom bij/ });

  // The same code a second time: a clear refusal, and no second member.
  const other = await newPage(browser);
  await other.goto(joinPath);
  await fillSignupForm(other, {
    email: uniqueEmail("tweede"),
    birthYear: "1990",
    sex: "Man",
    postcode: "4902 CD",
  });
  await expectErrorSummary(other, "Deze code is al gebruikt");
  await expect(other.getByLabel("Code uit de brief")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(other);
  expect(membersOf(panel.id)).toHaveLength(1);

  // Staff see the code counted as used.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: "Brief wijk Centrum" });
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
  await expect(row.getByRole("cell").nth(4)).toHaveText("4");

  await resident.context().close();
  await other.context().close();
});

test("open sign-up: the form explains each error, the minimum age holds, and the mailed link confirms", async ({
  page,
}) => {
  const panel = createE2ePanel({ label: "open", minAge: 18 });
  await page.goto("/");
  await page.getByRole("link", { name: "Lees meer en meld u aan" }).click();
  await expect(page).toHaveURL(/\/panel$/);
  await expectNoAxeViolations(page);
  await page.goto("/panel/aanmelden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmelden voor een panel");
  await expectNoAxeViolations(page);
  await page.goto("/panel");
  await page.getByRole("link", { name: new RegExp(`^Aanmelden\\W+${panel.name}$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Aanmelden voor ${panel.name}`);

  // Nothing filled in: one message per field, in the summary and beside the field.
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expectErrorSummary(
    page,
    "Vul een e-mailadres in.",
    "Vul een geboortejaar in.",
    "Kies een geslacht.",
    "Vul een postcode in.",
    "Zet een vinkje als u lid wilt worden.",
  );
  await expectNoAxeViolations(page);

  // Too young for this 18+ panel: refused by the server, nothing stored.
  const email = uniqueEmail("open");
  const tooYoung = String(new Date().getFullYear() - 17);
  await fillSignupForm(page, { email, birthYear: tooYoung, sex: "Anders", postcode: "4903 EF" });
  await expectErrorSummary(page, "U bent nog te jong voor dit panel.");
  await expectNoAxeViolations(page);
  expect(membersOf(panel.id)).toEqual([]);

  await page.getByLabel("Geboortejaar").fill(String(new Date().getFullYear() - 18));
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  expect(membersOf(panel.id)).toMatchObject([{ email, status: "pending", joined_via: "signup" }]);

  const mail = await waitForMessage(email, { subject: /Bevestig uw aanmelding/ });
  const confirm = linkIn(mail, "/panel/bevestigen/");
  await page.goto(confirm);
  await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
  await expect(page).toHaveURL(/\/panel\/mijn/);
  expect(membersOf(panel.id)).toMatchObject([{ email, status: "active" }]);

  // The link works once.
  await page.goto(confirm);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet meer");
  await expectNoAxeViolations(page);
});

test("signing up with a member's address shows the same page and mails the member, changing nothing", async ({
  page,
}) => {
  const panel = createE2ePanel({ label: "dubbel" });
  const member = uniqueEmail("lid");
  // Make the member through the product: sign up and confirm.
  await page.goto(`/panel/aanmelden?panel=${panel.slug}`);
  await fillSignupForm(page, { email: member, birthYear: "1950", sex: "Man", postcode: "4904 GH" });
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  const pageForNew = (await page.getByRole("main").textContent())?.trim();
  await page.goto(linkIn(await waitForMessage(member, { subject: /Bevestig/ }), "/panel/bevestigen/"));
  await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
  await expect(page).toHaveURL(/\/panel\/mijn/);
  const before = membersOf(panel.id);

  // Someone types the member's address (in capitals) with other details.
  const stranger = await page.context().browser()?.newContext();
  const strangerPage = await stranger?.newPage();
  if (!strangerPage) throw new Error("no browser");
  await strangerPage.goto(`/panel/aanmelden?panel=${panel.slug}`);
  await fillSignupForm(strangerPage, {
    email: member.toUpperCase(),
    birthYear: "1999",
    sex: "Vrouw",
    postcode: "4901 AB",
  });
  await expect(strangerPage.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  expect((await strangerPage.getByRole("main").textContent())?.trim()).toBe(pageForNew);
  await expectNoAxeViolations(strangerPage);

  const notice = await waitForMessage(member, { subject: /U bent al lid van/ });
  expect(notice.text).toContain("Iemand heeft geprobeerd zich aan te melden");
  expect(notice.text).toContain("/panel/inloggen");
  expect(membersOf(panel.id)).toEqual(before);
  // Only the first sign-up's confirmation, the welcome and the notice: no confirmation link for the stranger.
  expect(outboxCountTo(member)).toBe(3);
  await stranger?.close();
});
