import { describe, expect, it } from "vitest";
import {
  generateResumeCode,
  generateResumeToken,
  hashSecret,
  isResumeToken,
  normalizeResumeCode,
} from "./resume-tokens";

describe("resume tokens and codes", () => {
  it("draws 128-bit tokens that differ each time", () => {
    const a = generateResumeToken();
    const b = generateResumeToken();
    expect(Buffer.from(a, "base64url")).toHaveLength(16);
    expect(isResumeToken(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it("draws codes people can read back, and accepts them as typed", () => {
    const code = generateResumeCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(normalizeResumeCode(code.toLowerCase().replace("-", " "))).toBe(code);
    expect(normalizeResumeCode(code.replace("-", ""))).toBe(code);
  });

  it("rejects codes of the wrong length or with confusable characters", () => {
    expect(normalizeResumeCode("ABCDE-FGHJ")).toBeNull();
    expect(normalizeResumeCode("ABCDE-FGHJO")).toBeNull();
    expect(normalizeResumeCode("")).toBeNull();
  });

  it("refuses values that are not tokens", () => {
    expect(isResumeToken("short")).toBe(false);
    expect(isResumeToken(`${"x".repeat(21)}'`)).toBe(false);
  });

  it("hashes deterministically without keeping the input", () => {
    expect(hashSecret("abc")).toBe(hashSecret("abc"));
    expect(hashSecret("abc")).not.toContain("abc");
    expect(hashSecret("abc")).toHaveLength(64);
  });
});
