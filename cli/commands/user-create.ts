import { z } from "zod";
import { isUniqueViolation } from "@/db/dialect";
import { createUserAccount, findUserIdByEmail } from "@/lib/accounts/data/user-accounts";
import { ROLES, type Role } from "@/lib/accounts/types";
import { CliError, usageError } from "../cli-error";
import { openDatabase } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { readPassword } from "../read-password";
import { USAGE } from "../usages";

const usage = USAGE["user:create"];

export const MIN_PASSWORD_LENGTH = 12;
// argon2 hashes any length, but an unbounded input is a cheap way to burn CPU.
const MAX_PASSWORD_LENGTH = 1024;

export async function userCreateCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(
    args,
    { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    usage,
  );
  expectPositionals(positionals, [], usage);
  if (!values.email) throw usageError("missing --email", usage);
  if (!values.role) throw usageError("missing --role", usage);
  const email = values.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) throw usageError(`not an email address: ${values.email}`, usage);
  if (!(ROLES as readonly string[]).includes(values.role)) {
    throw usageError(`unknown role "${values.role}"; choose one of: ${ROLES.join(", ")}`, usage);
  }
  const role = values.role as Role;
  const name = values.name?.trim() || email.split("@")[0];

  await openDatabase({ create: false, migrate: true });
  // Checked before asking for the password, so nobody types one for nothing.
  if ((await findUserIdByEmail(email)) !== undefined) {
    throw new CliError(`an account with email ${email} already exists; nothing was changed`);
  }
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(`the password is too short: use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new CliError(`the password is too long: use at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  try {
    const { id } = await createUserAccount({ email, name, role, password });
    console.log(`Created ${role} account ${email} (id ${id}, name "${name}").`);
  } catch (error) {
    // Another process may have created the same email between the check and the insert.
    if (isUniqueViolation(error)) {
      throw new CliError(`an account with email ${email} already exists; nothing was changed`);
    }
    throw error;
  }
}
