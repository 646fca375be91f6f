import { type CommandName, USAGE } from "./usages";

/**
 * Every CLI command: its name, a one-line summary for `help`, and a lazy loader, so `help` and a
 * typo answer at once without opening the database or loading the app's modules.
 */
export type Command = {
  name: CommandName;
  usage: string;
  summary: string;
  run: (args: string[]) => Promise<void>;
};

export const COMMANDS: Command[] = [
  {
    name: "setup",
    usage: USAGE.setup,
    summary: "migrate, create the session secret, seed the demo into an empty database (run by npm start)",
    run: async (args) => (await import("./commands/setup")).setupCommand(args),
  },
  {
    name: "migrate",
    usage: USAGE.migrate,
    summary: "apply the database migrations",
    run: async (args) => (await import("./commands/migrate")).migrateCommand(args),
  },
  {
    name: "seed",
    usage: USAGE.seed,
    summary: "add the demo accounts and surveys that are missing (safe to repeat)",
    run: async (args) => (await import("./commands/seed")).seedCommand(args),
  },
  {
    name: "user:create",
    usage: USAGE["user:create"],
    summary: "create an account; the password is asked for, or read from the first line of stdin",
    run: async (args) => (await import("./commands/user-create")).userCreateCommand(args),
  },
  {
    name: "survey:import",
    usage: USAGE["survey:import"],
    summary: "create a concept survey from a definition file (the survey:export format)",
    run: async (args) => (await import("./commands/survey-import")).surveyImportCommand(args),
  },
  {
    name: "survey:export",
    usage: USAGE["survey:export"],
    summary: "write the current version's definition as JSON to stdout",
    run: async (args) => (await import("./commands/survey-export")).surveyExportCommand(args),
  },
  {
    name: "backup",
    usage: USAGE.backup,
    summary: "consistent copy of the database, also while the server runs",
    run: async (args) => (await import("./commands/backup")).backupCommand(args),
  },
  {
    name: "db:copy-to-postgres",
    usage: USAGE["db:copy-to-postgres"],
    summary: "copy the SQLite database into an empty PostgreSQL database and compare every table's row count",
    run: async (args) => (await import("./commands/db-copy")).dbCopyCommand(args),
  },
  {
    name: "mail:work",
    usage: USAGE["mail:work"],
    summary: "deliver the mail outbox through SMTP_URL; --once sends what is due and exits (for cron)",
    run: async (args) => (await import("./commands/mail-work")).mailWorkCommand(args),
  },
  {
    name: "panel:remind",
    usage: USAGE["panel:remind"],
    summary:
      "queue the panel reminders that are due (the server does this every few minutes); --now for a given moment",
    run: async (args) => (await import("./commands/panel-remind")).panelRemindCommand(args),
  },
  {
    name: "redact",
    usage: USAGE.redact,
    summary:
      "read text lines on stdin, write each with personal data replaced by [naam], [telefoonnummer] … (for open data)",
    run: async (args) => (await import("./commands/redact")).redactCommand(args),
  },
];
