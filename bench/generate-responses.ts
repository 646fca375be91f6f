/*
 * Writes generated completed responses into a survey from the command line (see
 * lib/demo/data/generate-responses.ts for what they look like). The database is the one the
 * environment names, on either engine: DATABASE_URL=postgres://… for PostgreSQL, else the SQLite
 * file PEILING_DB (default data/peiling.db). It writes into that database; it creates none.
 *   node --conditions=react-server --import tsx bench/generate-responses.ts \
 *     [--slug sociaal-domein-2026] [--count 1000] [--seed 1] [--mix public=0.5,panel=0.45,staff=0.05]
 */
import { parseArgs } from "node:util";
import { type ChannelMix, generateResponses } from "@/lib/demo/data/generate-responses";

function parseMix(text: string | undefined): Partial<ChannelMix> {
  const mix: Partial<ChannelMix> = {};
  for (const part of (text ?? "").split(",").filter(Boolean)) {
    const [name, share] = part.split("=");
    if ((name === "public" || name === "panel" || name === "staff") && Number(share) >= 0)
      mix[name] = Number(share);
    else throw new Error(`--mix: "${part}" is not channel=share (channels public, panel, staff)`);
  }
  return mix;
}

async function main() {
  const { values } = parseArgs({
    options: {
      slug: { type: "string", default: "sociaal-domein-2026" },
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      mix: { type: "string" },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a whole number of at least 1");
  const { getDb, closeDb } = await import("@/db/client");
  const { applyMigrations } = await import("@/db/migrate");
  const { surveys } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const db = getDb();
  await applyMigrations(db);
  const [survey] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, values.slug));
  if (!survey)
    throw new Error(`No survey with slug "${values.slug}" (run \`npm run peiling -- setup\` first).`);
  const result = await generateResponses(db, {
    surveyId: survey.id,
    count,
    seed: Number(values.seed),
    channelMix: parseMix(values.mix),
  });
  await closeDb();
  console.log(
    `${result.responses.toLocaleString("en-US")} responses (${result.answers.toLocaleString("en-US")} answers) ` +
      `written to "${values.slug}" in ${(result.writeMs / 1000).toFixed(1)} s; ` +
      `results cube built in ${(result.cubeMs / 1000).toFixed(1)} s.`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
