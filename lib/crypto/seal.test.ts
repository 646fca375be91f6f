import { describe, expect, it } from "vitest";
import { seal, unseal } from "./seal";

describe("resume seal", () => {
  it("opens with the same server and respondent secrets", () => {
    const sealed = seal("K7M2Q-9PXHT", "server-secret-1234567890", "token-abc");
    expect(sealed).not.toContain("K7M2Q");
    expect(unseal(sealed, "server-secret-1234567890", "token-abc")).toBe("K7M2Q-9PXHT");
  });

  it("does not open with another respondent secret or server secret", () => {
    const sealed = seal("secret", "server-secret-1234567890", "token-abc");
    expect(unseal(sealed, "server-secret-1234567890", "token-abd")).toBeNull();
    expect(unseal(sealed, "other-server-secret-000000", "token-abc")).toBeNull();
  });

  it("refuses altered or malformed values", () => {
    const sealed = seal("secret", "s".repeat(20), "t");
    const [iv, tag, body] = sealed.split(".");
    const flipped = `${iv}.${tag}.${body.startsWith("A") ? `B${body.slice(1)}` : `A${body.slice(1)}`}`;
    expect(unseal(flipped, "s".repeat(20), "t")).toBeNull();
    expect(unseal("not-sealed", "s".repeat(20), "t")).toBeNull();
  });
});
