// Serves the production build with one Next.js process per CPU core (WEB_CONCURRENCY overrides).
// A Node process runs JavaScript on one core; every state the processes must share (sessions,
// rate limits, responses, the mail outbox) is in the database, so they can serve side by side.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { parseTrustedProxies, withClientAddress } from "./client-address.mjs";
import { withDatabaseCheck } from "./database-unavailable.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY || os.availableParallelism()));
/** A worker's exit code when its port is taken: the primary then stops instead of forking again. */
const PORT_TAKEN = 98;

/** Whether something else already listens on the port (then every worker would fail at once). */
function portTaken() {
  return new Promise((resolve) => {
    const probe = http.createServer();
    probe.once("error", (error) => resolve(error.code === "EADDRINUSE" ? error : null));
    probe.once("listening", () => probe.close(() => resolve(null)));
    probe.listen(port, hostname);
  });
}

function explainTakenPort() {
  console.error(
    `Port ${port} is already in use by another program. Stop that program, or start Peiling on another port: PORT=3001 npm start`,
  );
  process.exit(1);
}

// Read once; a malformed value stops the primary before any worker starts (not a restart loop).
let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.PEILING_TRUSTED_PROXIES);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (cluster.isPrimary) {
  if (await portTaken()) explainTakenPort();
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (code === PORT_TAKEN) {
      // Taken between the check above and the workers' start: retrying would loop for ever.
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      explainTakenPort();
    }
    console.error(`Server process ${worker.process.pid} stopped (${signal ?? code}); starting a new one.`);
    cluster.fork();
  });
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  let ready = 0;
  cluster.on("listening", () => {
    ready += 1;
    if (ready === workers)
      console.log(`Peiling is ready on http://localhost:${port} (${workers} server processes)`);
  });
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Per-client limits count by the address this sets (X-Forwarded-For only from trusted proxies).
  // Once the database file is found deleted or replaced, every request gets a Dutch 503 page.
  const server = http.createServer(
    withDatabaseCheck(withClientAddress((req, res) => handle(req, res), trustedProxies)),
  );
  server.once("error", (error) => {
    if (error.code === "EADDRINUSE") process.exit(PORT_TAKEN);
    throw error;
  });
  server.listen(port, hostname);
}
