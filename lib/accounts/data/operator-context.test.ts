import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// No request: no session cookie at all.
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));

setUpTempDatabase("operator-context");

import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import { setUserActive } from "@/lib/accounts/data/users";
import { runAsAccount } from "./operator-context";
import { requirePermission } from "./session";

describe("acting as an account from the command line", () => {
  let staffId = 0;
  beforeAll(async () => {
    ({ id: staffId } = await createUserAccount({
      email: "beleid@example.nl",
      name: "Beleid",
      role: "staff",
      password: "een-lang-wachtwoord",
    }));
    await createUserAccount({
      email: "lid@example.nl",
      name: "Lid",
      role: "panel",
      password: "een-lang-wachtwoord",
    });
    await createUserAccount({
      email: "admin@example.nl",
      name: "Admin",
      role: "admin",
      password: "een-lang-wachtwoord",
    });
  });

  it("grants what the account's role grants, and nothing outside the task", async () => {
    const user = await runAsAccount("Beleid@Example.nl", () => requirePermission("survey:publish"));
    expect(user).toMatchObject({ id: staffId, role: "staff" });
    await expect(requirePermission("survey:publish")).rejects.toMatchObject({ reason: "signed-out" });
  });

  it("refuses what the role does not grant", async () => {
    await expect(
      runAsAccount("lid@example.nl", () => requirePermission("survey:publish")),
    ).rejects.toMatchObject({
      reason: "forbidden",
    });
  });

  it("refuses an unknown or deactivated account", async () => {
    await expect(runAsAccount("niemand@example.nl", async () => 1)).rejects.toThrow(/No active account/);
    await runAsAccount("admin@example.nl", () => setUserActive({ userId: staffId, active: false }));
    await expect(runAsAccount("beleid@example.nl", async () => 1)).rejects.toThrow(/No active account/);
  });
});
