import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * `npm start` on a port another program holds must stop at once with a message a person can act on
 * (issue 10, finding 9): before, every server process failed with EADDRINUSE, was started again,
 * and the command never ended.
 */

function run(port: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
      env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", WEB_CONCURRENCY: "2" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve.mjs did not stop within 20 s; stderr: ${stderr}`));
    }, 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("serve.mjs on a taken port", () => {
  it("exits non-zero with a clear message instead of retrying for ever", async () => {
    const holder = http.createServer((_req, res) => res.end("other program"));
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const result = await run(port);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(result.stderr).toContain("PORT=3001 npm start");
    } finally {
      holder.close();
    }
  });
});
