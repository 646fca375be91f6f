import { ROLES } from "@/lib/accounts/types";

/** One usage line per command: shown by `help`, `<command> --help` and with every usage error. */
export const USAGE = {
  setup: "peiling setup [--quiet]",
  migrate: "peiling migrate",
  seed: "peiling seed [--quiet]",
  "user:create": `peiling user:create --email <email> --role <${ROLES.join("|")}> [--name <name>]`,
  "survey:import": "peiling survey:import <file.json> [--slug <slug>]",
  "survey:export": "peiling survey:export <slug> > file.json",
  backup: "peiling backup <file> [--force]",
  "db:copy-to-postgres": "peiling db:copy-to-postgres <postgresql-url>",
  "mail:work": "peiling mail:work [--once]",
  "panel:remind": "peiling panel:remind [--now <iso date-time>]",
  redact: "peiling redact < answers.txt > redacted.txt",
} as const;

export type CommandName = keyof typeof USAGE;
