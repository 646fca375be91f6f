import crypto from "node:crypto";
import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { answerDemoSurvey } from "./support/demo-survey-answers";
import { linkIn, messagesTo, waitForMessage } from "./support/mailbox";
import { runCli } from "./support/operator-cli";
import {
  createE2ePanel,
  type E2ePanel,
  fillSignupForm,
  memberById,
  membersOf,
} from "./support/panel-members";
import { DEMO_SLUG } from "./support/survey";

// Issue 4's "done when", end to end, with the mail as a real SMTP server on loopback received it:
// a resident joins with a letter code, three through open sign-up (confirmed by the mailed link);
// staff draw a stratified sample of the panel and send invitations; a member answers from the
// received mail; another stops the invitations from the mail's footer; the reminder run a week
// later mails only the two who did not answer; one of them answers from the reminder, downloads
// their data and leaves — contact data gone, the answers kept without a link to them, and no mail
// to them afterwards. The anonymous response is checked in the database: no column joins it to
// the member or the invitation. The panel is the journey's own; the survey is the open demo survey.

const DAY = 86_400_000;

const query = queryE2eDb;

const hash = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

/** `peiling panel:remind --now <at>` as an operator runs it. */
function remind(at: Date): string {
  return runCli("panel:remind", "--now", at.toISOString());
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Staff make one letter code for the panel and download the printer's CSV: the join link. */
async function letterCodeLink(staff: Page, panel: E2ePanel): Promise<string> {
  await staff.goto(`/beheer/panels/${panel.id}/lettercodes`);
  await expectNoAxeViolations(staff);
  await staff.getByLabel("Aantal codes").fill("1");
  await staff.getByLabel("Notitie").fill("Brief voor de reis");
  await staff.getByRole("button", { name: "Codes maken" }).click();
  await expect(staff.getByRole("status")).toContainText("1 code gemaakt");
  const [download] = await Promise.all([
    staff.waitForEvent("download"),
    staff
      .getByRole("row")
      .filter({ hasText: "Brief voor de reis" })
      .getByRole("link", { name: /Download CSV/ })
      .click(),
  ]);
  const [, row] = fs
    .readFileSync((await download.path()) as string, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const link = new URL((row ?? "").split(";")[1] ?? "");
  return link.pathname + link.search;
}

/** Sends the sign-up form and confirms with the link from the received mail. */
async function joinAndConfirm(page: Page, path: string, resident: Parameters<typeof fillSignupForm>[1]) {
  await page.goto(path);
  await expectNoAxeViolations(page);
  await fillSignupForm(page, resident);
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  const mail = await waitForMessage(resident.email, { subject: /Bevestig uw aanmelding/ });
  await page.goto(linkIn(mail, "/panel/bevestigen/"));
  await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click();
  await expect(page).toHaveURL(/\/panel\/mijn/);
  await expectNoAxeViolations(page);
}

const email = (who: string) => `reis-${who}-${crypto.randomBytes(3).toString("hex")}@example.org`;
const reminders = (address: string) => messagesTo(address).filter((m) => /^Herinnering/.test(m.subject));

test("the panel journey: join, invite a stratified sample, answer from the mail, remind only non-respondents, download and leave", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const panel = createE2ePanel({ label: "reis" });
  const surveyId = query<{ id: number }>("select id from surveys where slug = ?", DEMO_SLUG)[0].id;
  const who = { a: email("brief"), b: email("b"), c: email("c"), d: email("d") };

  // 1. A resident joins with the code from the letter; three more through open sign-up.
  await logInAs(page, "staff");
  const joinPath = await letterCodeLink(page, panel);
  const residents = await newPage(browser);
  await joinAndConfirm(residents, joinPath, {
    email: who.a,
    birthYear: "1962",
    sex: "Vrouw",
    postcode: "4901 AB",
  });
  const openPath = `/panel/aanmelden?panel=${panel.slug}`;
  await joinAndConfirm(residents, openPath, {
    email: who.b,
    birthYear: "1985",
    sex: "Man",
    postcode: "4901 CD",
  });
  await joinAndConfirm(residents, openPath, {
    email: who.c,
    birthYear: "1950",
    sex: "Vrouw",
    postcode: "4902 EF",
  });
  await joinAndConfirm(residents, openPath, {
    email: who.d,
    birthYear: "1990",
    sex: "Man",
    postcode: "4902 GH",
  });
  await residents.context().close();
  const members = Object.fromEntries(membersOf(panel.id).map((m) => [m.email, m]));
  expect(members[who.a]).toMatchObject({ joined_via: "letter_code", status: "active", district: "Centrum" });
  expect(members[who.b]).toMatchObject({ joined_via: "signup", status: "active", district: "Centrum" });

  // 2. Staff draw a stratified sample of the panel (one member per district × age group) and send.
  await page.goto(`/beheer/surveys/${surveyId}/uitnodigen`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Panel (verplicht)").selectOption(String(panel.id));
  await page.getByRole("radio", { name: /Gestratificeerd/ }).check();
  await page.getByLabel("Aantal leden").fill("4");
  await page.getByLabel("Herinnering na … dagen").fill("7, 14");
  await page.getByRole("button", { name: "Bekijk de steekproef" }).click();
  const strata = page.getByTestId("strata");
  await expect(strata.locator("tbody tr")).toHaveCount(4);
  await expect(strata.getByRole("row", { name: /Centrum 50-64/ }).getByRole("cell")).toHaveText([
    "50-64",
    "1",
    "1",
    "1",
    "1",
  ]);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Verstuur 4 uitnodigingen" }).click();
  await expect(page.getByRole("status")).toContainText("4 uitnodigingen staan klaar");
  await expectNoAxeViolations(page);

  // 3. Member A opens the invitation from the received mail and answers.
  const invitation = await waitForMessage(who.a, { subject: /Uitnodiging: vragenlijst/ });
  expect(invitation.text).toContain("Uw antwoorden zijn anoniem");
  const invitationPath = linkIn(invitation, `/s/${DEMO_SLUG}/uitnodiging/`);
  const token = invitationPath.split("/").pop() ?? "";
  const memberA = await newPage(browser);
  await memberA.goto(invitationPath);
  await expect(memberA.getByRole("heading", { name: "Uw persoonlijke uitnodiging" })).toBeVisible();
  await expectNoAxeViolations(memberA);
  await answerDemoSurvey(memberA);
  await memberA.context().close();

  // The stored response cannot be joined to member A or the invitation by any column.
  const [response] = query<Record<string, unknown>>(
    "select * from responses where panel_id = ? and status = 'completed'",
    panel.id,
  );
  expect(response).toBeDefined();
  const invitationRow = query<Record<string, number | string | null>>(
    "select * from invitations where token_hash = ?",
    hash(token),
  )[0];
  expect(invitationRow?.member_id).toBe(members[who.a]?.id);
  expect(response?.member_id).toBeNull();
  expect(response?.invitation_sealed).toBeNull();
  const secrets = [token, hash(token), who.a, members[who.a]?.postcode, String(members[who.a]?.birth_year)];
  for (const [column, value] of Object.entries(response ?? {})) {
    for (const secret of secrets) {
      expect(String(value).includes(String(secret)), `responses.${column} holds ${secret}`).toBe(false);
    }
  }
  // Not even by time: the invitation records that it was used, not when.
  const responseTimes = [response?.created_at, response?.updated_at, response?.completed_at];
  for (const column of ["created_at", "started_at", "used_at", "last_reminded_at"]) {
    expect(responseTimes, `invitations.${column}`).not.toContain(invitationRow?.[column]);
  }
  expect(invitationRow?.used_at).toBe(invitationRow?.created_at);
  // Nothing in the invitations table points at a response.
  expect(Object.keys(invitationRow ?? {}).filter((c) => c.includes("response"))).toEqual([]);

  // 4. Member C stops the invitations with the link in the mail's footer (paused, still a member).
  const forC = await waitForMessage(who.c, { subject: /Uitnodiging: vragenlijst/ });
  const memberC = await newPage(browser);
  await memberC.goto(linkIn(forC, "/panel/afmelden/"));
  await memberC.getByRole("button", { name: "Ja, stuur mij geen uitnodigingen meer" }).click();
  await expect(memberC.getByRole("heading", { level: 1 })).toHaveText("U bent afgemeld");
  await memberC.context().close();
  expect(memberById(members[who.c]?.id ?? 0).status).toBe("paused");
  await waitForMessage(who.b, { subject: /Uitnodiging: vragenlijst/ });
  await waitForMessage(who.d, { subject: /Uitnodiging: vragenlijst/ });

  // 5. A week later the reminder run mails only those who did not answer and are active: B and D.
  const sentAt = Date.now();
  expect(remind(new Date(sentAt + 7 * DAY + 3_600_000))).toContain("Reminders queued:");
  const reminderB = await waitForMessage(who.b, { subject: /^Herinnering/ });
  await waitForMessage(who.d, { subject: /^Herinnering/ });
  expect(reminders(who.a)).toEqual([]);
  expect(reminders(who.c)).toEqual([]);
  // The same day again: nothing new.
  remind(new Date(sentAt + 7 * DAY + 7_200_000));
  expect(reminders(who.b)).toHaveLength(1);

  // 6. Member B answers from the reminder, downloads their data and leaves.
  const memberB = await newPage(browser);
  await memberB.goto(linkIn(reminderB, `/s/${DEMO_SLUG}/uitnodiging/`));
  await answerDemoSurvey(memberB);
  const before = messagesTo(who.b).length;
  await memberB.goto("/panel/inloggen");
  await memberB.getByLabel("E-mailadres").fill(who.b);
  await memberB.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  const signIn = await waitForMessage(who.b, { subject: /Uw inloglink/, after: before });
  await memberB.goto(linkIn(signIn, "/panel/inloggen/"));
  await memberB.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(memberB).toHaveURL(/\/panel\/mijn$/);
  await expectNoAxeViolations(memberB);
  const [download] = await Promise.all([
    memberB.waitForEvent("download"),
    memberB.getByRole("link", { name: "Download mijn gegevens (JSON)" }).click(),
  ]);
  const data = JSON.parse(fs.readFileSync((await download.path()) as string, "utf8"));
  expect(data.profile).toMatchObject({
    email: who.b,
    birthYear: 1985,
    postcode: "4901 CD",
    status: "active",
  });
  expect(data.invitations).toEqual([expect.objectContaining({ status: "completed", pseudonymous: false })]);
  await memberB.getByRole("link", { name: "Ik wil stoppen" }).click();
  await memberB.getByLabel("Ja, ik wil stoppen en mijn gegevens laten verwijderen").check();
  await memberB.getByRole("button", { name: "Stoppen met het panel" }).click();
  await expect(memberB.getByRole("heading", { level: 1 })).toHaveText("U bent gestopt");
  await expectNoAxeViolations(memberB);
  await memberB.context().close();

  // Contact data gone at once; both answers kept, linked to nobody.
  expect(memberById(members[who.b]?.id ?? 0)).toMatchObject({ email: null, postcode: null, status: "left" });
  const kept = query<{ member_id: number | null }>(
    "select member_id from responses where panel_id = ? and status = 'completed'",
    panel.id,
  );
  expect(kept).toEqual([{ member_id: null }, { member_id: null }]);
  expect(query("select 1 from mail_outbox where lower(to_address) = ?", who.b)).toEqual([]);

  // 7. The second reminder day: only D, who neither answered nor left; nothing to B, A or C.
  const receivedByB = messagesTo(who.b).length;
  remind(new Date(sentAt + 14 * DAY + 3_600_000));
  await expect.poll(() => reminders(who.d).length, { timeout: 20_000 }).toBe(2);
  expect(messagesTo(who.b)).toHaveLength(receivedByB);
  expect(query("select 1 from mail_outbox where lower(to_address) = ?", who.b)).toEqual([]);
  expect(reminders(who.a)).toEqual([]);
  expect(reminders(who.c)).toEqual([]);

  // Staff see the round's response: 4 invited, 2 answered.
  await page.goto(`/beheer/surveys/${surveyId}/respons`);
  const row = page.getByTestId("channels").getByRole("row", { name: new RegExp(`Panel: ${panel.name}`) });
  await expect(row.getByRole("cell")).toHaveText(["4", "2", "2", "50%"]);
  await expectNoAxeViolations(page);
});
