/** Exit code for a wrong command line (unknown command or option, missing argument). */
export const EXIT_USAGE = 2;
/** Exit code for an operation that could not be done (missing file, invalid definition, duplicate). */
export const EXIT_FAILURE = 1;

/**
 * An expected failure: the CLI prints its message (no stack trace) and exits with its code.
 * Anything else that is thrown is a bug and is shown in full.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string, usage: string): CliError {
  return new CliError(`${message}\n\nUsage: ${usage}`, EXIT_USAGE);
}
