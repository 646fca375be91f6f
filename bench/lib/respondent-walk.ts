// A resident without JavaScript taking the survey: the start form, then every page until the
// thank-you page, through the same HTTP requests a browser makes (server actions posted as
// multipart forms, 303 redirects followed with GET).

import { formWithField, hiddenValue } from "./html-form";
import { type Browser, HttpError, type HttpResponse, redirectPath } from "./http-client";
import { fillForm, type PageChoices, type Random } from "./survey-answers";

export type Timing = { kind: "start_view" | "start_submit" | "page_view" | "page_submit"; ms: number };

export type WalkEvents = {
  timing(t: Timing): void;
  /** A page came back with follow-up questions that only appear after a submit without JavaScript. */
  revealed(): void;
  /** True when the run is over: the walk is abandoned before its next request. */
  stopped(): boolean;
};

export class WalkError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_POSTS_PER_PAGE = 4;

/** GETs the start page, posts its form and returns the first question page's path (cookie set). */
export async function startResponse(browser: Browser, slug: string, events?: WalkEvents): Promise<string> {
  const startPath = `/s/${slug}`;
  const view = await browser.get(startPath);
  events?.timing({ kind: "start_view", ms: view.ms });
  const page = await expectStatus(view, 200, "start_view");
  const form = formWithField(page.body.toString("utf8"), "_token");
  if (!form) throw new WalkError("no_start_form", "the start page has no form with _token");
  const fields = fillForm(form, Math.random, new Map());
  checkStopped(events);
  const posted = await browser.postForm(startPath, fields);
  events?.timing({ kind: "start_submit", ms: posted.ms });
  await expectStatus(posted, 303, "start_submit");
  const next = redirectPath(posted, browser.origin);
  if (!next?.startsWith(`${startPath}/vraag/`))
    throw new WalkError("start_redirect", `start went to ${next}`);
  if (!browser.jar.names().some((n) => n.startsWith("peiling_r"))) {
    throw new WalkError("no_cookie", "the start did not set the respondent cookie");
  }
  return next;
}

/** Completes one response; resolves when the thank-you page has loaded. */
export async function completeResponse(
  browser: Browser,
  slug: string,
  random: Random,
  events: WalkEvents,
): Promise<void> {
  let path = await startResponse(browser, slug, events);
  const done = `/s/${slug}/klaar`;
  for (let pages = 0; pages < 50; pages++) {
    // The last post stored the completed response; loading the thank-you page is only its echo,
    // so a walk that got this far counts as completed even when the time is up.
    if (path !== done) checkStopped(events);
    const view = await expectStatus(await browser.get(path), 200, "page_view");
    events.timing({ kind: "page_view", ms: view.ms });
    if (path === done) return;
    path = await submitPage(browser, path, view, random, events);
  }
  throw new WalkError("too_many_pages", "no thank-you page after 50 pages");
}

/** Posts one page (again, when follow-up questions appeared) and returns where the redirect goes. */
async function submitPage(
  browser: Browser,
  path: string,
  view: HttpResponse,
  random: Random,
  events: WalkEvents,
): Promise<string> {
  const choices: PageChoices = new Map();
  let html = view.body.toString("utf8");
  for (let post = 0; post < MAX_POSTS_PER_PAGE; post++) {
    const form = formWithField(html, "_page");
    if (!form) throw new WalkError("no_page_form", `no survey form on ${path}`);
    const shownBefore = hiddenValue(form, "_shown") ?? "";
    checkStopped(events);
    const posted = await browser.postForm(path, fillForm(form, random, choices));
    events.timing({ kind: "page_submit", ms: posted.ms });
    if (posted.status === 303) {
      const next = redirectPath(posted, browser.origin);
      if (!next) throw new WalkError("redirect_without_location", `303 without Location on ${path}`);
      if (next.includes("controleer=1")) throw new WalkError("final_check_failed", `sent back to ${next}`);
      return next;
    }
    await expectStatus(posted, 200, "page_submit");
    html = posted.body.toString("utf8");
    const again = formWithField(html, "_page");
    const shownAfter = again ? (hiddenValue(again, "_shown") ?? "") : "";
    if (!again || shownAfter === shownBefore) {
      throw new WalkError("rerendered_with_errors", `${path}: ${alertText(html)}`);
    }
    events.revealed();
  }
  throw new WalkError("too_many_reposts", `${path} kept coming back`);
}

function checkStopped(events?: WalkEvents): void {
  if (events?.stopped()) throw new WalkError("stopped", "the run ended");
}

async function expectStatus(response: HttpResponse, status: number, step: string): Promise<HttpResponse> {
  if (response.status !== status) {
    throw new WalkError(
      `${step}_http_${response.status}`,
      `${step}: expected ${status}, got ${response.status}`,
    );
  }
  return response;
}

/** The text of the page's error alert, so a failed submit can be diagnosed from the bench output. */
function alertText(html: string): string {
  const match = html.match(/class="alert alert--error"[^>]*>([\s\S]*?)<\/(?:div|section)>/);
  return (match?.[1] ?? "no error alert")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}

/** A short name for what went wrong, for the error table. */
export function errorKind(error: unknown): string {
  if (error instanceof WalkError || error instanceof HttpError) return error.kind;
  return error instanceof Error ? error.name : "unknown";
}
