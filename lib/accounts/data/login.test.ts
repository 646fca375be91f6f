import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

process.env.LOGIN_MAX_ATTEMPTS = "3";
process.env.LOGIN_WINDOW_MINUTES = "15";
process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef";
setUpTempDatabase("login");

import { getDb } from "@/db/client";
import { rateLimitEvents, users } from "@/db/schema";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import { authenticateWithPassword, CLIENT_LIMIT_FACTOR } from "./login";
import { clientAddressFrom } from "./rate-limit-keys";

const PASSWORD = "een-lang-wachtwoord";

async function account(email: string, options: { active?: boolean } = {}) {
  const { id } = await createUserAccount({ email, name: email, role: "staff", password: PASSWORD });
  if (options.active === false) await getDb().update(users).set({ active: false }).where(eq(users.id, id));
  return id;
}

const attempt = (email: string, password: string, clientAddress = "192.0.2.10") =>
  authenticateWithPassword({ email, password, clientAddress });

describe("authenticateWithPassword", () => {
  it("signs in with the right password, whatever the case of the email address", async () => {
    const id = await account("anna@example.nl");
    expect(await attempt("  Anna@Example.NL ", PASSWORD)).toEqual({ userId: id, role: "staff" });
  });

  it("gives the same answer (null) for a wrong password, an unknown account and a deactivated account", async () => {
    await account("bram@example.nl");
    await account("cor@example.nl", { active: false });
    expect(await attempt("bram@example.nl", "fout-wachtwoord-123", "192.0.2.20")).toBeNull();
    expect(await attempt("niemand@example.nl", PASSWORD, "192.0.2.20")).toBeNull();
    expect(await attempt("cor@example.nl", PASSWORD, "192.0.2.20")).toBeNull();
  });

  it("stops accepting even the right password after the maximum number of failures for an account", async () => {
    const id = await account("dirk@example.nl");
    for (let i = 0; i < 3; i++)
      expect(await attempt("dirk@example.nl", `fout-${i}`, `198.51.100.${i}`)).toBeNull();
    expect(await attempt("dirk@example.nl", PASSWORD, "198.51.100.99")).toBeNull();
    // Another account from the same client is not affected by dirk's limit.
    const other = await account("eva@example.nl");
    expect(await attempt("eva@example.nl", PASSWORD, "198.51.100.0")).toEqual({
      userId: other,
      role: "staff",
    });
    expect(id).toBeGreaterThan(0);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const id = await account("fien@example.nl");
    await attempt("fien@example.nl", "fout-1", "203.0.113.1");
    await attempt("fien@example.nl", "fout-2", "203.0.113.1");
    expect(await attempt("fien@example.nl", PASSWORD, "203.0.113.1")).toEqual({ userId: id, role: "staff" });
    await attempt("fien@example.nl", "fout-3", "203.0.113.1");
    await attempt("fien@example.nl", "fout-4", "203.0.113.1");
    expect(await attempt("fien@example.nl", PASSWORD, "203.0.113.1")).toEqual({ userId: id, role: "staff" });
  });

  it("limits one client spraying guesses over many accounts, not other clients", async () => {
    const id = await account("gert@example.nl");
    const sprayer = "203.0.113.66";
    for (let i = 0; i < 3 * CLIENT_LIMIT_FACTOR; i++) {
      await attempt(`onbekend-${i}@example.nl`, "raden", sprayer);
    }
    expect(await attempt("gert@example.nl", PASSWORD, sprayer)).toBeNull();
    expect(await attempt("gert@example.nl", PASSWORD, "203.0.113.67")).toEqual({ userId: id, role: "staff" });
  });

  it("stores neither email addresses nor client addresses in the events table", async () => {
    await attempt("hanna@example.nl", "fout", "192.0.2.123");
    const keys = (await getDb().select({ key: rateLimitEvents.key }).from(rateLimitEvents))
      .map((r) => r.key)
      .join("\n");
    expect(keys).not.toMatch(/@|hanna|192\.0\.2/);
    expect(keys).toMatch(/^login:(account|client):[A-Za-z0-9_-]{43}$/m);
  });
});

describe("clientAddressFrom", () => {
  it("reads only the address the server resolved, never X-Forwarded-For a client can write", () => {
    expect(
      clientAddressFrom(
        new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.5", "x-peiling-client-address": "127.0.0.1" }),
      ),
    ).toBe("127.0.0.1");
    // Without the server's header (next dev) everyone counts as one client: no one escapes a limit.
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("unknown");
    expect(clientAddressFrom(new Headers({ "x-real-ip": "203.0.113.6" }))).toBe("unknown");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
  });

  it("counts an IPv6 client by its /64 network, and IPv4 in IPv6 as IPv4", () => {
    const from = (address: string) => clientAddressFrom(new Headers({ "x-peiling-client-address": address }));
    expect(from("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(from("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(from("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(from("::1")).toBe("0:0:0:0::/64");
    expect(from("::ffff:192.0.2.7")).toBe("192.0.2.7");
  });
});
