import { once } from "node:events";
import readline from "node:readline";
import { redact } from "@/lib/moderation/privacy";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE.redact;

/**
 * Reads text lines on stdin and writes each line redacted to stdout, with the engine moderators
 * see proposals from (lib/moderation/privacy), for preparing open data. Line by line and streaming, so a large
 * export goes through in constant memory; no database is opened.
 */
export async function redactCommand(args: string[]): Promise<void> {
  const { positionals } = parseCommandArgs(args, {}, usage);
  expectPositionals(positionals, [], usage);
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!process.stdout.write(`${redact(line)}\n`)) await once(process.stdout, "drain");
  }
}
