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
