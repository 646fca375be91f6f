import { spawn } from "node:child_process";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which staff session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

const { file: DB_FILE } = setUpTempDatabase("panel-signup");

import { getDb } from "@/db/client";
import { letterCodes, mailOutbox, memberConsents, panelMembers, panels } from "@/db/schema";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import { InputError } from "@/lib/accounts/errors";
import { type SignupInput, signupSchema } from "@/lib/panels/signup-schema";
import { signInAsUser, signOut } from "@/lib/testing/signed-in";
import { createLetterCodeBatch, letterCodeBatchCsv } from "./letter-codes";
import { confirmSignup, SIGNUP_LIMITS, signUp } from "./panel-signup";
import { insertDistricts, insertMember, insertPanel } from "./panel-test-support";

const YEAR = new Date().getFullYear();

let seq = 0;
function person(panel: string, extra: Partial<SignupInput> = {}): SignupInput {
  seq += 1;
  return {
    panel,
    email: `inwoner${seq}@example.nl`,
    birthYear: 1980,
    sex: "vrouw",
    postcode: "4901 AB",
    consent: "ja",
    code: undefined,
    ...extra,
  };
}
/** Each test its own client address, so the per-client limits of one test do not touch another. */
const client = () => `192.0.2.${++seq % 250}`;

async function outboxTo(address: string) {
  return await getDb()
    .select({ template: mailOutbox.template, text: mailOutbox.textBody, unsub: mailOutbox.listUnsubscribe })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .orderBy(asc(mailOutbox.id));
}
async function memberBy(email: string) {
  // The row as the schema maps it (moments as Dates), the same on every engine.
  return (await getDb().select().from(panelMembers).where(eq(panelMembers.email, email)))[0];
}
function tokenIn(text: string, route: string): string {
  const match = new RegExp(`/panel/${route}/([A-Za-z0-9_-]{22})`).exec(text);
  if (!match) throw new Error(`no ${route} link in: ${text}`);
  return match[1] as string;
}
async function refusal(work: () => unknown): Promise<InputError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function signInStaff() {
  seq += 1;
  const { id } = await createUserAccount({
    email: `staff${seq}@example.nl`,
    name: "Medewerker",
    role: "staff",
    password: "een-lang-wachtwoord",
  });
  await signInAsUser(id);
}

async function codesFor(panelId: number, size: number): Promise<string[]> {
  await signInStaff();
  const batch = await createLetterCodeBatch({ panelId, size, note: "" });
  const csv = await letterCodeBatchCsv(panelId, batch?.batchId ?? 0);
  signOut();
  return (csv?.csv ?? "")
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(";")[0] as string);
}

beforeEach(() => {
  signOut();
});

