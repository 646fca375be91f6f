import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabaseCheck } from "@/scripts/database-unavailable.mjs";
import { openDatabase } from "./client";

// The production server's handler (scripts/serve.mjs wraps Next.js's handler the same way) in
// front of a real database file that is deleted while the server runs (issue 10, finding 7).
const server = http.createServer(
  withDatabaseCheck((_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("page");
  }),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the server while the database file is gone", () => {
  it("answers every request with 503 and a Dutch page, instead of 200", async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/s/sociaal-domein-2026`;
    expect((await fetch(url)).status).toBe(200);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-db-unavailable-"));
    const file = path.join(dir, "peiling.db");
    const db = openDatabase(file);
    db.run(sql`create table answers (n integer not null)`);
    fs.rmSync(file);
    expect(() => db.run(sql`insert into answers (n) values (1)`)).toThrow();

    const response = await fetch(url, { method: "POST", body: "antwoord=1" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("300");
    const page = await response.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("Door een storing kunnen we nu geen antwoorden opslaan.");
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
