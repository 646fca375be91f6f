import { describe, expect, it } from "vitest";
import {
  generateLetterCode,
  hashLetterCode,
  LETTER_CODE_ALPHABET,
  LETTER_CODE_BITS,
  normalizeLetterCode,
} from "./letter-codes";

describe("letter codes", () => {
  it("carry at least 60 random bits, in three groups of four from an alphabet without I, L, O, U", () => {
    expect(LETTER_CODE_ALPHABET).toHaveLength(32);
    expect(LETTER_CODE_BITS).toBeGreaterThanOrEqual(60);
    expect(LETTER_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const code = generateLetterCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("are all different in a batch the size of a large mailing", () => {
    const codes = new Set(Array.from({ length: 20_000 }, () => generateLetterCode()));
    expect(codes.size).toBe(20_000);
  });

  it("use every symbol equally often (no modulo bias)", () => {
    // Every byte value once: each of the 32 symbols must come out exactly 8 times per position.
    let offset = 0;
    const counts = new Map<string, number>();
    for (let i = 0; i < 256 / 12 + 1; i++) {
      const code = generateLetterCode((n) => Buffer.from(Array.from({ length: n }, () => offset++ % 256)));
      for (const ch of code.replace(/-/g, "")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    const values = [...counts.values()];
    expect(counts.size).toBe(32);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });

  it("read back what people type: case, spaces, dashes and look-alike letters do not matter", () => {
    expect(normalizeLetterCode("7kq2 m9xh 4tnb")).toBe("7KQ2-M9XH-4TNB");
    expect(normalizeLetterCode(" 7KQ2-M9XH-4TNB ")).toBe("7KQ2-M9XH-4TNB");
    expect(normalizeLetterCode("7KQ2M9XH4TNB")).toBe("7KQ2-M9XH-4TNB");
    expect(normalizeLetterCode("7kq2–m9xh–4tnb")).toBe("7KQ2-M9XH-4TNB");
    // O is zero, I and L are one.
    expect(normalizeLetterCode("O1I2-L3OO-ABCD")).toBe("0112-1300-ABCD");
  });

  it("refuse input that cannot be a code", () => {
    expect(normalizeLetterCode("")).toBeNull();
    expect(normalizeLetterCode("7KQ2-M9XH-4TN")).toBeNull();
    expect(normalizeLetterCode("7KQ2-M9XH-4TNBX")).toBeNull();
    expect(normalizeLetterCode("UUUU-M9XH-4TNB")).toBeNull();
    expect(normalizeLetterCode("7KQ2-M9XH-4TN!")).toBeNull();
  });

  it("hash the canonical form, so every way of typing a code finds the same row", () => {
    const a = normalizeLetterCode("7kq2 m9xh 4tnb") as string;
    const b = normalizeLetterCode("7KQ2M9XH4TNB") as string;
    expect(hashLetterCode(a)).toBe(hashLetterCode(b));
    expect(hashLetterCode(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLetterCode(a)).not.toBe(hashLetterCode("7KQ2-M9XH-4TNC"));
  });
});