describe("open sign-up with double opt-in", () => {
  it("stores a pending member with the consent's privacy version and mails a confirmation link", async () => {
    const panelId = await insertPanel("open-a");
    await getDb().update(panels).set({ privacyVersion: 3 }).where(eq(panels.id, panelId));
    await insertDistricts({ "4901": "Centrum" });
    const input = person("open-a", { email: "Anna@Example.nl".toLowerCase() });
    expect(await signUp(input, { client: client() })).toEqual({ panelName: "Panel open-a" });

    const member = await memberBy("anna@example.nl");
    expect(member).toMatchObject({
      status: "pending",
      joinedVia: "signup",
      district: "Centrum",
      postcode: "4901 AB",
    });
    const consents = await getDb()
      .select({ privacyVersion: memberConsents.privacyVersion })
      .from(memberConsents)
      .where(eq(memberConsents.memberId, member?.id ?? 0));
    expect(consents).toEqual([{ privacyVersion: 3 }]);
    const [mail] = await outboxTo("anna@example.nl");
    expect(mail?.template).toBe("panel_signup_confirm");
    expect(mail?.unsub).toMatch(/\/panel\/afmelden\/\d+\.[A-Za-z0-9_-]{22}$/);
  });

  it("activates the member by the mailed link, once", async () => {
    await insertPanel("open-b");
    const input = person("open-b");
    await signUp(input, { client: client() });
    const token = tokenIn((await outboxTo(input.email))[0]?.text ?? "", "bevestigen");

    expect(await confirmSignup(token)).toMatchObject({ panelName: "Panel open-b" });
    expect(await memberBy(input.email)).toMatchObject({ status: "active" });
    expect((await memberBy(input.email))?.confirmedAt).toEqual(expect.any(Date));
    expect((await outboxTo(input.email)).map((m) => m.template)).toEqual([
      "panel_signup_confirm",
      "panel_welcome",
    ]);
    expect(await confirmSignup(token)).toBeNull();
  });

  it("refuses an expired confirmation link and deletes sign-ups nobody confirmed", async () => {
    await insertPanel("open-c");
    const input = person("open-c");
    const weekAgo = Date.now() - 8 * 24 * 3600_000;
    await signUp(input, { client: client(), now: weekAgo });
    const token = tokenIn((await outboxTo(input.email))[0]?.text ?? "", "bevestigen");
    expect(await confirmSignup(token)).toBeNull();

    // The next sign-up of anyone cleans up.
    await signUp(person("open-c"), { client: client() });
    expect(await memberBy(input.email)).toBeUndefined();
  });

  it("checks the panel's minimum age from the birth year and stores nothing for someone too young", async () => {
    await insertPanel("age-18", { minAge: 18 });
    const young = person("age-18", { birthYear: YEAR - 17 });
    const error = await refusal(async () => await signUp(young, { client: client() }));
    expect(error.fieldErrors).toEqual({ birthYear: ["panels.validation.tooYoung"] });
    expect(await memberBy(young.email)).toBeUndefined();
    expect(await outboxTo(young.email)).toEqual([]);

    const oldEnough = person("age-18", { birthYear: YEAR - 18 });
    await signUp(oldEnough, { client: client() });
    expect(await memberBy(oldEnough.email)).toMatchObject({ status: "pending" });
  });

  it("reveals nothing when the address is already a member: same answer, and the member gets a mail", async () => {
    const panelId = await insertPanel("dup");
    const memberId = await insertMember(panelId, {
      email: "lid@example.nl",
      birthYear: 1970,
      postcode: "4902 CD",
    });
    const answer = await signUp(person("dup", { email: "lid@example.nl", birthYear: 1999 }), {
      client: client(),
    });
    const fresh = await signUp(person("dup"), { client: client() });
    expect(answer).toEqual(fresh);

    // Nothing changed on the membership; the member was told, once a day at most.
    expect(await memberBy("lid@example.nl")).toMatchObject({
      id: memberId,
      status: "active",
      birthYear: 1970,
    });
    await signUp(person("dup", { email: "lid@example.nl" }), { client: client() });
    const mails = await outboxTo("lid@example.nl");
    expect(mails.map((m) => m.template)).toEqual(["panel_already_member"]);
    expect(mails[0]?.text).toContain("Iemand heeft geprobeerd zich aan te melden");
    expect(mails[0]?.unsub).toContain(`/panel/afmelden/${memberId}.`);
  });

  it("sends a new link to a sign-up that is still unconfirmed, with the latest details", async () => {
    await insertPanel("again");
    const first = person("again", { postcode: "4901 AB" });
    await signUp(first, { client: client() });
    await signUp({ ...first, postcode: "4902 CD" }, { client: client() });
    expect(await memberBy(first.email)).toMatchObject({ status: "pending", postcode: "4902 CD" });
    expect((await outboxTo(first.email)).map((m) => m.template)).toEqual([
      "panel_signup_confirm",
      "panel_signup_confirm",
    ]);
  });

  it("limits sign-ups per client", async () => {
    await insertPanel("flood");
    const from = "198.51.100.7";
    for (let i = 0; i < SIGNUP_LIMITS.perClient.max; i++) await signUp(person("flood"), { client: from });
    const error = await refusal(async () => await signUp(person("flood"), { client: from }));
    expect(error.formError).toBe("panel.signup.errors.tooMany");
  });
});

