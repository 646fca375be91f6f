import { describe, expect, it } from "vitest";
import { findPersonalData } from "@/lib/moderation/privacy";
import { highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("cuts an answer into plain text and the engine's findings, keeping every character", () => {
    const text = "Mail jan@example.nl of bel 06-12345678.";
    const segments = highlightSegments(text, findPersonalData(text));
    expect(segments).toEqual([
      { text: "Mail " },
      { text: "jan@example.nl", kind: "email" },
      { text: " of bel " },
      { text: "06-12345678", kind: "phone" },
      { text: "." },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("leaves out overlapping findings and findings past the end of the text", () => {
    const text = "Jan Jansen";
    expect(
      highlightSegments(text, [
        { kind: "name", start: 0, end: 10 },
        { kind: "name", start: 4, end: 10 },
        { kind: "email", start: 8, end: 40 },
      ]),
    ).toEqual([{ text: "Jan Jansen", kind: "name" }]);
    expect(highlightSegments("Geen gegevens", [])).toEqual([{ text: "Geen gegevens" }]);
  });
});
