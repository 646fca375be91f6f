import { expect, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { tabTo } from "./support/keyboard";

/*
 * Paper and phone (issue 13): a staff member prints the demo survey's questionnaire (the print
 * view on A4, a code on every copy, no staff navigation), enters one returned paper form with the
 * keyboard only, and sees it count in channel "staff" on the response monitoring page; the call
 * script leads to the entry screen with a code drawn for the call.
 */

const DEMO_TITLE = "Sociaal domein Oosterhout 2026";

async function openDemoSurvey(page: Page): Promise<void> {
  await page.goto("/beheer");
  await page.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
}

/** Completed responses in channel "staff" on the monitoring page (0 while there is no such row). */
async function staffCompleted(page: Page): Promise<number> {
  await openDemoSurvey(page);
  await page.getByRole("link", { name: "Respons bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Respons");
  await expectNoAxeViolations(page);
  const row = page.getByTestId("channels").getByRole("row", { name: /Ingevoerd door medewerkers/ });
  if ((await row.count()) === 0) return 0;
  return Number((await row.getByRole("cell").nth(2).textContent())?.replace(/\D/g, ""));
}

test("staff print a paper questionnaire, enter a returned form by keyboard, and it counts as entered by staff", async ({
  page,
}) => {
  // The print run and the entry screen hold every question of the demo survey, and axe scans each.
  test.setTimeout(120_000);
  await logInAs(page, "staff");
  const before = await staffCompleted(page);

  // Print: two copies in large type.
  await openDemoSurvey(page);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Papieren vragenlijst afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Papieren vragenlijst");
  await expectNoAxeViolations(page);
  await page.getByLabel("Aantal exemplaren").fill("2");
  await page.getByLabel("Grote letters").check();
  await page.getByRole("button", { name: "Codes maken en afdrukvoorbeeld tonen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "exemplaren" })).toContainText(
    "2 exemplaren staan klaar",
  );
  const copies = page.locator("article.paper-copy");
  await expect(copies).toHaveCount(2);
  await expect(copies.first()).toHaveClass(/paper-copy--large/);
  const codes = await page.locator(".paper-code__value").allTextContents();
  expect(codes).toHaveLength(2);
  for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  expect(new Set(codes).size).toBe(2);
  await expect(copies.first()).toContainText("Vraag 1");
  await expectNoAxeViolations(page);

  // The print view: the questionnaire with its code, without the staff navigation or the controls, on A4.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".staff-nav")).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(copies.first().locator(".paper-code__value")).toBeVisible();
  await expect(copies.first().locator(".paper-code__value")).toHaveText(codes[0]);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  for (const [, width, height] of boxes) {
    // A4 is 210 × 297 mm: 595 × 842 points.
    expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2);
    expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2);
  }
  await page.emulateMedia({ media: "screen" });

  // Entry, keyboard only: the code, then the answers as numbers in the order of the paper.
  await openDemoSurvey(page);
  await page.getByRole("link", { name: "Papieren of telefonische antwoorden invoeren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Antwoorden invoeren");
  await expectNoAxeViolations(page);
  const codeField = page.getByLabel("Antwoordcode");
  await tabTo(page, codeField);
  await page.keyboard.type(codes[0].toLowerCase());
  await page.keyboard.press("Tab");
  await page.keyboard.type("2"); // Vraag 1, wijk: 2 Zuiderhout
  await page.keyboard.press("Tab");
  await page.keyboard.type("67"); // Vraag 2, leeftijd
  await page.keyboard.press("Tab");
  await page.keyboard.type("1"); // Vraag 3, hoe woont u: 1 Alleen
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "telt mee" })).toContainText(
    `Formulier ${codes[0]} is opgeslagen`,
  );
  await expect(codeField).toBeFocused();
  await expect(codeField).toHaveValue("");
  await expectNoAxeViolations(page);

  // The same paper a second time is refused: every form counts once.
  await page.keyboard.type(codes[0]);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "al ingevoerd" })).toBeVisible();
  await expectNoAxeViolations(page);

  expect(await staffCompleted(page)).toBe(before + 1);

  // The call script: a code drawn for the call, and on to the entry screen with it.
  await openDemoSurvey(page);
  await page.getByRole("link", { name: "Belscript voor telefonische enquêtes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Belscript");
  await expect(page.getByText("Lees voor:").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /Gesprek beginnen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Antwoorden invoeren");
  await expect(page.getByLabel("Antwoordcode")).toHaveValue(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
});
