// The staff results page over HTTP, for bench:results: the production build (made if sources
// changed; NEXT_DIST_DIR respected) served as `npm start` serves it (scripts/serve.mjs) on the
// bench database (either engine), a staff sign-in through next-auth's own credentials endpoint, then timed GETs.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchDatabase } from "./lib/bench-database";
import { freePort, ROOT, waitUntilReady } from "./lib/bench-server";

export const STAFF = { email: "beleid@peiling.demo", password: "demo-beleid-2026" };

export type ResultsServer = { origin: URL; distDir: string; stop(): Promise<void>; errorLines(): string[] };

export async function startResultsServer(
  database: BenchDatabase,
  port: number | null,
  log: (line: string) => void,
): Promise<ResultsServer> {
  process.chdir(ROOT);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildScript = pathToFileURL(path.join(ROOT, "scripts", "build-if-needed.mjs")).href;
  const { buildIfNeeded } = (await import(buildScript)) as {
    buildIfNeeded: (o: { distDir: string }) => void;
  };
  buildIfNeeded({ distDir });
  const chosen = port ?? (await freePort());
  log(
    `Starting the server (scripts/serve.mjs) on port ${chosen}, build folder ${distDir}, database ${database.where}`,
  );
  const child: ChildProcess = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...database.env,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_TRUST_HOST: "true",
      PORT: String(chosen),
    },
  });
  const errors: string[] = [];
  const collect = (isStderr: boolean) => (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean))
      if ((isStderr || /error|⨯/i.test(line)) && errors.length < 100) errors.push(line);
  };
  child.stdout?.on("data", collect(false));
  child.stderr?.on("data", collect(true));
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  const origin = new URL(`http://127.0.0.1:${chosen}`);
  try {
    await waitUntilReady(new URL("/api/health", origin), child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    origin,
    distDir,
    errorLines: () => [...errors],
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      process.off("exit", killOnExit);
    },
  };
}

/** Cookies from Set-Cookie headers, as one Cookie header (name=value; …). */
function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair?.indexOf("=") ?? -1;
    if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs the demo policy officer in as a browser would (csrf token, credentials post): the cookie header. */
export async function signIn(origin: URL): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(new URL("/api/auth/csrf", origin));
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(new URL("/api/auth/callback/credentials", origin), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({
      csrfToken,
      email: STAFF.email,
      password: STAFF.password,
      callbackUrl: "/beheer",
    }),
  });
  cookiesOf(login, jar);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token")))
    throw new Error(`Signing in as ${STAFF.email} failed (status ${login.status}).`);
  return cookieHeader(jar);
}

/** GETs `url` `count` times one after another: the time to the last byte of each, and the last page. */
export async function timePage(
  url: URL,
  cookie: string,
  count: number,
): Promise<{ ms: number[]; status: number; bytes: number; html: string }> {
  const ms: number[] = [];
  let status = 0;
  let html = "";
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    html = await response.text();
    ms.push(performance.now() - started);
    status = response.status;
  }
  return { ms, status, bytes: Buffer.byteLength(html), html };
}
