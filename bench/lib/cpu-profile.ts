// Where the server spent its CPU during the measured run: a V8 .cpuprofile (node --cpu-prof)
// reduced to self time per function and per package, counting only samples inside a time window.
import fs from "node:fs";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

export type HotSpots = {
  sampledMs: number;
  functions: { label: string; ms: number }[];
  packages: { label: string; ms: number }[];
};

/** Microseconds on the monotonic clock V8 stamps profiles with (CLOCK_MONOTONIC, like hrtime). */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/** node_modules/<package>, Next's bundled copies (next/compiled/<x>), the app's own server bundle, or Node. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const compiled = url.match(/node_modules\/next\/dist\/compiled\/(@[^/]+\/[^/]+|[^/]+)/);
  if (compiled) return `next/compiled/${compiled[1]}`;
  const pkg = url.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/);
  if (pkg) return pkg[1] === "next" ? `next (${url.match(/next\/dist\/([^/]+)/)?.[1] ?? "dist"})` : pkg[1];
  if (/\/server\/chunks\//.test(url)) return "server bundle (app code + bundled packages)";
  return url.replace(/^file:\/\//, "");
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, "")
    .replace(/^.*node_modules\//, "")
    .replace(/^.*\/server\/chunks\//, "chunks/");
}

export function hotSpots(file: string, fromMicros: number, toMicros: number, top = 15): HotSpots {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let at = profile.startTime;
  let sampled = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (at < fromMicros || at > toMicros) continue;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    sampled += delta;
    const label =
      `${functionName || "(anonymous)"}  ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ""}`.trim();
    functions.set(label, (functions.get(label) ?? 0) + delta);
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + delta);
  }
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([label, us]) => ({ label, ms: us / 1000 }));
  return { sampledMs: sampled / 1000, functions: ranked(functions), packages: ranked(packages) };
}
