import fs from "node:fs";
import { databasePath } from "@/db/client";
import { engineFromEnvironment } from "@/db/engine";
import { CliError } from "../cli-error";
import { redactedUrl } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { CopyRefused, copySqliteToPostgres } from "../postgres-copy";
import { USAGE } from "../usages";

const usage = USAGE["db:copy-to-postgres"];

export async function dbCopyCommand(args: string[]): Promise<void> {
  const { positionals } = parseCommandArgs(args, {}, usage);
  const [url] = expectPositionals(positionals, ["postgresql-url"], usage);
  if (engineFromEnvironment({ DATABASE_URL: url }) !== "postgresql") {
    throw new CliError(`not a PostgreSQL URL: ${redactedUrl(url)} (postgres://user@host:5432/database)`);
  }
  if (engineFromEnvironment() === "postgresql") {
    throw new CliError(
      "DATABASE_URL names PostgreSQL, but the copy reads the SQLite database (PEILING_DB); unset DATABASE_URL for this command",
    );
  }
  const source = databasePath();
  if (!fs.existsSync(source))
    throw new CliError(`no database at ${source}; set PEILING_DB to the database file`);

  let report: Awaited<ReturnType<typeof copySqliteToPostgres>>;
  try {
    report = await copySqliteToPostgres(source, url);
  } catch (error) {
    if (error instanceof CopyRefused) throw new CliError(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`the copy to ${redactedUrl(url)} failed, nothing was kept: ${reason}`);
  }
  const width = Math.max(...report.tables.map((t) => t.name.length));
  const rows = report.tables.reduce((sum, t) => sum + t.postgresql, 0);
  console.log(`Copied ${source} into ${redactedUrl(url)}: ${rows} rows in ${report.tables.length} tables.`);
  console.log(`${"table".padEnd(width)}  ${"SQLite".padStart(8)}  ${"PostgreSQL".padStart(10)}`);
  for (const t of report.tables) {
    console.log(
      `${t.name.padEnd(width)}  ${String(t.sqlite).padStart(8)}  ${String(t.postgresql).padStart(10)}`,
    );
  }
  console.log("Every count is equal. Set DATABASE_URL to the PostgreSQL URL and start Peiling.");
}
