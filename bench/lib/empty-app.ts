// A throwaway App Router app with one empty page, built with this checkout's next/react, to show
// what the framework alone sends to the browser. Built once per Next version in the temp folder.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, ROOT, waitUntilReady } from "./bench-server";

const FILES: Record<string, string> = {
  "package.json": '{ "name": "peiling-bench-empty-app", "private": true }\n',
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export const dynamic = "force-dynamic";

export default function Page() {
  return <p>Leeg</p>;
}
`,
};

/** Turbopack compiles only files under its root; node_modules is a symlink into this checkout. */
function commonAncestor(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

export type RunningApp = { origin: URL; stop(): Promise<void> };

export async function startEmptyApp(nextVersion: string, log: (line: string) => void): Promise<RunningApp> {
  const dir = path.join(os.tmpdir(), `peiling-bench-empty-app-next-${nextVersion}`);
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" };
  if (!fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) {
    log(`Building an empty App Router app in ${dir} (once)…`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, "app"), { recursive: true });
    for (const [file, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, file), text);
    const root = commonAncestor(fs.realpathSync(dir), ROOT);
    fs.writeFileSync(
      path.join(dir, "next.config.js"),
      `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`,
    );
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: dir,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (build.status !== 0) throw new Error(`building the empty app failed (exit code ${build.status})`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: dir,
    env,
    stdio: "ignore",
  });
  const origin = new URL(`http://127.0.0.1:${port}`);
  try {
    await waitUntilReady(origin, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    origin,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
