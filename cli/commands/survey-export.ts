import { exportSurveyDefinition } from "@/lib/surveys/data/survey-import";
import { CliError } from "../cli-error";
import { openDatabase } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE["survey:export"];

/** Writes only the JSON to stdout, so it can be redirected to a file and imported elsewhere. */
export async function surveyExportCommand(args: string[]): Promise<void> {
  const { positionals } = parseCommandArgs(args, {}, usage);
  const [slug] = expectPositionals(positionals, ["slug"], usage);
  await openDatabase({ create: false, migrate: false });
  const definition = await exportSurveyDefinition(slug);
  if (!definition) throw new CliError(`no survey with slug "${slug}"`);
  process.stdout.write(`${JSON.stringify(definition, null, 2)}\n`);
}
