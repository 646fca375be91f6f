import { describe, expect, it } from "vitest";
import en from "@/messages/en/validation.json";
import nl from "@/messages/nl/validation.json";
import { ANSWER_ERROR_CODES } from "./answer-types";

describe("validation messages", () => {
  it.each([
    ["nl", nl],
    ["en", en],
  ])("%s has a message for every answer error code", (_locale, messages) => {
    for (const code of ANSWER_ERROR_CODES) {
      expect(messages, code).toHaveProperty(code);
      expect((messages as Record<string, string>)[code].length).toBeGreaterThan(0);
    }
  });

  it("uses only the params the errors carry", () => {
    for (const messages of [nl, en] as Record<string, string>[]) {
      for (const code of ANSWER_ERROR_CODES) {
        const placeholders = [...messages[code].matchAll(/\{(\w+)/g)].map((m) => m[1]);
        for (const p of placeholders) expect(["min", "max"], `${code} uses {${p}}`).toContain(p);
      }
    }
  });
});
