import { type Browser, expect, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolationsWithoutJs } from "./axe";

/*
 * Pages as the server renders them, read in a browser context without JavaScript: there React
 * leaves a form's server action fields in place, so a spec can replay the form's POST directly,
 * as a tool or a browser without JavaScript would.
 */

/**
 * `path` as the server renders it for whoever is signed in on `page`, opened in a new browser
 * context without JavaScript and scanned with axe. The caller closes the copy's context.
 */
export async function openServerRendered(page: Page, browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const copy = await context.newPage();
  await copy.goto(path);
  await expectNoAxeViolationsWithoutJs(copy);
  return copy;
}

/** The hidden fields React renders into a form for its server action, by name; the action id is asserted. */
export async function hiddenActionFields(form: Locator): Promise<Record<string, string>> {
  const fields = await form
    .locator('input[type="hidden"]')
    .evaluateAll((inputs) =>
      inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const),
    );
  const result: Record<string, string> = Object.fromEntries(fields);
  expect(
    Object.keys(result).some((name) => name.startsWith("$ACTION_ID_") || name.startsWith("$ACTION_REF_")),
    `${form} carries its server action id`,
  ).toBe(true);
  return result;
}
