import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { engineFromEnvironment } from "@/db/engine";
import { CliError } from "../cli-error";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { backupPostgres, type PostgresBackupReport } from "../postgres-backup";
import { backupDatabase } from "../sqlite-backup";
import { USAGE } from "../usages";

const usage = USAGE.backup;

export async function backupCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { force: { type: "boolean" } }, usage);
  const [target] = expectPositionals(positionals, ["file"], usage).map((f) => path.resolve(f));
  checkTarget(target, values.force === true);
  const url = process.env.DATABASE_URL;
  if (engineFromEnvironment() === "postgresql" && url) {
    backupOnPostgres(url, target);
    return;
  }
  const source = databasePath();
  if (!fs.existsSync(source))
    throw new CliError(`no database at ${source}; set PEILING_DB to the database file`);
  if (target === source) throw new CliError("the backup file cannot be the database itself");

  const report = await backupDatabase(source, target);
  const nameWidth = Math.max(...report.tables.map((t) => t.name.length));
  console.log(`Backup written: ${report.file} (${formatBytes(report.bytes)}), integrity check ok.`);
  console.log("Rows per table in the copy:");
  for (const t of report.tables) console.log(`  ${t.name.padEnd(nameWidth)}  ${t.rows}`);
}

function checkTarget(target: string, force: boolean): void {
  if (!fs.existsSync(path.dirname(target))) throw new CliError(`folder not found: ${path.dirname(target)}`);
  if (fs.existsSync(target)) {
    if (!force) throw new CliError(`${target} already exists; use --force to overwrite it`);
    if (fs.statSync(target).isDirectory()) throw new CliError(`${target} is a folder, not a file`);
  }
}

function backupOnPostgres(url: string, target: string): void {
  let report: PostgresBackupReport;
  try {
    report = backupPostgres(url, target);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  console.log(
    `Backup written: ${report.file} (${formatBytes(report.bytes)}), pg_dump's custom format, ${report.tables.length} tables.`,
  );
  console.log("Restore into a new, empty database with:");
  console.log(`  pg_restore --no-owner --dbname=<postgresql-url> ${report.file}`);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
