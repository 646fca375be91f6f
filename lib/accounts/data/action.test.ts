import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Replaced: the cookie layer (which session the request names) and the message catalogue.
const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));
vi.mock("next-intl/server", () => {
  const catalogue: Record<string, string> = {
    "test.nameRequired": "Vul een naam in.",
    "auth.errors.signedOut": "U bent niet (meer) ingelogd.",
    "auth.errors.forbidden": "U mag dit niet doen met uw account.",
    "auth.errors.unexpected": "Er ging iets mis aan onze kant.",
  };
  const t = Object.assign((key: string) => catalogue[key] ?? key, { has: (key: string) => key in catalogue });
  return { getTranslations: async () => t };
});

setUpTempDatabase("action");

import { createSession } from "@/lib/accounts/data/sessions";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
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
  cookie.current = { user: { sid: createSession(id).id, sub: String(id) } };
  return id;
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

beforeEach(() => {
  cookie.current = null;
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
