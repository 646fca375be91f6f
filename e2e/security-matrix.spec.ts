import { type APIResponse, expect, test } from "@playwright/test";
import { ACTION_RULES, allows, ROUTE_RULES, type RouteRule } from "../lib/accounts/route-permissions";
import { expectNoAxeViolations } from "./support/axe";
import {
  allCallers,
  builtActions,
  type Caller,
  databaseFingerprint,
  demoPlaceholders,
  fill,
  writeE2eDb,
} from "./support/security-demo-data";

/*
 * The route × role × action matrix, generated from the route table (lib/accounts/route-permissions.ts)
 * and the permissions table behind it: every route requested, and every server action of the
 * build replayed, by every kind of caller. A route or action added to the table is covered here
 * without a test of its own (the table's unit test makes sure every route and action is listed).
 * Requests go through API contexts, not page loads, so the whole matrix takes seconds.
 */

const SIGNED_OUT = "U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog een keer.";
const FORBIDDEN = "U mag dit niet doen met uw account.";

/** The <h1> of an HTML answer, to tell a page's own content from the refusal page. */
function heading(body: string): string | null {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body);
  return match ? (match[1] as string).replace(/<[^>]+>/g, "").trim() : null;
}

/** A POST as the app's own form sends it: same-origin, so an Origin check lets it through. */
async function request(caller: Caller, path: string, rule: RouteRule, origin: string): Promise<APIResponse> {
  if (rule.method === "POST") {
    return caller.request.post(path, {
      multipart: rule.form ?? {},
      headers: { Origin: origin },
      maxRedirects: 0,
    });
  }
  return caller.request.get(path, { maxRedirects: 0 });
}

/**
 * What every answer must carry, whoever asks and whatever the status (pages, downloads, refusals
 * and redirects alike): the nonce-based policy of proxy.ts and the headers of next.config.js.
 */
function missingSecurityHeaders(headers: Record<string, string>): string[] {
  const missing: string[] = [];
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  if (!/'nonce-[A-Za-z0-9+/=_-]{16,}'/.test(scriptSrc) || scriptSrc.includes("'unsafe-inline'"))
    missing.push(`script-src without a nonce or with 'unsafe-inline': "${scriptSrc}"`);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"])
    if (!policy.includes(directive)) missing.push(`no ${directive} in the policy`);
  if (headers["x-content-type-options"] !== "nosniff") missing.push("no X-Content-Type-Options: nosniff");
  if (headers["x-frame-options"] !== "DENY") missing.push("no X-Frame-Options: DENY");
  if (!headers["referrer-policy"]) missing.push("no Referrer-Policy");
  return missing;
}

function isSignInRedirect(status: number, location: string | undefined): boolean {
  return [302, 303, 307, 308].includes(status) && /\/(panel\/)?inloggen/.test(location ?? "");
}

test.afterAll(() => {
  // The made-up tokens above count as wrong guesses per client (lib/panels/data/token-guard.ts); start
  // the journeys after this one with a clean slate, as they expect.
  writeE2eDb((db) => db.prepare("delete from rate_limit_events").run());
});

test("every route answers each role as the route table says", async ({
  browser,
  playwright,
  baseURL,
  page,
}) => {
  test.setTimeout(180_000);
  const values = demoPlaceholders();
  const callers = await allCallers(browser, playwright, baseURL as string, Number(values.member));
  // One page of the matrix in the browser, so the refusal a person sees is checked too.
  await page.goto(fill(ROUTE_RULES["/beheer/gebruikers"]?.sample as string, values));
  await expectNoAxeViolations(page);

  const failures: string[] = [];
  for (const [pattern, rule] of Object.entries(ROUTE_RULES)) {
    const path = fill(rule.sample, values);
    const method = rule.method ?? "GET";
    const answers = await Promise.all(
      callers.map(async (caller) => ({
        caller,
        response: await request(caller, path, rule, new URL(baseURL as string).origin),
      })),
    );
    for (const { caller, response } of answers) {
      const missing = missingSecurityHeaders(response.headers());
      if (missing.length) failures.push(`${pattern} as ${caller.name}: ${missing.join("; ")}`);
    }
    // The page's own heading, from a caller who may see it, must not appear in a refusal.
    let ownHeading: string | null = null;
    for (const { caller, response } of answers) {
      if (!allows(rule.access, caller)) continue;
      const expected = rule.okStatus ?? 200;
      if (rule.access === "token") {
        // A made-up token: whoever asks gets the same kind of answer (never a server error).
        if (response.status() >= 500) failures.push(`${pattern} as ${caller.name}: ${response.status()}`);
        continue;
      }
      if (response.status() !== expected) {
        failures.push(`${pattern} as ${caller.name}: expected ${expected}, got ${response.status()}`);
      }
      const type = response.headers()["content-type"] ?? "";
      if (ownHeading === null && type.includes("text/html") && response.status() === 200) {
        ownHeading = heading(await response.text());
      }
    }
    for (const { caller, response } of answers) {
      if (allows(rule.access, caller)) continue;
      const status = response.status();
      const refused =
        isSignInRedirect(status, response.headers().location) || [401, 403, 404].includes(status);
      if (!refused) {
        failures.push(
          `${pattern} as ${caller.name}: not refused (${status} ${response.headers().location ?? ""})`,
        );
        continue;
      }
      const body = await response.text();
      if (ownHeading && heading(body) === ownHeading) {
        failures.push(
          `${pattern} as ${caller.name}: the refusal shows the page's own heading "${ownHeading}"`,
        );
      }
      // A signed-in account without the permission gets "Geen toegang" (403) for a page, not a
      // sign-in redirect that would suggest signing in again helps.
      if (caller.role && typeof rule.access === "object" && method === "GET" && status !== 403) {
        failures.push(`${pattern} as ${caller.name}: expected 403, got ${status}`);
      }
    }
  }
  expect(failures, "routes that do not answer as the table says").toEqual([]);
  for (const caller of callers) await caller.request.dispose();
});

