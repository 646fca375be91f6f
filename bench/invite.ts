/*
 * bench:invite — invitations to a whole panel through the real path, delivered to a local SMTP
 * server: draw a stratified sample (n = the panel) → invitations with hashed tokens and the
 * invitation mails in the outbox (chunked transactions) → the mail worker → SMTP on loopback.
 *
 * Each size runs in a fresh process (bench/lib/invite-run.ts) with its own database of generated
 * members, on the engine the environment names (a temp SQLite file, or with
 * DATABASE_URL=postgres://… a database created on that server and dropped after), so its peak
 * memory is its own; the SMTP server (lib/mail/testing/smtp-sink.ts, keep: false, counting
 * Message-IDs only) runs here. Printed per size: the time to draw, to write
 * and queue, and to deliver; messages/s of delivery and of the whole path; peak RSS and heap
 * above the process's baseline (after the fixture was written), and the heap still in use after a
 * garbage collection once the mails are queued and once they are delivered. Memory should not grow
 * with the panel: the sizes show it (peaks are mostly garbage V8 has not collected yet; what is
 * kept stays at the baseline). Target: at least 200 messages/s. Every message must arrive exactly
 * once.
 *
 * Usage: npm run bench:invite -- [--sizes 2000,5000,10000]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSmtpSink } from "../lib/mail/testing/smtp-sink";
import { count, megabytes, ms, printRows, rate } from "./lib/report";

const TARGET_PER_SECOND = 200;

const { values: flags } = parseArgs({
  options: { sizes: { type: "string", default: "2000,5000,10000" } },
});
const sizes = (flags.sizes ?? "").split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("Usage: npm run bench:invite -- [--sizes 2000,5000,10000]");
  process.exit(2);
}

type Run = {
  engine: string;
  size: number;
  drawn: number;
  invited: number;
  sent: number;
  drawMs: number;
  enqueueMs: number;
  deliverMs: number;
  baselineRss: number;
  baselineHeap: number;
  peakRss: number;
  peakHeap: number;
  maxRss: number;
  retainedAfterQueue: number;
  retainedAfterDelivery: number;
};

function runOnce(size: number, smtpUrl: string): Promise<Run> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--expose-gc",
      "--import",
      "tsx",
      path.join(__dirname, "lib", "invite-run.ts"),
      String(size),
      smtpUrl,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{"))
        reject(new Error(`run of ${size} failed (exit ${code}): ${out}`));
      else resolve(JSON.parse(line) as Run);
    });
  });
}

async function main() {
  const results: Run[] = [];
  for (const size of sizes) {
    const sink = await startSmtpSink({ keep: false });
    try {
      const run = await runOnce(size, sink.url);
      await sink.waitForTotal(size, 30_000);
      const duplicates = [...sink.countByMessageId.values()].filter((n) => n > 1).length;
      if (sink.total() !== size || sink.countByMessageId.size !== size || duplicates > 0)
        throw new Error(
          `${size}: the SMTP server got ${sink.total()} messages (${sink.countByMessageId.size} distinct), expected ${size} once each`,
        );
      results.push(run);
      const perSecond = run.sent / (run.deliverMs / 1000);
      const endToEnd = run.sent / ((run.drawMs + run.enqueueMs + run.deliverMs) / 1000);
      printRows([
        [`${count(size)} members — ${run.engine}`],
        ["draw (stratified, n = panel)", `${ms(run.drawMs)} · ${count(run.drawn)} drawn`],
        ["invitations + outbox", `${ms(run.enqueueMs)} · ${count(run.invited)} written and queued`],
        ["delivery to SMTP", `${ms(run.deliverMs)} · ${rate(perSecond)}`],
        ["whole path", rate(endToEnd)],
        ["received by the SMTP server", `${count(sink.total())}, each Message-ID once`],
        [
          "peak RSS (sampled · OS maximum)",
          `${megabytes(run.peakRss)} · ${megabytes(run.maxRss)} (baseline ${megabytes(run.baselineRss)}, +${megabytes(run.peakRss - run.baselineRss)})`,
        ],
        [
          "peak heap",
          `${megabytes(run.peakHeap)} (baseline ${megabytes(run.baselineHeap)}, +${megabytes(run.peakHeap - run.baselineHeap)})`,
        ],
        [
          "heap kept after GC (queued · delivered)",
          `${megabytes(run.retainedAfterQueue)} · ${megabytes(run.retainedAfterDelivery)}`,
        ],
      ]);
    } finally {
      await sink.close();
    }
  }
  const slowest = Math.min(...results.map((r) => r.sent / (r.deliverMs / 1000)));
  const growth = results.map((r) => r.peakRss - r.baselineRss);
  printRows([
    ["Summary"],
    [
      "slowest delivery",
      `${rate(slowest)} (target ≥ ${TARGET_PER_SECOND}/s) ${slowest >= TARGET_PER_SECOND ? "PASS" : "FAIL"}`,
    ],
    [
      "RSS above baseline per size",
      results.map((r, i) => `${count(r.size)}: +${megabytes(growth[i])}`).join(" · "),
    ],
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
