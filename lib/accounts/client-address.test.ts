import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress, withClientAddress } from "@/scripts/client-address.mjs";
import { clientAddressFrom } from "./data/rate-limit-keys";

/*
 * Per-client limits (failed logins, resume codes, invitations, panel sign-up and sign-in) must
 * count by an address the client cannot choose (issue 10, finding 1): X-Forwarded-For is believed
 * only as far as a trusted proxy wrote it.
 */

const none = parseTrustedProxies("");

describe("parseTrustedProxies", () => {
  it("accepts IPv4 and IPv6 addresses and ranges, with spaces", () => {
    const trusted = parseTrustedProxies(" 127.0.0.1, ::1 ,10.0.0.0/8, fd00::/8 ");
    expect(trusted.size).toBe(4);
    for (const ip of ["127.0.0.1", "::1", "10.20.30.40", "fd12::7"]) expect(trusted.isTrusted(ip)).toBe(true);
    for (const ip of ["127.0.0.2", "11.0.0.1", "2001:db8::1"]) expect(trusted.isTrusted(ip)).toBe(false);
  });

  it("trusts nothing when empty or unset", () => {
    expect(none.isTrusted("127.0.0.1")).toBe(false);
    expect(parseTrustedProxies(undefined).size).toBe(0);
  });

  it("refuses what is not an address or range, naming it", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.1/8/8", "::1/129", "10.0.0/8", "*"]) {
      expect(() => parseTrustedProxies(`127.0.0.1,${bad}`)).toThrow(`"${bad}" is not an IP address or range`);
    }
  });
});

describe("resolveClientAddress", () => {
  it("without a trusted proxy, takes the socket address and ignores X-Forwarded-For", () => {
    expect(resolveClientAddress("198.51.100.7", "203.0.113.5", none)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:198.51.100.7", undefined, none)).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, "203.0.113.5", none)).toBe("unknown");
  });

  it("when the socket peer is not a trusted proxy, X-Forwarded-For is ignored even with proxies set", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    expect(resolveClientAddress("198.51.100.7", "10.0.0.1, 203.0.113.5", trusted)).toBe("198.51.100.7");
  });

  it("behind trusted proxies, takes the first untrusted address from the right", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    // The client wrote "1.2.3.4"; nginx appended the address it saw (203.0.113.5).
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, 203.0.113.5", trusted)).toBe("203.0.113.5");
    // Two trusted proxies: the load balancer's own entry (10.1.1.1) is skipped.
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4, 203.0.113.5, 10.1.1.1", trusted)).toBe(
      "203.0.113.5",
    );
    expect(resolveClientAddress("127.0.0.1", ["1.2.3.4", "[2001:db8::9]:4711"], trusted)).toBe("2001:db8::9");
    // No header: the request came from the proxy host itself.
    expect(resolveClientAddress("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
    // Nonsense where the proxy's entry should be: everything lands on the proxy (one shared limit).
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, nonsense", trusted)).toBe("127.0.0.1");
  });
});

/** A real HTTP server with the production server's request wrapper, answering with the limit key's address. */
let server: http.Server | undefined;
afterEach(() => server?.close());

async function serve(trustedProxies: string): Promise<number> {
  server = http.createServer(
    withClientAddress((req, res) => {
      res.end(clientAddressFrom(new Headers(req.headers as Record<string, string>)));
    }, parseTrustedProxies(trustedProxies)),
  );
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("the server's request wrapper with a real HTTP request", () => {
  it("counts a client that forges X-Forwarded-For (and the internal header) by its socket address", async () => {
    const port = await serve("");
    const forged = { "x-forwarded-for": "203.0.113.99", "x-peiling-client-address": "203.0.113.98" };
    expect(await get(port, forged)).toBe("127.0.0.1");
    expect(await get(port, { "x-forwarded-for": "203.0.113.100" })).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, counts the address that proxy appended", async () => {
    const port = await serve("127.0.0.1");
    expect(await get(port, { "x-forwarded-for": "1.2.3.4, 203.0.113.5" })).toBe("203.0.113.5");
    expect(await get(port, {})).toBe("127.0.0.1");
  });
});
