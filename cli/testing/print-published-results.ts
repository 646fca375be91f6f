// Prints a published survey's results as the public results page receives them (JSON, keys in
// order), from the database the environment names: cli/commands/postgres-operations.test.ts
// compares what each engine publishes. Run like the CLI: node --conditions=react-server --import tsx.
import { closeDb } from "@/db/client";
import { getPublishedResults } from "@/lib/results/data/result-publication";

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, sorted(inner)]),
    );
  }
  return value;
}

const slug = process.argv[2];
if (!slug) throw new Error("usage: print-published-results.ts <slug>");
getPublishedResults(slug)
  .then((published) => {
    process.stdout.write(`${JSON.stringify(sorted(published), null, 1)}\n`);
  })
  .finally(() => closeDb());
