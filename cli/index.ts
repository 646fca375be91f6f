import { closeDb } from "@/db/client";
import { CliError, EXIT_USAGE } from "./cli-error";
import { COMMANDS } from "./command-table";
import { helpText } from "./commands/help";

// Operator CLI: `npm run peiling -- <command>`. Runs with --conditions=react-server so that
// the data layer's `import "server-only"` loads outside Next.js.
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    console.log(helpText());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`error: unknown command "${name}"\n\n${helpText()}`);
    return EXIT_USAGE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`error: ${error.message}`);
      return error.exitCode;
    }
    // lib/env.ts reports a bad setting as a plain Error, db/migrate.ts a database from a newer
    // version: the operator acts on the message, no stack needed.
    if (
      error instanceof Error &&
      (error.message.startsWith("Invalid environment configuration") || error.name === "NewerDatabaseError")
    ) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await closeDb();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): lets a large `survey:export` finish writing to a pipe.
    process.exitCode = code;
  },
  (error) => {
    console.error("unexpected error (this is a bug; please report it):");
    console.error(error);
    process.exitCode = 1;
  },
);
