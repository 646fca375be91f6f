import { describe, expect, it } from "vitest";
import { newShortCode, normalizeShortCode, SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from "./short-code";

describe("short codes for posters and letters", () => {
  it("are six signs without the look-alikes 0, o, 1, l and i", () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newShortCode();
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{6}$/);
    }
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01ilo]/);
    expect(SHORT_CODE_LENGTH).toBe(6);
  });

  it("are drawn from the whole alphabet", () => {
    const picks = [0, 30, 7, 15, 22, 3];
    expect(newShortCode(() => picks.shift() ?? 0)).toBe("2z9hr5");
  });

  it("read what a person typed from paper: capitals, spaces and dashes forgiven", () => {
    expect(normalizeShortCode("7GH-3MX")).toBe("7gh3mx");
    expect(normalizeShortCode(" 7gh 3mx ")).toBe("7gh3mx");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeShortCode("7gh3m")).toBeNull();
    expect(normalizeShortCode("7gh3mxx")).toBeNull();
    expect(normalizeShortCode("7gh3m0")).toBeNull();
    expect(normalizeShortCode("../etc")).toBeNull();
  });
});
