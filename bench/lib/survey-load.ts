// Many residents at once: N virtual browsers, each completing responses one after another until
// the time is up (a walk in progress then stops before its next request) or enough have started.
import { Browser, keepAliveAgent } from "./http-client";
import { completeResponse, errorKind, type Timing, type WalkEvents } from "./respondent-walk";
import { seededRandom } from "./survey-answers";

export type LoadResult = {
  timings: Timing[];
  completed: number;
  started: number;
  /** Walks cut off when the time was up (not errors). */
  abandoned: number;
  /** Page posts answered with the same page and new follow-up questions. */
  revealed: number;
  errors: Map<string, { count: number; example: string }>;
  seconds: number;
  /** CPU the benchmark's own clients used (they share the machine with the server), in seconds. */
  clientCpuSeconds: number;
};

export type LoadOptions = {
  slug: string;
  clients: number;
  seconds: number;
  completions: number;
  seed: number;
};

/** With several origins (app instances on one database), client i walks on origin i mod their number. */
export async function runSurveyLoad(origin: URL | URL[], options: LoadOptions): Promise<LoadResult> {
  const origins = Array.isArray(origin) ? origin : [origin];
  const agent = keepAliveAgent(options.clients);
  const result: LoadResult = {
    timings: [],
    completed: 0,
    started: 0,
    abandoned: 0,
    revealed: 0,
    errors: new Map(),
    seconds: 0,
    clientCpuSeconds: 0,
  };
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const deadline = begin + options.seconds * 1000;
  const events: WalkEvents = {
    timing: (t) => result.timings.push(t),
    revealed: () => result.revealed++,
    stopped: () => performance.now() >= deadline,
  };
  const wantMore = () =>
    performance.now() < deadline && (options.completions === 0 || result.started < options.completions);

  async function client(id: number) {
    const random = seededRandom(options.seed * 100_003 + id);
    while (wantMore()) {
      result.started++;
      try {
        await completeResponse(
          new Browser(origins[id % origins.length] as URL, agent),
          options.slug,
          random,
          events,
        );
        result.completed++;
      } catch (error) {
        const kind = errorKind(error);
        if (kind === "stopped") {
          result.abandoned++;
          continue;
        }
        const entry = result.errors.get(kind) ?? {
          count: 0,
          example: error instanceof Error ? error.message : String(error),
        };
        entry.count++;
        result.errors.set(kind, entry);
      }
    }
  }
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  result.seconds = (performance.now() - begin) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  result.clientCpuSeconds = (cpu.user + cpu.system) / 1e6;
  agent.destroy();
  return result;
}

export function errorCount(result: LoadResult): number {
  return [...result.errors.values()].reduce((sum, e) => sum + e.count, 0);
}
