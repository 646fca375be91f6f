import { describe, expect, it } from "vitest";
import { controlDomId, fieldDomId, questionControlDomIds } from "./dom-ids";
import { sampleQuestions as q, question } from "./test-definitions";

describe("DOM ids", () => {
  it("fieldDomId names a question and a part of it", () => {
    expect(fieldDomId("q7")).toBe("vraag-q7");
    expect(fieldDomId("q7", "other")).toBe("vraag-q7-other");
  });

  it("the first control of every question carries fieldDomId(qid); all ids of a question are distinct", () => {
    for (const raw of Object.values(q)) {
      const ids = questionControlDomIds(question(raw));
      expect(ids[0]).toBe(fieldDomId(raw.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("gives options, the other field, likert rows and ranking selects their own ids", () => {
    const support = question(q.support);
    expect(controlDomId(support, { value: "wmo" })).toBe("vraag-support");
    expect(controlDomId(support, { value: "_weet_niet" })).toBe("vraag-support-optie-_weet_niet");
    expect(controlDomId(support, { part: "other" })).toBe("vraag-support-other");
    const grid = question(q.grid);
    expect(controlDomId(grid, { part: "s1", value: "1" })).toBe("vraag-grid");
    expect(controlDomId(grid, { part: "s2", value: "1" })).toBe("vraag-grid-s2");
    expect(controlDomId(grid, { part: "s2", value: "3" })).toBe("vraag-grid-s2-optie-3");
    const order = question(q.order);
    expect(controlDomId(order, { part: "zorg" })).toBe("vraag-order");
    expect(controlDomId(order, { part: "geld" })).toBe("vraag-order-geld");
    expect(controlDomId(question(q.score), { value: "0" })).toBe("vraag-score");
    expect(controlDomId(question(q.score), { value: "10" })).toBe("vraag-score-optie-10");
    expect(controlDomId(question(q.district))).toBe("vraag-district");
  });
});
