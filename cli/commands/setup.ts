import { authSecret } from "@/lib/accounts/data/secret";
import { demoAccountsInUse, isEmptyInstallation, seedDemo } from "@/lib/demo/data/seed";
import { databaseShown, openDatabase } from "../database";
import { demoAccountsBox } from "../demo-accounts-box";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE.setup;

/**
 * What `npm start` and the e2e server run before serving: bring the schema up to date, make sure
 * the session secret exists, and give a fresh installation something to look at. The demo is
 * seeded only into an empty database, so it never reappears after an operator removed it; and a
 * database that is missing where Peiling had one is refused, not replaced by a new one with the
 * demo in it (db/created-marker.ts; PEILING_ALLOW_NEW_DATABASE=1 overrides).
 */
export async function setupCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { quiet: { type: "boolean" } }, usage);
  expectPositionals(positionals, [], usage);
  const db = await openDatabase({ create: true, migrate: true });
  authSecret();
  const seeded = (await isEmptyInstallation(db)) ? await seedDemo(db) : undefined;
  if (values.quiet) return;
  console.log(`Database: ${databaseShown()} (migrations applied)`);
  if (seeded) console.log("Empty database: the demo accounts and surveys were added.");
  const inUse = await demoAccountsInUse(db);
  if (inUse.length > 0) console.log(`\n${demoAccountsBox(inUse)}\n`);
}
