import { COMMANDS } from "../command-table";

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), "help".length);
  return [
    "Peiling operator commands",
    "",
    "Usage: npm run peiling -- <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${"help".padEnd(width)}  show this text`,
    "",
    "Synopsis:",
    ...COMMANDS.map((c) => `  ${c.usage}`),
    "",
    "The database is the file in PEILING_DB (default ./data/peiling.db).",
    "Exit codes: 0 done, 1 could not be done (see the message), 2 wrong command line.",
  ].join("\n");
}
