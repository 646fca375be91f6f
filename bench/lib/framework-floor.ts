// The framework floor: how fast `next start` answers a dynamic route that does no work beyond one
// trivial database query (/api/health), measured with autocannon at the same concurrency as the
// survey benchmark.
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./bench-server";

export type FloorResult = {
  requestsPerSecond: number;
  total: number;
  non2xx: number;
  errors: number;
  latency: { p50: number; p97_5: number; p99: number; max: number };
};

type AutocannonJson = {
  duration: number;
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};

export async function measureFloor(url: URL, connections: number, seconds: number): Promise<FloorResult> {
  const cli = path.join(ROOT, "node_modules", "autocannon", "autocannon.js");
  const args = [cli, "--json", "-c", String(connections), "-d", String(seconds), url.href];
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`autocannon exited with ${code}: ${Buffer.concat(err).toString("utf8")}`)),
    );
  });
  const result = JSON.parse(stdout) as AutocannonJson;
  return {
    requestsPerSecond: result.requests.total / result.duration,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latency: result.latency,
  };
}

/**
 * The floor over several app instances at once: one autocannon per instance, the connections
 * shared out, run side by side; requests added up, each latency figure the worst instance's.
 */
export async function measureFloorOver(
  urls: URL[],
  connections: number,
  seconds: number,
): Promise<FloorResult> {
  if (urls.length === 1) return measureFloor(urls[0] as URL, connections, seconds);
  const share = (i: number) =>
    Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
  const each = await Promise.all(urls.map((url, i) => measureFloor(url, Math.max(1, share(i)), seconds)));
  const sum = (pick: (r: FloorResult) => number) => each.reduce((total, r) => total + pick(r), 0);
  const worst = (pick: (r: FloorResult) => number) => Math.max(...each.map(pick));
  return {
    requestsPerSecond: sum((r) => r.requestsPerSecond),
    total: sum((r) => r.total),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    latency: {
      p50: worst((r) => r.latency.p50),
      p97_5: worst((r) => r.latency.p97_5),
      p99: worst((r) => r.latency.p99),
      max: worst((r) => r.latency.max),
    },
  };
}
