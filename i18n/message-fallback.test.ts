import { describe, expect, it } from "vitest";
import { withFallback } from "./message-fallback";

describe("withFallback", () => {
  it("keeps the translation and takes what it lacks, at any depth, from the fallback", () => {
    const dutch = { home: { title: "Welkom", intro: "Tekst" }, staff: { title: "Beheer" } };
    expect(withFallback({ home: { title: "Witaj" } }, dutch)).toEqual({
      home: { title: "Witaj", intro: "Tekst" },
      staff: { title: "Beheer" },
    });
  });

  it("gives the fallback when there is no translation at all", () => {
    expect(withFallback(null, { a: "b" })).toEqual({ a: "b" });
  });
});
