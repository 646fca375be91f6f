import { expect, type Page, type Response, test } from "@playwright/test";
import { demo, logInAs, submitLogin } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { DEMO_SLUG, DEMO_URL } from "./support/survey";

/*
 * Issue 10, finding 5: a Content-Security-Policy with a fresh nonce on every page, so a script that
 * gets into the HTML some other way (a missed escape, a compromised template) does not run; and the
 * other security headers on every response. The page's own scripts must keep working, and no page
 * may report a violation of its own.
 */

const surveyId = (slug: string) =>
  queryE2eDb<{ id: number }>("select id from surveys where slug = ?", slug)[0]?.id;
/** Last year's edition: the seed gives it enough answers for the results to show charts. */
const LAST_YEAR = "sociaal-domein-2025";

const RESIDENT_PAGES = [
  "/",
  DEMO_URL,
  "/resultaten",
  `/resultaten/${LAST_YEAR}`,
  "/privacy",
  "/toegankelijkheid",
  "/inloggen",
  "/panel/aanmelden",
  "/panel/inloggen",
];
const staffPages = () => [
  "/beheer",
  `/beheer/surveys/${surveyId(DEMO_SLUG)}`,
  // Charts (chart.js sizes its canvas with inline styles).
  `/beheer/surveys/${surveyId(LAST_YEAR)}/resultaten`,
  "/beheer/panels",
];

/**
 * Records the CSP violations the page reports, from before its first script runs, and the
 * browser's complaints about a header it cannot parse (a Permissions-Policy feature it does not know).
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const headerErrors: string[] = [];
  page.on("console", (message) => {
    // "… violates the following … directive" repeats a violation the page reports; the rest are header errors.
    const text = message.text();
    if (/Permissions-Policy|Content.Security.Policy/i.test(text) && !/violates the following/.test(text)) {
      headerErrors.push(text);
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return async () => [
    ...headerErrors,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

function nonceOf(response: Response): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in the policy of ${response.url()}`).toBeTruthy();
  return nonce as string;
}

/** What every HTML page must carry (the static ones come from next.config.js, the CSP from proxy.ts). */
async function expectSecurityHeaders(response: Response): Promise<void> {
  const headers = response.headers();
  const where = `on ${response.url()}`;
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, where).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy, where).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy, where).toContain("object-src 'none'");
  expect(policy, where).toContain("frame-ancestors 'none'");
  expect(policy, where).toContain("form-action 'self'");
  expect(policy, where).toMatch(/base-uri '(none|self)'/);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  // The e2e server is plain http: HSTS there would be ignored at best (lib/http/transport-security.ts).
  expect(headers["strict-transport-security"], where).toBeUndefined();
  // Every script tag Next wrote carries this response's nonce, so the page's own scripts may run.
  const html = await response.text();
  const nonce = nonceOf(response);
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, where).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonce}"`);
}

test("an inline script injected into a page is blocked by the policy, while the page's own scripts run", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  // Stands in for an escape that failed: the server's real answer (its headers included) with an
  // inline script added that carries no nonce.
  await page.route("**/privacy", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "<body>",
      "<body><script>window.__injectedRan = true; document.title = 'gehackt';</script>",
    );
    expect(html).toContain("__injectedRan");
    await route.fulfill({ response, body: html });
  });
  const response = await page.goto("/privacy");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
  await expectNoAxeViolations(page);

  expect(await page.evaluate(() => (window as unknown as { __injectedRan?: boolean }).__injectedRan)).toBe(
    undefined,
  );
  await expect(page).not.toHaveTitle("gehackt");
  // Blocked by the policy, not merely escaped: the browser reports the inline script it refused.
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  // The page's own scripts ran: Next's nonced bootstrap and the chunks it loaded ('strict-dynamic').
  await expect
    .poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next))
    .toBe("object");
  // And React took over the page: a link now navigates without loading a new document.
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  await page.getByRole("link", { name: "Toegankelijkheid" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheid");
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
  await expectNoAxeViolations(page);
});

test("residents' pages carry the policy and the security headers, and report no violation of their own", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const nonces = new Set<string>();
  for (const path of RESIDENT_PAGES) {
    const response = await page.goto(path);
    if (!response) throw new Error(`no response for ${path}`);
    expect(response.status(), path).toBe(200);
    await expectSecurityHeaders(response);
    nonces.add(nonceOf(response));
    if (path.startsWith("/resultaten/")) await expect(page.locator("canvas").first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await violations(), path).toEqual([]);
  }
  // A fresh nonce for every response: one seen in a page is of no use for the next.
  expect(nonces.size).toBe(RESIDENT_PAGES.length);
  // Answering works under the policy with JavaScript: the start form and the first page.
  await page.goto(DEMO_URL);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("staff pages, the charts included, carry the policy and report no violation", async ({ page }) => {
  const violations = await recordViolations(page);
  await logInAs(page, "staff");
  expect(await violations()).toEqual([]);
  for (const path of staffPages()) {
    const response = await page.goto(path);
    if (!response) throw new Error(`no response for ${path}`);
    expect(response.status(), path).toBe(200);
    await expectSecurityHeaders(response);
    if (path.endsWith("/resultaten")) await expect(page.locator("canvas").first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await violations(), path).toEqual([]);
  }
});

test("downloads and redirects carry the headers that apply to them", async ({ request }) => {
  const redirect = await request.get("/beheer", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["x-content-type-options"]).toBe("nosniff");
  expect(redirect.headers()["x-frame-options"]).toBe("DENY");
  const health = await request.get("/api/health");
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["referrer-policy"]).toBe("same-origin");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form still posts and signs in under form-action 'self'", async ({ page }) => {
    const response = await page.goto("/beheer");
    expect(response?.headers()["content-security-policy"]).toContain("form-action 'self'");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer$/);
    await expectNoAxeViolationsWithoutJs(page);
    await submitLogin(page, demo("staff").email, demo("staff").password);
    await expect(page).toHaveURL(/\/beheer$/);
    await expectNoAxeViolationsWithoutJs(page);
  });
});
