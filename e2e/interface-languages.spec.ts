import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { DEMO_URL } from "./support/survey";

// The header's language switch: plain links, so it works the same with and without JavaScript.
const languageSwitch = (page: Page) =>
  page.getByRole("navigation", {
    name: /^(Taal kiezen|Choose a language|اختيار اللغة|Dil seçin|Wybierz język)$/,
  });

async function expectLanguage(page: Page, lang: string, dir: "ltr" | "rtl" = "ltr") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor switches the interface to English and back to Dutch", async ({ page }) => {
    await page.goto("/privacy");
    await expectLanguage(page, "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
    // Off the resident's journey only Dutch and English are offered.
    await expect(languageSwitch(page).getByRole("link")).toHaveText(["Nederlands", "English"]);
    await expect(languageSwitch(page).getByRole("link", { name: "Nederlands" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expectNoAxeViolationsWithoutJs(page);

    await languageSwitch(page).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expectLanguage(page, "en");
    await expect(page).toHaveTitle(/^Privacy statement/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy statement");
    await expect(page.getByRole("heading", { name: "Who is responsible?" })).toBeVisible();
    await expect(languageSwitch(page).getByRole("link", { name: "English" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expectNoAxeViolationsWithoutJs(page);

    await page.goto("/toegankelijkheid");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility");
    await expectNoAxeViolationsWithoutJs(page);

    await languageSwitch(page).getByRole("link", { name: "Nederlands" }).click();
    await expect(page).toHaveURL(/\/toegankelijkheid$/);
    await expectLanguage(page, "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheid");
  });

  test("an Arabic reader gets the survey right to left; a page Arabic does not cover is Dutch", async ({
    page,
  }) => {
    await page.goto(DEMO_URL);
    await expect(languageSwitch(page).getByRole("link")).toHaveText([
      "Nederlands",
      "English",
      "العربية",
      "Türkçe",
      "Polski",
    ]);
    await languageSwitch(page).getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(new RegExp(`${DEMO_URL}$`));
    await expectLanguage(page, "ar", "rtl");
    await expectNoAxeViolationsWithoutJs(page);

    await page.goto("/privacy");
    await expectLanguage(page, "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
    await expect(languageSwitch(page).getByRole("link")).toHaveText(["Nederlands", "English"]);
  });
});

test("with JavaScript, the switch follows client-side navigation and each page carries its own lang", async ({
  page,
}) => {
  await page.goto(DEMO_URL);
  await expectLanguage(page, "nl");
  await languageSwitch(page).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_URL}$`));
  await expectLanguage(page, "en");
  await expectNoAxeViolations(page);

  await languageSwitch(page).getByRole("link", { name: "Polski" }).click();
  await expectLanguage(page, "pl");
  await expectNoAxeViolations(page);

  // A client-side step to a page Polish does not cover: the whole page turns Dutch, lang included.
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: /Privacy|prywatności/ })
    .click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expectLanguage(page, "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
  await expect(languageSwitch(page).getByRole("link")).toHaveText(["Nederlands", "English"]);
  // …and the switch sends people back to where they are now.
  await expect(languageSwitch(page).getByRole("link", { name: "English" })).toHaveAttribute(
    "href",
    "/taal/en?terug=%2Fprivacy",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectLanguage(page, "pl");

  await languageSwitch(page).getByRole("link", { name: "العربية" }).click();
  await expectLanguage(page, "ar", "rtl");
  await expectNoAxeViolations(page);
  await languageSwitch(page).getByRole("link", { name: "Nederlands" }).click();
  await expectLanguage(page, "nl");
});

test.describe("Accept-Language: pl", () => {
  test.use({ locale: "pl-PL" });

  test("proposes Polish on the home page and the survey's start page; the page stays Dutch until chosen", async ({
    page,
  }) => {
    for (const path of ["/", DEMO_URL]) {
      await page.goto(path);
      await expectLanguage(page, "nl");
      const proposal = page.locator(".language-proposal");
      await expect(proposal).toHaveAttribute("lang", "pl");
      await expect(proposal).toContainText("Ta strona jest dostępna także po polsku.");
      await expect(proposal.getByRole("link", { name: "Pokaż po polsku" })).toHaveAttribute(
        "href",
        `/taal/pl?terug=${encodeURIComponent(path)}`,
      );
      await expectNoAxeViolations(page);
    }
    await page.locator(".language-proposal").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${DEMO_URL}$`));
    await expectLanguage(page, "pl");
    // Chosen: no more proposals.
    await expect(page.locator(".language-proposal")).toHaveCount(0);
  });
});

test("the language switch refuses to send anyone to another site", async ({ request }) => {
  for (const terug of ["https://evil.example/", "//evil.example", "/\\evil.example"]) {
    const response = await request.get(`/taal/en?terug=${encodeURIComponent(terug)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/");
  }
});
