import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

/** The policy as the browser reads it: directive name → its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this response's nonce run, never inline ones without it", () => {
    const policy = parse(contentSecurityPolicy({ nonce: "abc123==", https: false }));
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
  });

  it("forbids plugins, framing, foreign form targets and a moved base URL", () => {
    const policy = parse(contentSecurityPolicy({ nonce: "n0nce", https: false }));
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("upgrades insecure requests only on an https site", () => {
    expect(
      parse(contentSecurityPolicy({ nonce: "n0nce", https: false })).has("upgrade-insecure-requests"),
    ).toBe(false);
    expect(
      parse(contentSecurityPolicy({ nonce: "n0nce", https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
  });

  it("adds a municipality's embedded source to its one directive", () => {
    const policy = parse(
      contentSecurityPolicy({
        nonce: "n0nce",
        https: true,
        additional: { "frame-src": ["https://video.example.nl"], "img-src": ["https://kaart.example.nl"] },
      }),
    );
    expect(policy.get("frame-src")).toEqual(["'self'", "https://video.example.nl"]);
    expect(policy.get("img-src")).toContain("https://kaart.example.nl");
    expect(policy.get("script-src")).not.toContain("https://video.example.nl");
  });

  it("refuses a source or nonce that would smuggle in another directive", () => {
    expect(() =>
      contentSecurityPolicy({ nonce: "n0nce", https: false, additional: { "img-src": ["x; script-src *"] } }),
    ).toThrow(/invalid CSP source/);
    expect(() => contentSecurityPolicy({ nonce: "x'; script-src *", https: false })).toThrow(/base64/);
  });
});

describe("createNonce", () => {
  it("gives a different base64 value of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
