import { type ParseArgsConfig, parseArgs } from "node:util";
import { usageError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs in strict mode, with its errors (unknown option, missing value) turned into
 * usage errors that show the command's usage line instead of a stack trace.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw usageError(message, usage);
  }
}

/** Exactly `count` positional arguments, or a usage error naming what is missing or extra. */
export function expectPositionals(positionals: string[], names: string[], usage: string): string[] {
  if (positionals.length < names.length) {
    throw usageError(`missing argument: <${names[positionals.length]}>`, usage);
  }
  if (positionals.length > names.length) {
    throw usageError(`unexpected argument: ${positionals[names.length]}`, usage);
  }
  return positionals;
}
