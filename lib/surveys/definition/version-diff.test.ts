import { describe, expect, it } from "vitest";
import { diffDefinitions } from "./version-diff";
import { copy, field, page, parse, question, questionOrder, v1 } from "./version-diff-test-support";

describe("diffDefinitions: pages, questions and survey texts", () => {
  it("finds nothing between a version and itself", () => {
    const diff = diffDefinitions(v1, parse(copy()));
    expect(diff.hasChanges).toBe(false);
    expect(diff.survey).toEqual([]);
    expect(diff.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 });
    expect(diff.pages.map((p) => [p.id, p.change, p.moved])).toEqual([
      ["zorg", "kept", false],
      ["steun", "kept", false],
      ["over-u", "kept", false],
    ]);
    expect(diff.pages.flatMap((p) => p.questions).every((q) => q.changes.length === 0 && !q.moved)).toBe(
      true,
    );
  });

  it("reports an added question at its place and a removed one where it stood", () => {
    const next = copy();
    next.pages[0].questions.splice(1, 0, {
      id: "sinds",
      type: "number",
      text: "Sinds hoeveel jaar zorgt u?",
    });
    next.pages[1].questions.splice(0, 1);
    const diff = diffDefinitions(v1, parse(next));
    expect(questionOrder(page(diff, "zorg"))).toEqual([
      "voor-wie:kept",
      "sinds:added",
      "uren:kept",
      "zwaar:kept",
    ]);
    expect(questionOrder(page(diff, "steun"))).toEqual(["stellingen:removed", "wens:kept"]);
    expect(question(diff, "sinds").question.text).toBe("Sinds hoeveel jaar zorgt u?");
    expect(question(diff, "stellingen").before?.type).toBe("likert");
    // Inserting or removing a neighbour does not make the others "moved".
    expect(question(diff, "uren").moved).toBeNull();
    expect(question(diff, "wens").moved).toBeNull();
    expect(diff.counts).toEqual({ added: 1, removed: 1, moved: 0, changed: 0 });
    expect(diff.hasChanges).toBe(true);
  });

  it("reports a question moved to another page, and one moved up on its page", () => {
    const next = copy();
    const [wijk] = next.pages[2].questions.splice(0, 1, {
      id: "leeftijd",
      type: "number",
      text: "Leeftijd?",
    });
    next.pages[0].questions.push(wijk);
    const zorg = next.pages[0].questions;
    [zorg[1], zorg[2]] = [zorg[2], zorg[1]]; // zwaar before uren
    const diff = diffDefinitions(v1, parse(next));
    expect(question(diff, "wijk")).toMatchObject({
      change: "kept",
      moved: {
        fromPageId: "over-u",
        fromPageTitle: "Over u",
        fromIndex: 0,
        toPageId: "zorg",
        toIndex: 3,
        otherPage: true,
      },
      changes: [],
    });
    // Of two swapped neighbours, one counts as moved (the shortest explanation).
    const swapped = ["uren", "zwaar"].map((id) => question(diff, id).moved);
    expect(swapped.filter(Boolean)).toHaveLength(1);
    expect(swapped.find(Boolean)).toMatchObject({ fromPageId: "zorg", toPageId: "zorg", otherPage: false });
    expect(questionOrder(page(diff, "zorg"))).toEqual([
      "voor-wie:kept",
      "zwaar:kept",
      "uren:kept",
      "wijk:kept",
    ]);
    // A moved question is not also listed as removed on its old page.
    expect(questionOrder(page(diff, "over-u"))).toEqual(["leeftijd:added"]);
    expect(diff.counts).toEqual({ added: 1, removed: 0, moved: 2, changed: 0 });
  });

  it("reports added, removed, moved and renamed pages", () => {
    const next = copy();
    const [overU] = next.pages.splice(2, 1);
    next.pages.unshift({ ...overU, title: "Eerst iets over u", intro: "Een paar vragen vooraf." });
    next.pages.splice(2, 1, {
      id: "tot-slot",
      title: "Tot slot",
      questions: [{ id: "wens", type: "long_text", text: "Welke steun zou u helpen?" }],
    });
    const diff = diffDefinitions(v1, parse(next));
    expect(diff.pages.map((p) => `${p.id}:${p.change}${p.moved ? ":moved" : ""}`)).toEqual([
      "over-u:kept:moved",
      "zorg:kept",
      // A removed page stands after its old neighbour, before the page that took its place.
      "steun:removed",
      "tot-slot:added",
    ]);
    const overUDiff = page(diff, "over-u");
    expect(overUDiff).toMatchObject({ beforeIndex: 2, afterIndex: 0, title: "Eerst iets over u" });
    expect(overUDiff.changes.map((c) => c.field)).toEqual(["title", "intro"]);
    // The removed page lists what disappeared with it; its question "wens" moved to the new page.
    expect(questionOrder(page(diff, "steun"))).toEqual(["stellingen:removed"]);
    expect(question(diff, "wens").moved).toMatchObject({
      fromPageId: "steun",
      toPageId: "tot-slot",
      otherPage: true,
    });
    expect(page(diff, "steun").title).toBe("Steun");
  });

  it("reports the survey's own texts and estimated time", () => {
    const next = copy();
    next.title = "Mantelzorg in Oosterhout 2026";
    next.privacy = "Wij bewaren alleen uw antwoorden, 24 maanden lang.";
    next.estimatedMinutes = 7;
    const diff = diffDefinitions(v1, parse(next));
    expect(diff.survey.map((c) => c.field)).toEqual(["title", "privacy", "estimatedMinutes"]);
    expect(field(diff.survey, "title")).toMatchObject({
      segments: [
        { kind: "same", text: "Mantelzorg in Oosterhout" },
        { kind: "added", text: " 2026" },
      ],
    });
    expect(field(diff.survey, "estimatedMinutes")).toMatchObject({ before: 5, after: 7 });
    expect(diff.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 });
    expect(diff.hasChanges).toBe(true);
  });

  it("is symmetric: what one way adds, the other way removes", () => {
    const next = copy();
    next.pages[0].questions.push({ id: "extra", type: "short_text", text: "Nog iets?" });
    next.pages[1].questions.pop();
    const forward = diffDefinitions(v1, parse(next));
    const backward = diffDefinitions(parse(next), v1);
    expect(forward.counts).toEqual({ added: 1, removed: 1, moved: 0, changed: 0 });
    expect(backward.counts).toEqual({ added: 1, removed: 1, moved: 0, changed: 0 });
    expect(question(forward, "extra").change).toBe("added");
    expect(question(backward, "extra").change).toBe("removed");
    expect(question(forward, "wens").change).toBe("removed");
    expect(question(backward, "wens").change).toBe("added");
  });
});
