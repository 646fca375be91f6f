import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/demo/demo-accounts";
import { expectNoAxeViolations } from "./axe";

export type DemoRole = "admin" | "staff" | "adviesraad" | "panel";

export function demo(role: DemoRole) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account with role ${role}`);
  return account;
}

/** Fills in and sends the sign-in form, and waits for the server's answer (not an earlier one). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes("/inloggen"),
  );
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await answered;
}

/** Opens the sign-in page, checks it, signs in and waits until the page has moved on. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/inloggen");
  await expectNoAxeViolations(page);
  await submitLogin(page, email, password);
  await expect(page).not.toHaveURL(/\/inloggen/);
}

/** Signs in as the demo account of a role. */
export async function logInAs(page: Page, role: DemoRole): Promise<void> {
  const account = demo(role);
  await logIn(page, account.email, account.password);
}
