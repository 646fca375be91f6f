import { describe, expect, it } from "vitest";
import {
  generateMemberSessionSecret,
  generateMemberToken,
  hashMemberSessionSecret,
  hashMemberToken,
  isMemberSessionSecret,
  isMemberToken,
  MEMBER_TOKEN_TTL_MS,
} from "./member-tokens";

describe("member tokens", () => {
  it("are 128-bit base64url strings, different every time", () => {
    const a = generateMemberToken();
    expect(isMemberToken(a)).toBe(true);
    expect(Buffer.from(a, "base64url")).toHaveLength(16);
    expect(generateMemberToken()).not.toBe(a);
    expect(isMemberToken(`${a}x`)).toBe(false);
    expect(isMemberToken("../../etc/passwd")).toBe(false);
  });

  it("are stored as hashes that differ from the session secret's hash of the same text", () => {
    const token = generateMemberToken();
    expect(hashMemberToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashMemberToken(token)).not.toBe(hashMemberSessionSecret(token));
  });

  it("last a week for a sign-up, half an hour for a sign-in link", () => {
    expect(MEMBER_TOKEN_TTL_MS.confirm_signup).toBe(7 * 24 * 3600_000);
    expect(MEMBER_TOKEN_TTL_MS.login).toBe(30 * 60_000);
  });

  it("session secrets have 256 bits", () => {
    const secret = generateMemberSessionSecret();
    expect(isMemberSessionSecret(secret)).toBe(true);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
  });
});