describe("joining with a letter code", () => {
  it("joins with the code as typed from paper, then refuses the code a second time", async () => {
    const panelId = await insertPanel("brief");
    const [code] = await codesFor(panelId, 3);
    // As typed from the letter: lower case, spaces instead of dashes; the form's schema reads it.
    const typed = (code as string).toLowerCase().replace(/-/g, " ");
    const first = signupSchema.parse({ ...person("brief"), code: typed });
    expect(first.code).toBe(code);
    await signUp(first, { client: client() });
    expect(await memberBy(first.email)).toMatchObject({ status: "pending", joinedVia: "letter_code" });
    expect((await outboxTo(first.email)).map((m) => m.template)).toEqual(["panel_signup_confirm"]);

    const second = await refusal(
      async () => await signUp(person("brief", { code: code }), { client: client() }),
    );
    expect(second.fieldErrors).toEqual({ code: ["panel.signup.errors.codeUsed"] });
  });

  it("refuses unknown codes and codes of another panel, and limits guessing per client", async () => {
    const panelId = await insertPanel("brief-b");
    await insertPanel("brief-c");
    const [code] = await codesFor(panelId, 1);
    const other = await refusal(async () => await signUp(person("brief-c", { code }), { client: client() }));
    expect(other.fieldErrors).toEqual({ code: ["panel.signup.errors.codeUnknown"] });

    const guesser = "203.0.113.9";
    for (let i = 0; i < SIGNUP_LIMITS.codeFailuresPerClient.max; i++) {
      const e = await refusal(
        async () => await signUp(person("brief-b", { code: "AAAA-BBBB-CCCC" }), { client: guesser }),
      );
      expect(e.fieldErrors.code).toEqual(["panel.signup.errors.codeUnknown"]);
    }
    // Now even the right code is refused for this client until the window passes.
    const limited = await refusal(async () => await signUp(person("brief-b", { code }), { client: guesser }));
    expect(limited.fieldErrors.code).toEqual(["panel.signup.errors.codeTooMany"]);
  });

  it("marks the code used even when the address is already a member (the page looks the same)", async () => {
    const panelId = await insertPanel("brief-d");
    await insertMember(panelId, { email: "al-lid@example.nl" });
    const [code] = await codesFor(panelId, 1);
    await signUp(person("brief-d", { email: "al-lid@example.nl", code }), { client: client() });
    const used = await getDb()
      .select({ usedAt: letterCodes.usedAt })
      .from(letterCodes)
      .where(eq(letterCodes.panelId, panelId));
    expect(used).toEqual([{ usedAt: expect.any(Date) }]);
    expect((await outboxTo("al-lid@example.nl")).map((m) => m.template)).toEqual(["panel_already_member"]);
  });

  it("lets exactly one of several simultaneous joins with the same code through (separate processes)", async () => {
    const panelId = await insertPanel("race");
    const [code] = await codesFor(panelId, 1);
    const startAt = Date.now() + 4000;
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        raceJoin({ code: code as string, email: `race${i}@example.nl`, startAt }),
      ),
    );
    expect(runs.filter((r) => r === "ok")).toHaveLength(1);
    expect(runs.filter((r) => r === "panel.signup.errors.codeUsed")).toHaveLength(3);
    expect(await getDb().$count(panelMembers, eq(panelMembers.panelId, panelId))).toBe(1);
  }, 60_000);
});

/** Runs signUp in its own node process against the test database, starting at `startAt`. */
function raceJoin(args: { code: string; email: string; startAt: number }): Promise<string> {
  const root = path.resolve(__dirname, "..", "..", "..");
  const child = spawn(
    process.execPath,
    [
      "--require",
      path.join(root, "lib/testing/server-only-shim.cjs"),
      "--import",
      "tsx",
      path.join(root, "lib/testing/letter-code-race-join.ts"),
      JSON.stringify(args),
    ],
    { cwd: root, env: { ...process.env, PEILING_DB: DB_FILE }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    child.on("close", (status) =>
      status === 0
        ? resolve(out.trim())
        : reject(new Error(`race-join exited with ${status}: ${err.slice(0, 2000)}`)),
    );
  });
}
