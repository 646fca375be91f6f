import http from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { demo, submitLogin } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { DEMO_URL } from "./support/survey";

/*
 * Issue 10, finding 4: requests a browser would never send wrongly, or a person sends by accident
 * (a pasted text of megabytes, a file that is too large), got HTTP 500 "Internal Server Error".
 * Each now gets the status that says what was wrong, with a Dutch message (English beside it).
 */

const MB = 1024 * 1024;

/** The id of the server action behind the start form of the demo survey, as the page declares it. */
async function startActionId(page: Page): Promise<string> {
  const response = await page.request.get(DEMO_URL);
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(await response.text())?.[1];
  if (!id) throw new Error("no server action on the start page");
  return id;
}

test.describe("a malformed percent-encoding in the address", () => {
  for (const path of [
    "/s/%ff",
    "/s/x/vraag/%ff",
    "/resultaten/%ff",
    "/panel/afmelden/%ff",
    "/beheer/%e0%a4",
  ]) {
    test(`${path} gives 400 with a Dutch page, not 500`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(400);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dit adres klopt niet");
      await expect(page.getByText("Bad request: this address is not valid")).toBeVisible();
      await expect(page.getByRole("link", { name: "Naar de startpagina" })).toHaveAttribute("href", "/");
      // The error page is under the same policy as every other page.
      expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      await expectNoAxeViolationsWithoutJs(page);
    });
  }
});

test.describe("server-action bodies", () => {
  test("a body over the 2 MB limit from a script gets 413 and a Dutch message", async ({ page }) => {
    const id = await startActionId(page);
    const response = await page.request.post(DEMO_URL, {
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(["x".repeat(2.5 * MB)]),
    });
    expect(response.status()).toBe(413);
    // Next's client shows a text/plain answer of an action as the error's message.
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await response.text()).toContain("Wat u verstuurde is te groot");
  });

  test("a body that is not JSON gets 400", async ({ page }) => {
    const id = await startActionId(page);
    const response = await page.request.post(DEMO_URL, {
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
      data: "{{{ geen json",
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("Dit verzoek klopt niet");
  });

  test("a deeply nested body gets 400 instead of exhausting the server's stack", async ({ page }) => {
    const id = await startActionId(page);
    const depth = 100_000;
    for (const body of [
      { contentType: "text/plain;charset=UTF-8", data: "[".repeat(depth) + "]".repeat(depth) },
      { contentType: undefined, multipart: { "0": "[".repeat(depth) + "]".repeat(depth) } },
    ]) {
      const response = await page.request.post(DEMO_URL, {
        headers: { "Next-Action": id, ...(body.contentType ? { "Content-Type": body.contentType } : {}) },
        ...(body.multipart ? { multipart: body.multipart } : { data: body.data }),
      });
      expect(response.status()).toBe(400);
    }
  });

  test("a resident whose form is over the limit is told so in Dutch, not that the site failed", async ({
    page,
  }) => {
    await page.goto(DEMO_URL);
    await page.getByRole("button", { name: "Start de vragenlijst" }).click();
    await expect(page).toHaveURL(/\/vraag\/over-u$/);
    // A pasted text of 2.5 MB; "Opslaan en later verder" sends the page without checking it first.
    await page.getByLabel("Hoe oud bent u?").evaluate(
      (input: HTMLInputElement, text) => {
        input.value = text;
      },
      "7".repeat(2.5 * MB),
    );
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Opslaan en later verder" }).click();
    expect((await answered).status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat u verstuurde is te groot");
    await expect(page.getByText("Maak een lange tekst korter")).toBeVisible();
    // The error page cannot know the page's language: English follows the Dutch, marked as English.
    await expect(page.locator('section[lang="en"] h2')).toHaveText("Too large: what you sent is over 2 MB");
    await expectNoAxeViolations(page);
    // Back to the form, which works again.
    await page.getByRole("button", { name: "Terug naar het formulier" }).click();
    await expect(page.getByLabel("Hoe oud bent u?")).toBeVisible();
  });

  test("a body streamed without a length gets 411 at once, instead of a stalled request", async ({
    baseURL,
  }) => {
    // Browsers always state the length; only a hand-made request streams a body without one.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(new URL(DEMO_URL, baseURL), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
        timeout: 10_000,
      });
      request.on("response", (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("timeout", () => request.destroy(new Error("no answer within 10 s")));
      request.on("error", reject);
      for (let i = 0; i < 30; i++) request.write(`x${i}=${"y".repeat(100_000)}&`);
      request.end();
    });
    expect(status).toBe(411);
  });

  test("an ordinary action still works after these checks", async ({ page }) => {
    await page.goto(DEMO_URL);
    await page.getByRole("button", { name: "Start de vragenlijst" }).click();
    await expect(page).toHaveURL(/\/vraag\/over-u$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 2.5 MB answer gets 413 with a Dutch page, and going back keeps what was entered", async ({
    page,
  }) => {
    await page.goto(DEMO_URL);
    await page.getByRole("button", { name: "Start de vragenlijst" }).click();
    await expect(page).toHaveURL(/\/vraag\/over-u$/);
    await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("dommelbergen");
    await page.getByLabel("Hoe oud bent u?").fill("71");
    await page.getByLabel("Alleen", { exact: true }).check();
    // A pasted text of 2.5 MB: the form has no length limit in the browser on purpose (a browser
    // would silently cut off pasted text), so the server is the first to see the size.
    await page.route("**/vraag/over-u", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      const body = request.postDataBuffer() ?? Buffer.alloc(0);
      const boundary = /boundary=(.+)$/.exec(request.headers()["content-type"] ?? "")?.[1];
      if (!boundary) return route.continue();
      const extra = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="plakte-tekst"\r\n\r\n${"x".repeat(2.5 * MB)}\r\n`,
      );
      return route.continue({ postData: Buffer.concat([extra, body]) });
    });
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Volgende" }).click();
    expect((await answered).status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat u verstuurde is te groot");
    await expect(page.getByText("Too large")).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);
    await page.unrouteAll();
    await page.goBack();
    await expect(page).toHaveURL(/\/vraag\/over-u$/);
    // The browser restores the choices made on the page. (Not the text fields: they have
    // autocomplete="off", and Chrome does not restore those; the page says "meestal".)
    await expect(page.getByLabel("In welke wijk of in welk dorp woont u?")).toHaveValue("dommelbergen");
    await expect(page.getByLabel("Alleen", { exact: true })).toBeChecked();
  });

  test("a 3 MB CSV import gets 413 with a Dutch page, not 500", async ({ page }) => {
    const panelId = queryE2eDb<{ id: number }>("select id from panels where slug = 'digipanel'")[0]?.id;
    await page.goto(`/beheer/panels/${panelId}/importeren`);
    await submitLogin(page, demo("staff").email, demo("staff").password);
    await expect(page).toHaveURL(new RegExp(`/beheer/panels/${panelId}/importeren$`));
    const row = "e-mailadres,postcode,geboortejaar\n";
    await page.getByLabel(/CSV-bestand met leden/).setInputFiles({
      name: "leden.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(row.repeat(Math.ceil((3 * MB) / row.length))),
    });
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Bestand controleren en importeren" }).click();
    expect((await answered).status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat u verstuurde is te groot");
    await expectNoAxeViolationsWithoutJs(page);
  });
});
