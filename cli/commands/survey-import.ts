import fs from "node:fs";
import { importSurveyDefinition } from "@/lib/surveys/data/survey-import";
import { CliError } from "../cli-error";
import { openDatabase } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE["survey:import"];

export async function surveyImportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { slug: { type: "string" } }, usage);
  const [file] = expectPositionals(positionals, ["file.json"], usage);
  const input = readJsonFile(file);
  await openDatabase({ create: false, migrate: true });
  const result = await importSurveyDefinition(input, { slug: values.slug });
  if (!result.ok) {
    const count = result.errors.length === 1 ? "1 problem" : `${result.errors.length} problems`;
    throw new CliError(
      `${file}: not imported, ${count}:\n${result.errors.map((e) => `  - ${e}`).join("\n")}`,
    );
  }
  console.log(
    `Imported "${result.title}" as concept survey "${result.slug}" (survey id ${result.surveyId}, version 1).`,
  );
}

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`file not found: ${file}`);
    if (code === "EISDIR") throw new CliError(`${file} is a folder, not a file`);
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
