import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
}

/**
 * What axe's verdict depends on: the page's markup (scripts, nonces and hidden field values aside,
 * which change per request and are never rendered), at the path and window size it is shown in. The
 * stylesheets are the same build for the whole run.
 */
async function renderedState(page: Page): Promise<string> {
  const state = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll("script")) script.remove();
    for (const element of copy.querySelectorAll("[nonce]")) element.removeAttribute("nonce");
    for (const hidden of copy.querySelectorAll('input[type="hidden"]')) hidden.removeAttribute("value");
    return `${window.innerWidth}x${window.innerHeight} ${location.pathname}\n${copy.outerHTML}`;
  });
  return createHash("sha256").update(state).digest("hex");
}

/**
 * Rendered states that passed a scan in this worker. The same state scanned again gives the same
 * verdict (the sign-in page is visited by most journeys), so it is not analysed twice; a state
 * that differs in anything rendered (an error message, a changed list) is scanned afresh.
 */
const passedStates = new Set<string>();

/** Every page a journey visits is scanned: WCAG 2.1 A and AA, zero violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams the <title> of dynamic pages after the body starts, and after a client-side
  // navigation it replaces the head a moment later: scan the finished page.
  await page.waitForLoadState("load");
  await page.waitForFunction(() => (document.querySelector("title")?.textContent ?? "").trim().length > 0);
  let state = await renderedState(page);
  if (passedStates.has(state)) return;
  let summary = await violations(page);
  if (summary.length > 0 && summary.every((line) => line.startsWith("document-title"))) {
    // Caught between the old head and the new one: look again once the navigation has settled.
    await page.waitForTimeout(500);
    state = await renderedState(page);
    summary = await violations(page);
  }
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  passedStates.add(state);
}

/**
 * axe needs JavaScript in the page, so a page rendered for a browser without JavaScript is scanned
 * in a second browser context: the same server HTML (scripts removed) at the same URL, with the
 * site's real stylesheets, so contrast and structure are checked as a no-JavaScript user sees them.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page): Promise<void> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser for the scan context");
  // Playwright applies the test's `use` options to new contexts too: switch JavaScript back on here.
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const scan = await context.newPage();
    const url = page.url();
    await scan.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await scan.goto(url);
    await expectNoAxeViolations(scan);
  } finally {
    await context.close();
  }
}
