import { expect, type Locator, type Page } from "@playwright/test";

/*
 * Keyboard-only helpers: focus moves with Tab only, values change with Space, arrows and typing.
 * No clicks and no programmatic focus, so a journey built from these proves keyboard access.
 */

export async function tabTo(page: Page, target: Locator, maxTabs = 400): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

/** Radios: Tab into the group (lands on the first radio when none is checked), arrows to the target. */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  const first = page.locator(`input[type="radio"][name="${name}"]`).first();
  const target = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  await tabTo(page, first);
  if (await target.evaluate((el) => el === document.activeElement)) {
    await page.keyboard.press("Space");
  }
  for (let i = 0; i < 20 && !(await target.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
}

export async function toggleCheckbox(page: Page, name: string, value: string): Promise<void> {
  const box = page.locator(`input[type="checkbox"][name="${name}"][value="${value}"]`);
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** A closed select changes with the arrow keys in Chromium on Linux. */
export async function chooseInSelect(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  for (let i = 0; i < 40 && (await select.inputValue()) !== value; i++)
    await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}
