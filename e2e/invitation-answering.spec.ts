import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { openE2eDb } from "./support/db";
import { goToReview, sendDemoSurvey, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { createInvitation } from "./support/invitations";
import { DEMO_URL, demoResponses, startSurveyAt } from "./support/survey";

/** From the start page (or, when already started, the first page) to the last page. */
async function completeQuickly(page: Page) {
  if (!/\/vraag\//.test(page.url())) await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await page.getByLabel("Hoe oud bent u?").fill("46");
  await walkDemoSurveyToLastPage(page);
}

function invitationRow(id: number) {
  const db = openE2eDb();
  try {
    return db.prepare("select started_at, used_at from invitations where id = ?").get(id) as {
      started_at: number | null;
      used_at: number | null;
    };
  } finally {
    db.close();
  }
}

test("a member answers through a personal invitation: anonymous, once, with no attribute fewer than k share", async ({
  page,
  browser,
}) => {
  const invitation = createInvitation("sociaal-domein-2026", {
    birthYear: 1980,
    sex: "vrouw",
    district: "Centrum",
  });
  const link = `${DEMO_URL}/uitnodiging/${invitation.token}`;
  const before = new Set(demoResponses().map((r) => r.id));

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Uw persoonlijke uitnodiging" })).toBeVisible();
  await expect(page.getByText("Uw antwoorden zijn anoniem")).toBeVisible();
  await expectNoAxeViolations(page);

  // A second device opens the same link and starts too.
  const other = await (await browser.newContext()).newPage();
  await startSurveyAt(other, link);

  await completeQuickly(page);
  await sendDemoSurvey(page);
  expect(invitationRow(invitation.invitationId).used_at).not.toBeNull();

  // The other device's answers are refused: one invitation, one response.
  await completeQuickly(other);
  await goToReview(other);
  await other.getByRole("button", { name: "Versturen" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "al verstuurd" })).toBeVisible();
  await expectNoAxeViolations(other);

  const created = demoResponses().filter((r) => !before.has(r.id));
  expect(created).toHaveLength(1);
  expect(created[0].status).toBe("completed");
  expect(created[0].channel).toBe("panel");

  // Nothing in the response row joins it to the member or the invitation.
  const db = openE2eDb();
  const row = db.prepare("select * from responses where id = ?").get(created[0].id) as Record<
    string,
    unknown
  >;
  db.close();
  expect(row.panel_id).toBe(invitation.panelId);
  expect(row.member_id).toBeNull();
  expect(row.invitation_sealed).toBeNull();
  // The first member to answer through this panel: fewer than k members have answered, so the
  // response carries no attribute at all (it would name one of fewer than k people).
  expect(row).toMatchObject({ age_group: null, sex: null, district: null });
  const invitationHash = (() => {
    const d = openE2eDb();
    const r = d.prepare("select token_hash from invitations where id = ?").get(invitation.invitationId) as {
      token_hash: string;
    };
    d.close();
    return r.token_hash;
  })();
  for (const value of Object.values(row)) {
    if (typeof value === "string") expect(value).not.toContain(invitationHash);
  }

  // The link no longer works, with the same message as an unknown one.
  for (const url of [link, `${DEMO_URL}/uitnodiging/AAAAAAAAAAAAAAAAAAAAAA`]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze uitnodiging werkt niet (meer)");
  }
  await expectNoAxeViolations(page);
});

test("an invitation for one survey does not open another", async ({ page }) => {
  const invitation = createInvitation("sociaal-domein-2026");
  const response = await page.goto(`/s/gesloten-2025/uitnodiging/${invitation.token}`);
  expect(response?.status()).toBe(404);
  expect(invitationRow(invitation.invitationId).started_at).toBeNull();
});

test("the same invitation sent twenty times at once stores one response", async ({ browser }) => {
  test.setTimeout(300_000);
  const invitation = createInvitation("sociaal-domein-2026");
  const link = `${DEMO_URL}/uitnodiging/${invitation.token}`;
  const before = new Set(demoResponses().map((r) => r.id));
  // Twenty browsers reach the last page with the same invitation, then all send at once.
  const pages = await Promise.all(
    Array.from({ length: 20 }, async () =>
      (await browser.newContext({ javaScriptEnabled: false })).newPage(),
    ),
  );
  for (const p of pages) {
    await p.goto(link);
    await completeQuickly(p);
    await goToReview(p);
  }
  await Promise.all(pages.map((p) => p.getByRole("button", { name: "Versturen" }).click()));
  const created = demoResponses().filter((r) => !before.has(r.id));
  expect(created.filter((r) => r.status === "completed")).toHaveLength(1);
  // The others were refused and their unfinished responses removed.
  expect(created).toHaveLength(1);
});
