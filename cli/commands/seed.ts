import { demoAccountsInUse, seedDemo } from "@/lib/demo/data/seed";
import { databaseShown, openDatabase } from "../database";
import { demoAccountsBox } from "../demo-accounts-box";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE.seed;

export async function seedCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { quiet: { type: "boolean" } }, usage);
  expectPositionals(positionals, [], usage);
  const db = await openDatabase({ create: true, migrate: true });
  const result = await seedDemo(db);
  if (values.quiet) return;
  console.log(`Database: ${databaseShown()}`);
  if (result.accountsCreated.length === 0 && result.surveysCreated.length === 0) {
    console.log("The demo is already there; nothing was changed.");
  } else {
    for (const email of result.accountsCreated) console.log(`Created account ${email}`);
    for (const slug of result.surveysCreated) console.log(`Created survey ${slug}`);
  }
  const inUse = await demoAccountsInUse(db);
  if (inUse.length > 0) console.log(`\n${demoAccountsBox(inUse)}`);
}
