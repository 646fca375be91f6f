import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { applyMigrations } from "./migrate";
import { users } from "./schema";
import { DEMO_SEEDED_KEY, demoAccountsInUse, isEmptyInstallation, seedDemo } from "./seed";
import { DEMO_ACCOUNTS } from "./seed/demo-accounts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-seed-"));
const db = openDatabase(path.join(dir, "seed.db"));
applyMigrations(db);
afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("seedDemo", () => {
  it("fills an empty database once, and a second run creates nothing", async () => {
    expect(isEmptyInstallation(db)).toBe(true);
    expect(await seedDemo(db)).toEqual({
      accountsCreated: DEMO_ACCOUNTS.map((a) => a.email),
      surveysCreated: ["sociaal-domein-2026", "mantelzorg-2026"],
    });
    expect(isEmptyInstallation(db)).toBe(false);
    expect(await seedDemo(db)).toEqual({ accountsCreated: [], surveysCreated: [] });
    const seeded = db.query.settings.findFirst({ where: (s, { eq }) => eq(s.key, DEMO_SEEDED_KEY) }).sync();
    expect(seeded?.value).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("lists the demo accounts that still accept their public password", async () => {
    expect((await demoAccountsInUse(db)).map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    db.update(users).set({ active: false }).where(eq(users.email, "panel@peiling.demo")).run();
    expect((await demoAccountsInUse(db)).map((a) => a.role)).toEqual(["admin", "staff", "adviesraad"]);
  });
});
