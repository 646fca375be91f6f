import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Replaced: the cookie layer (which staff session the request names, and the browser's other
// cookies: the panel member's session, a resident's response), the client address, and the
// message catalogue.
const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [
      ...(cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
      ...[...jar].map(([name, value]) => ({ name, value })),
    ],
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0) jar.delete(name);
      else jar.set(name, value);
    },
  }),
  headers: async () => new Headers({ "x-peiling-client-address": "192.0.2.10" }),
}));
vi.mock("next-intl/server", () => {
  const catalogue: Record<string, string> = {
    "test.nameRequired": "Vul een naam in.",
    "auth.errors.signedOut": "U bent niet (meer) ingelogd.",
    "auth.errors.forbidden": "U mag dit niet doen met uw account.",
    "auth.errors.unexpected": "Er ging iets mis aan onze kant.",
    "panel.mine.errors.signedOut": "Vraag een nieuwe inloglink aan.",
  };
  const t = Object.assign((key: string) => catalogue[key] ?? key, { has: (key: string) => key in catalogue });
  // The resident's loader reads the page's language (lib/surveys/data/public-surveys.ts): Dutch here.
  return { getTranslations: async () => t, getLocale: async () => "nl" };
});

setUpTempDatabase("action");

import { pauseFormAction, resumeFormAction } from "@/app/panel/mijn/actions";
import { resumeWithCodeAction, savePageAction, startSurveyAction } from "@/app/s/[slug]/actions";
import { getDb } from "@/db/client";
import {
  answers as answersTable,
  panelMembers,
  responses as responsesTable,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { createSession } from "@/lib/accounts/data/sessions";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { MemberSessionError, panelMember } from "@/lib/panels/data/member-session";
import { createMemberSession } from "@/lib/panels/data/member-sessions";
import { insertMember, insertPanel } from "@/lib/panels/data/panel-test-support";
import type { PageFormState } from "@/lib/responses/page-form-state";
import type { ResumeCodeState } from "@/lib/responses/resume-code-state";
import { generateResumeCode } from "@/lib/responses/resume-tokens";
import { type Refusal, refusedTo } from "../action-result";
import { InputError } from "../errors";
import { createAction } from "./action";

const schema = z.object({
  name: z.string().trim().min(1, "test.nameRequired"),
  age: z.coerce.number().int().min(18, "Minimaal 18."),
  tags: z.array(z.string()).default([]),
});

async function signInAs(role: Role) {
  const { id } = await createUserAccount({
    email: `${role}-${Math.random().toString(36).slice(2)}@example.nl`,
    name: role,
    role,
    password: "een-lang-wachtwoord",
  });
  cookie.current = { user: { sid: (await createSession(id)).id, sub: String(id) } };
  return id;
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

beforeEach(() => {
  cookie.current = null;
  jar.clear();
});

describe("createAction", () => {
  const work = vi.fn(async (input: z.output<typeof schema>, { user }: { user: { id: number } }) => ({
    ...input,
    by: user.id,
  }));
  const action = createAction({ schema, permission: "survey:edit" }, work);

  it("runs the work with the parsed input and the signed-in user", async () => {
    const userId = await signInAs("staff");
    const input = form([
      ["$ACTION_REF_1", ""],
      ["name", " Anna "],
      ["age", "40"],
      ["tags", "a"],
      ["tags", "b"],
    ]);
    expect(await action(null, input)).toEqual({
      ok: true,
      data: { name: "Anna", age: 40, tags: ["a", "b"], by: userId },
    });
  });

  it("returns every field's error, translated, and does not run the work", async () => {
    await signInAs("staff");
    work.mockClear();
    expect(await action(null, { name: "", age: "12" })).toEqual({
      ok: false,
      fieldErrors: { name: ["Vul een naam in."], age: ["Minimaal 18."] },
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("refuses a visitor without a session before looking at the input", async () => {
    work.mockClear();
    expect(await action(null, { name: "" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "U bent niet (meer) ingelogd.",
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission before looking at the input", async () => {
    await signInAs("panel");
    work.mockClear();
    expect(await action(null, { name: "Anna", age: "40" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "U mag dit niet doen met uw account.",
    });
    // Invalid input gets the same refusal, not field errors that describe what the action expects.
    expect(await action(null, { name: "", age: "12" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "U mag dit niet doen met uw account.",
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("accepts a call with the form data only (a form posted without JavaScript)", async () => {
    await signInAs("admin");
    const onlyForm = action as unknown as (input: FormData) => ReturnType<typeof action>;
    expect(
      await onlyForm(
        form([
          ["name", "Bo"],
          ["age", "18"],
        ]),
      ),
    ).toMatchObject({ ok: true, data: { name: "Bo" } });
  });

  it("turns an InputError into field and form errors", async () => {
    await signInAs("staff");
    const refusing = createAction({ schema, permission: "survey:edit" }, async () => {
      throw new InputError({ fieldErrors: { name: ["test.nameRequired"] }, formError: "Bestaat al." });
    });
    expect(await refusing(null, { name: "Anna", age: "40" })).toEqual({
      ok: false,
      fieldErrors: { name: ["Vul een naam in."] },
      formError: "Bestaat al.",
    });
  });

  it("hides an unexpected error behind a general message", async () => {
    await signInAs("staff");
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = createAction({ schema, permission: "survey:edit" }, async () => {
      throw new Error("SQLITE_BUSY: database is locked");
    });
    const result = await failing(null, { name: "Anna", age: "40" });
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "Er ging iets mis aan onze kant." });
    expect(JSON.stringify(result)).not.toContain("SQLITE");
    spy.mockRestore();
  });

  it("lets redirect() through", async () => {
    await signInAs("staff");
    const redirecting = createAction({ schema, permission: "survey:edit" }, async () => redirect("/beheer"));
    await expect(redirecting(null, { name: "Anna", age: "40" })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("createAction for public actions", () => {
  const action = createAction({ schema, permission: "public" }, async (input, { user }) => ({
    name: input.name,
    signedIn: user !== null,
  }));

  it("runs for a visitor without a session, with user null", async () => {
    expect(await action(null, { name: "Anna", age: "40" })).toEqual({
      ok: true,
      data: { name: "Anna", signedIn: false },
    });
  });

  it("still validates", async () => {
    expect(await action(null, { name: "", age: "40" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Vul een naam in."] },
    });
  });

  it("passes the user when someone is signed in", async () => {
    await signInAs("panel");
    expect(await action(null, { name: "Anna", age: "40" })).toMatchObject({
      ok: true,
      data: { signedIn: true },
    });
  });
});

/** Where a rejected action redirects to, from the error `redirect()` throws. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error("expected a redirect");
    },
    (caught: unknown) => caught,
  );
  const digest = String((error as { digest?: unknown }).digest ?? "");
  if (!digest.startsWith("NEXT_REDIRECT")) throw error;
  return digest.split(";")[2] as string;
}

async function signInMember(memberId: number) {
  jar.set("peiling_lid", (await createMemberSession(memberId)).secret);
}

const memberStatus = async (id: number) =>
  (await getDb().select({ status: panelMembers.status }).from(panelMembers).where(eq(panelMembers.id, id)))[0]
    ?.status;

describe("createAction for panel members (audience: panelMember)", () => {
  const work = vi.fn(
    async (input: z.output<typeof schema>, { member }: { member: { memberId: number } }) => ({
      name: input.name,
      memberId: member.memberId,
    }),
  );
  const action = createAction({ schema, audience: panelMember }, work);

  it("runs the work with the parsed input and the signed-in member", async () => {
    const memberId = await insertMember(await insertPanel("wrapper-run"));
    await signInMember(memberId);
    expect(
      await action(
        null,
        form([
          ["name", " Anna "],
          ["age", "40"],
        ]),
      ),
    ).toEqual({
      ok: true,
      data: { name: "Anna", memberId },
    });
  });

  it("refuses without the member session, with the member's message, before looking at the input", async () => {
    work.mockClear();
    const signedOut = { ok: false, fieldErrors: {}, formError: "Vraag een nieuwe inloglink aan." };
    expect(await action(null, { name: "", age: "12" })).toEqual(signedOut);
    // A made-up cookie, and a staff account, are no member session either.
    jar.set("peiling_lid", "verzonnen-geheim-van-de-juiste-lengte-aaaaaaaaaaaa");
    expect(await action(null, { name: "Anna", age: "40" })).toEqual(signedOut);
    jar.clear();
    await signInAs("admin");
    expect(await action(null, { name: "Anna", age: "40" })).toEqual(signedOut);
    expect(work).not.toHaveBeenCalled();
  });

  it("validates after the session: a member gets every field's error", async () => {
    await signInMember(await insertMember(await insertPanel("wrapper-validate")));
    expect(await action(null, { name: "", age: "12" })).toEqual({
      ok: false,
      fieldErrors: { name: ["Vul een naam in."], age: ["Minimaal 18."] },
    });
  });

  it("refuses as signed out when a data function finds the session gone", async () => {
    await signInMember(await insertMember(await insertPanel("wrapper-gone")));
    const ending = createAction({ schema, audience: panelMember }, async () => {
      throw new MemberSessionError();
    });
    expect(await ending(null, { name: "Anna", age: "40" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Vraag een nieuwe inloglink aan.",
    });
  });

  it("pauses and resumes through the plain forms, and sends a caller without the session to sign in", async () => {
    const memberId = await insertMember(await insertPanel("wrapper-pause"));
    expect(await redirectOf(pauseFormAction(form([])))).toBe("/panel/inloggen?verlopen=1");
    expect(await memberStatus(memberId)).toBe("active");

    await signInMember(memberId);
    expect(await redirectOf(pauseFormAction(form([["$ACTION_ID_abc", ""]])))).toBe(
      "/panel/mijn?gepauzeerd=1",
    );
    expect(await memberStatus(memberId)).toBe("paused");
    expect(await redirectOf(resumeFormAction(form([])))).toBe("/panel/mijn?hervat=1");
    expect(await memberStatus(memberId)).toBe("active");
  });
});

describe("createAction for forms with their own state or a redirect", () => {
  it("hands a refusal, untranslated, with the previous state, to the form's own answer", async () => {
    const seen: { refusal: Refusal; previous: unknown }[] = [];
    const action = createAction(
      {
        schema,
        permission: "public",
        refused: {
          state: (refusal, previous) => {
            seen.push({ refusal, previous });
            return { step: "refused" };
          },
        },
      },
      async (input, { form: posted, previous }) => ({
        step: `${input.name}:${posted.get("age")}:${previous}`,
      }),
    );
    expect(await action({ step: "before" }, form([["name", ""]]))).toEqual({ step: "refused" });
    expect(seen[0]).toMatchObject({
      refusal: { reason: "input", fieldErrors: { name: ["test.nameRequired"] } },
      previous: { step: "before" },
    });
    // A form action reads forms only: an object is an empty form, so it is refused too.
    expect(await action({ step: "before" }, { name: "Anna", age: "40" } as never)).toEqual({
      step: "refused",
    });
    expect(
      await action(
        "x" as never,
        form([
          ["name", "Anna"],
          ["age", "40"],
        ]),
      ),
    ).toEqual({ step: "Anna:40:x" });
  });

  it("redirects a refused form post, and throws a fault on when refusedTo is used", async () => {
    const failing = createAction(
      { schema, permission: "public", refused: { redirect: refusedTo("/terug") } },
      () => {
        throw new Error("SQLITE_BUSY: database is locked");
      },
    );
    expect(await redirectOf(failing(form([["name", ""]])))).toBe("/terug");
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(
      failing(
        form([
          ["name", "Anna"],
          ["age", "40"],
        ]),
      ),
    ).rejects.toThrow("SQLITE_BUSY");
    spy.mockRestore();
  });
});

describe("createAction for residents (app/s/[slug]/actions.ts)", () => {
  /** An open survey of two pages, the first with one required question. */
  async function openSurvey(slug: string): Promise<number> {
    const [{ id: surveyId }] = await getDb()
      .insert(surveys)
      .values({ slug, title: slug, status: "open" })
      .returning({ id: surveys.id });
    const definition = {
      pages: [
        { id: "p1", questions: [{ id: "q1", type: "short_text", text: "Wat vindt u?", required: true }] },
        { id: "p2", questions: [{ id: "q2", type: "short_text", text: "En verder?" }] },
      ],
    };
    const [{ id: versionId }] = await getDb()
      .insert(surveyVersions)
      .values({ surveyId, number: 1, definition, frozenAt: new Date() })
      .returning({ id: surveyVersions.id });
    await getDb().update(surveys).set({ currentVersionId: versionId }).where(eq(surveys.id, surveyId));
    return surveyId;
  }
  const TOKEN = "abcdefghijklmnopqrstuv";
  const responses = async (surveyId: number) =>
    await getDb()
      .select({ id: responsesTable.id, page: responsesTable.currentPageId })
      .from(responsesTable)
      .where(eq(responsesTable.surveyId, surveyId));
  const answers = async (surveyId: number) =>
    await getDb()
      .select({ question: answersTable.questionId, value: answersTable.value })
      .from(answersTable)
      .innerJoin(responsesTable, eq(responsesTable.id, answersTable.responseId))
      .where(eq(responsesTable.surveyId, surveyId));
  const page = (slug: string, pageId: string, extra: [string, string][] = []) =>
    form([["_slug", slug], ["_page", pageId], ...extra]);
  const before: PageFormState = { attempt: 2, errors: [] };

  it("starts a response with the respondent cookie and goes to the first page; a malformed start goes home", async () => {
    const surveyId = await openSurvey("bewoners-start");
    expect(
      await redirectOf(
        startSurveyAction(
          form([
            ["_slug", "bewoners-start"],
            ["_token", TOKEN],
          ]),
        ),
      ),
    ).toBe("/s/bewoners-start/vraag/p1");
    expect(await responses(surveyId)).toEqual([{ id: expect.any(Number), page: "p1" }]);
    expect(jar.get(`peiling_r${surveyId}`)).toMatch(new RegExp(`^${TOKEN}\\.`));

    jar.clear();
    expect(
      await redirectOf(
        startSurveyAction(
          form([
            ["_slug", "bewoners-start"],
            ["_token", "kort"],
          ]),
        ),
      ),
    ).toBe("/");
    expect(
      await redirectOf(
        startSurveyAction(
          form([
            ["_slug", "bestaat-niet"],
            ["_token", TOKEN],
          ]),
        ),
      ),
    ).toBe("/s/bestaat-niet");
    expect(await responses(surveyId)).toHaveLength(1);
  });

  it("saves a page: errors on the same page, then on to the next; a bad envelope or a missing response is refused", async () => {
    const surveyId = await openSurvey("bewoners-pagina");
    await redirectOf(
      startSurveyAction(
        form([
          ["_slug", "bewoners-pagina"],
          ["_token", TOKEN],
        ]),
      ),
    );

    const missing = await savePageAction(before, page("bewoners-pagina", "p1", [["q1", ""]]));
    expect(missing).toMatchObject({ attempt: 3, errors: [{ questionId: "q1" }] });
    expect(missing.problem).toBeUndefined();

    expect(await savePageAction(before, page("bewoners-pagina", "p1", [["_intent", "elders"]]))).toEqual({
      attempt: 3,
      errors: [],
      problem: "invalid_request",
    });
    // Arguments that are not a form (a hand-made call): refused, counting from the start.
    const handMade = savePageAction as unknown as (...args: unknown[]) => Promise<PageFormState>;
    expect(await handMade({ attempt: "x" }, 5)).toEqual({
      attempt: 1,
      errors: [],
      problem: "invalid_request",
    });
    expect(
      await handMade(null, { _slug: "bewoners-pagina", _page: "p1", _intent: "save", q1: "Via object" }),
    ).toEqual({ attempt: 1, errors: [], problem: "invalid_request" });
    expect(await answers(surveyId)).toEqual([]);

    expect(await redirectOf(savePageAction(before, page("bewoners-pagina", "p1", [["q1", "Prima"]])))).toBe(
      "/s/bewoners-pagina/vraag/p2",
    );
    expect(await answers(surveyId)).toEqual([{ question: "q1", value: "Prima" }]);
    expect((await responses(surveyId))[0]?.page).toBe("p2");

    jar.clear();
    expect(await savePageAction(before, page("bewoners-pagina", "p2"))).toEqual({
      attempt: 3,
      errors: [],
      problem: "no_response",
    });
    await getDb().update(surveys).set({ status: "closed" }).where(eq(surveys.id, surveyId));
    expect(await savePageAction(before, page("bewoners-pagina", "p2"))).toEqual({
      attempt: 3,
      errors: [],
      problem: "survey_closed",
    });
  });

  it("resumes with the code in another browser; a malformed or wrong code is refused with the form's message", async () => {
    const surveyId = await openSurvey("bewoners-hervat");
    await redirectOf(
      startSurveyAction(
        form([
          ["_slug", "bewoners-hervat"],
          ["_token", TOKEN],
        ]),
      ),
    );
    const code = (jar.get(`peiling_r${surveyId}`) as string).split(".")[1] as string;
    jar.clear();

    const previous: ResumeCodeState = { attempt: 4 };
    expect(
      await resumeWithCodeAction(
        previous,
        form([
          ["_slug", "bewoners-hervat"],
          ["code", "  "],
        ]),
      ),
    ).toEqual({
      attempt: 5,
      error: "format",
    });
    const handMade = resumeWithCodeAction as unknown as (...args: unknown[]) => Promise<ResumeCodeState>;
    expect(await handMade(null, { _slug: "bewoners-hervat", code })).toEqual({ attempt: 1, error: "format" });
    let wrong = generateResumeCode();
    while (wrong === code) wrong = generateResumeCode();
    expect(
      await resumeWithCodeAction(
        previous,
        form([
          ["_slug", "bewoners-hervat"],
          ["code", wrong],
        ]),
      ),
    ).toEqual({
      attempt: 5,
      code: wrong,
      error: "not_found",
    });
    expect(jar.size).toBe(0);

    expect(
      await redirectOf(
        resumeWithCodeAction(
          previous,
          form([
            ["_slug", "bewoners-hervat"],
            ["code", code],
          ]),
        ),
      ),
    ).toBe("/s/bewoners-hervat/vraag/p1");
    expect(jar.get(`peiling_r${surveyId}`)).toMatch(new RegExp(`^[A-Za-z0-9_-]{22}\\.${code}$`));
  });
});