test("every server action of the build refuses each caller without its permission, and changes nothing", async ({
  browser,
  playwright,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL as string).origin;
  const values = demoPlaceholders();
  const callers = await allCallers(browser, playwright, baseURL as string, Number(values.member));
  await page.goto("/panel/inloggen");
  await expectNoAxeViolations(page);

  const actions = builtActions();
  // Every action in the table is in the build, and the build has no action the table lacks.
  expect(actions.map((a) => `${a.file}#${a.exportName}`).sort()).toEqual(Object.keys(ACTION_RULES).sort());

  /** Calls an action as React does: POST to a page that includes it, its id in `Next-Action`. */
  const replay = async (caller: Caller, action: (typeof actions)[number], input: Record<string, string>) => {
    const pattern = action.pages.find((p) => ROUTE_RULES[p]);
    if (!pattern) throw new Error(`no page in the route table includes ${action.file}#${action.exportName}`);
    const response = await caller.request.post(
      fill((ROUTE_RULES[pattern] as { sample: string }).sample, values),
      {
        headers: {
          "Next-Action": action.id,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: origin,
        },
        data: JSON.stringify([null, input]),
        maxRedirects: 0,
      },
    );
    return { status: response.status(), body: await response.text(), location: response.headers().location };
  };
  const byKey = (key: string) => actions.find((a) => `${a.file}#${a.exportName}` === key);

  // Positive control: the same replay by a caller who has the permission reaches the action and
  // runs it, so the refusals below are the server's decision, not a malformed request.
  const admin = callers.find((c) => c.role === "admin") as Caller;
  const control = await replay(
    admin,
    byKey("app/beheer/panels/wijken/actions.ts#rederiveDistrictsAction") as never,
    {},
  );
  expect(control.status).toBe(200);
  expect(control.body).toContain('"ok":true');

  const before = databaseFingerprint();
  const failures: string[] = [];
  let reasonsChecked = 0;
  for (const action of actions) {
    const key = `${action.file}#${action.exportName}`;
    const rule = ACTION_RULES[key];
    if (!rule || rule.access === "public" || rule.access === "token") continue;
    const input = Object.fromEntries(
      Object.entries(rule.validInput ?? {}).map(([name, value]) => [
        name,
        decodeURIComponent(fill(value, values)),
      ]),
    );
    for (const caller of callers) {
      if (allows(rule.access, caller)) continue;
      const answer = await replay(caller, action, input);
      const what = `${key} as ${caller.name}`;
      if (answer.status >= 500) failures.push(`${what}: ${answer.status}`);
      if (answer.body.includes('"ok":true')) failures.push(`${what}: the action ran`);
      // The proxy sends callers without any session cookie away from the staff area first.
      if (isSignInRedirect(answer.status, answer.location)) continue;
      // The wrapper checks the permission before the input (lib/accounts/data/action.ts), so every replay
      // that reaches an action is refused for that reason, whatever input it carries.
      if (typeof rule.access === "object" && answer.status === 200) {
        const reason = caller.role ? FORBIDDEN : SIGNED_OUT;
        reasonsChecked += 1;
        if (!answer.body.includes(reason))
          failures.push(`${what}: refused without "${reason}": ${answer.body.slice(0, 300)}`);
      }
    }
  }
  expect(failures, "actions that did not refuse").toEqual([]);
  // Most replays reach an action (the signed-in roles are not stopped by the proxy) and were
  // refused by its permission check, not by its input validation.
  expect(reasonsChecked).toBeGreaterThanOrEqual(Object.keys(ACTION_RULES).length);
  expect(databaseFingerprint(), "the refused replays changed nothing").toEqual(before);
  for (const caller of callers) await caller.request.dispose();
});

test("every server action answers arguments that are not a form with a refusal, not a server error", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL as string).origin;
  const values = demoPlaceholders();
  const callers = await allCallers(browser, playwright, baseURL as string, Number(values.member));
  const visitor = callers.find((c) => c.name === "anonymous") as Caller;
  const admin = callers.find((c) => c.role === "admin") as Caller;
  // Anyone can post these with a Next-Action header; the runtime passes them to the action as its
  // arguments. The admin gets only shapes no schema accepts (an empty object would pass an action
  // without input and run it).
  const shapes: { caller: Caller; bodies: string[] }[] = [
    { caller: visitor, bodies: ["[]", "[null]", '[null,"x"]', '[{"attempt":"x"},5]', '["x",{"_slug":1}]'] },
    { caller: admin, bodies: ['[null,"x"]', "[null,5]"] },
  ];
  const before = databaseFingerprint();
  const failures: string[] = [];
  for (const action of builtActions()) {
    const pattern = action.pages.find((p) => ROUTE_RULES[p]);
    if (!pattern) continue;
    const path = fill((ROUTE_RULES[pattern] as { sample: string }).sample, values);
    for (const { caller, bodies } of shapes) {
      for (const body of bodies) {
        const response = await caller.request.post(path, {
          headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
          data: body,
          maxRedirects: 0,
        });
        if (response.status() >= 500)
          failures.push(
            `${action.file}#${action.exportName} as ${caller.name} with ${body}: ${response.status()}`,
          );
        if ((await response.text()).includes('"ok":true'))
          failures.push(`${action.file}#${action.exportName} as ${caller.name} with ${body}: the action ran`);
      }
    }
  }
  expect(failures, "actions that failed on arguments that are not a form").toEqual([]);
  expect(databaseFingerprint(), "the refused calls changed nothing").toEqual(before);
  for (const caller of callers) await caller.request.dispose();
});
