import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/accounts/password";
import { runCli, tempFolder } from "../testing/run-cli";

const { dir, cleanup } = tempFolder();
const db = path.join(dir, "users.db");
beforeAll(async () => {
  await runCli(["migrate"], { db });
});
afterAll(cleanup);

function findUser(email: string) {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite
      .prepare("SELECT email, name, role, password_hash AS passwordHash FROM users WHERE email = ?")
      .get(email) as { email: string; name: string; role: string; passwordHash: string } | undefined;
  } finally {
    sqlite.close();
  }
}

describe("user:create", () => {
  it("creates an account with the password from the first line of stdin", async () => {
    const run = await runCli(
      ["user:create", "--email", "Anna@Oosterhout.nl", "--role", "staff", "--name", "Anna de Vries"],
      { db, input: "een-lang-wachtwoord\nsecond line is ignored\n" },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Created staff account anna@oosterhout.nl");
    const user = findUser("anna@oosterhout.nl");
    expect(user).toMatchObject({ name: "Anna de Vries", role: "staff" });
    expect(await verifyPassword(user?.passwordHash ?? "", "een-lang-wachtwoord")).toBe(true);
  });

  it("refuses a duplicate email clearly and leaves the account alone", async () => {
    const run = await runCli(["user:create", "--email", "anna@oosterhout.nl", "--role", "admin"], {
      db,
      input: "nog-een-wachtwoord\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("an account with email anna@oosterhout.nl already exists");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(findUser("anna@oosterhout.nl")?.role).toBe("staff");
  });

  it("refuses a password shorter than 12 characters", async () => {
    const run = await runCli(["user:create", "--email", "kort@oosterhout.nl", "--role", "panel"], {
      db,
      input: "te-kort\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("at least 12 characters");
    expect(findUser("kort@oosterhout.nl")).toBeUndefined();
  });

  it("rejects an unknown role and a missing email as usage errors", async () => {
    const role = await runCli(["user:create", "--email", "x@oosterhout.nl", "--role", "boss"], { db });
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('unknown role "boss"');
    const email = await runCli(["user:create", "--role", "staff"], { db });
    expect(email.code).toBe(2);
    expect(email.stderr).toContain("missing --email");
  });
});
