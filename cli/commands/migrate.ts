import { databaseShown, openDatabase } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE.migrate;

export async function migrateCommand(args: string[]): Promise<void> {
  const { positionals } = parseCommandArgs(args, {}, usage);
  expectPositionals(positionals, [], usage);
  await openDatabase({ create: true, migrate: true });
  console.log(`Database is up to date: ${databaseShown()}`);
}
