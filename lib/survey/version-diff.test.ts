import { describe, expect, it } from "vitest";
import type { ConditionNode, SurveyDefinition, SurveyDefinitionInput } from "./schema";
import { surveyDefinitionSchema } from "./schema";
import type { FieldChange, ItemChange } from "./version-diff";
import { diffDefinitions, type PageDiff, type QuestionDiff } from "./version-diff";

// Hand-made versions of a small survey, as staff would revise it after the Adviesraad's advice.

const opt = (value: string, label: string) => ({ value, label });

const v1Input: SurveyDefinitionInput = {
  title: "Mantelzorg in Oosterhout",
  intro: "Wij willen weten hoe het met u gaat.",
  privacy: "Wij bewaren alleen uw antwoorden.",
  closing: "Dank u wel.",
  estimatedMinutes: 5,
  pages: [
    {
      id: "zorg",
      title: "Uw zorg",
      questions: [
        {
          id: "voor-wie",
          type: "single_choice",
          text: "Voor wie zorgt u het meest?",
          required: true,
          options: [
            opt("partner", "Mijn partner"),
            opt("ouder", "Mijn vader of moeder"),
            opt("kind", "Mijn kind"),
          ],
        },
        { id: "uren", type: "number", text: "Hoeveel uur per week zorgt u?", min: 0, max: 168 },
        { id: "zwaar", type: "rating", text: "Hoe zwaar is de zorg voor u?" },
      ],
    },
    {
      id: "steun",
      title: "Steun",
      questions: [
        {
          id: "stellingen",
          type: "likert",
          text: "Hoe eens bent u het hiermee?",
          statements: [
            { id: "s1", text: "Ik krijg genoeg steun." },
            { id: "s2", text: "Ik weet waar ik hulp vind." },
          ],
          scale: [opt("1", "Oneens"), opt("2", "Neutraal"), opt("3", "Eens")],
        },
        { id: "wens", type: "long_text", text: "Welke steun zou u helpen?" },
      ],
    },
    {
      id: "over-u",
      title: "Over u",
      questions: [{ id: "wijk", type: "short_text", text: "In welke wijk woont u?" }],
    },
  ],
};

const parse = (input: SurveyDefinitionInput): SurveyDefinition => surveyDefinitionSchema.parse(input);
const v1 = parse(v1Input);
/** A deep copy of version 1 to change by hand in each test. */
const copy = (): SurveyDefinitionInput => structuredClone(v1Input);

const page = (diff: { pages: PageDiff[] }, id: string) => {
  const found = diff.pages.find((p) => p.id === id);
  if (!found) throw new Error(`no page ${id} in diff`);
  return found;
};
const question = (diff: { pages: PageDiff[] }, id: string): QuestionDiff => {
  const found = diff.pages.flatMap((p) => p.questions).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in diff`);
  return found;
};
const field = (changes: FieldChange[], name: string) => changes.find((c) => c.field === name);
const questionOrder = (p: PageDiff) => p.questions.map((q) => `${q.id}:${q.change}`);

describe("diffDefinitions", () => {
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

  it("names each changed field of a question, with a word-level diff of its text", () => {
    const next = copy();
    const zwaar = next.pages[0].questions[2] as Record<string, unknown>;
    zwaar.text = "Hoe moeilijk is de zorg voor u?";
    zwaar.help = "0 is helemaal niet, 10 is heel erg.";
    zwaar.required = true;
    zwaar.maxLabel = "Heel zwaar";
    const uren = next.pages[0].questions[1] as Record<string, unknown>;
    uren.max = 100;
    uren.unit = "uur";
    const diff = diffDefinitions(v1, parse(next));
    const changes = question(diff, "zwaar").changes;
    expect(changes.map((c) => c.field)).toEqual(["text", "help", "maxLabel", "required"]);
    expect(field(changes, "text")).toEqual({
      kind: "text",
      field: "text",
      before: "Hoe zwaar is de zorg voor u?",
      after: "Hoe moeilijk is de zorg voor u?",
      segments: [
        { kind: "same", text: "Hoe " },
        { kind: "removed", text: "zwaar" },
        { kind: "added", text: "moeilijk" },
        { kind: "same", text: " is de zorg voor u?" },
      ],
    });
    expect(field(changes, "help")).toMatchObject({
      before: "",
      after: "0 is helemaal niet, 10 is heel erg.",
    });
    expect(field(changes, "required")).toEqual({
      kind: "value",
      field: "required",
      before: false,
      after: true,
    });
    expect(question(diff, "uren").changes.map((c) => [c.field, c.kind])).toEqual([
      ["unit", "text"],
      ["max", "value"],
    ]);
    expect(field(question(diff, "uren").changes, "max")).toMatchObject({ before: 168, after: 100 });
    expect(diff.counts.changed).toBe(2);
  });

  it("compares options by value: added, removed, relabelled and moved", () => {
    const next = copy();
    next.pages[0].questions[0] = {
      ...(next.pages[0].questions[0] as object),
      options: [
        opt("kind", "Mijn kind"),
        opt("partner", "Mijn partner"),
        opt("ouder", "Mijn vader of moeder of schoonouder"),
        opt("buur", "Iemand in mijn buurt"),
      ],
    } as SurveyDefinitionInput["pages"][number]["questions"][number];
    const diff = diffDefinitions(v1, parse(next));
    const options = field(question(diff, "voor-wie").changes, "options");
    expect(options?.kind).toBe("items");
    const items = (options as { items: ItemChange[] }).items;
    expect(items.map((i) => [i.key, i.change, i.moved, i.relabelled !== null])).toEqual([
      ["kind", "kept", true, false],
      ["partner", "kept", false, false],
      ["ouder", "kept", false, true],
      ["buur", "added", false, false],
    ]);
    expect(items[2].relabelled).toEqual([
      { kind: "same", text: "Mijn vader of moeder" },
      { kind: "added", text: " of schoonouder" },
    ]);
  });

  it("lists a removed option where it stood", () => {
    const next = copy();
    const q = next.pages[0].questions[0] as { options: { value: string; label: string }[] };
    q.options = q.options.filter((o) => o.value !== "ouder");
    const diff = diffDefinitions(v1, parse(next));
    const items = (field(question(diff, "voor-wie").changes, "options") as { items: ItemChange[] }).items;
    expect(items.map((i) => `${i.key}:${i.change}`)).toEqual(["partner:kept", "ouder:removed", "kind:kept"]);
    expect(items[1].before).toBe("Mijn vader of moeder");
  });

  it("compares statements by id and the scale by value", () => {
    const next = copy();
    const grid = next.pages[1].questions[0] as Record<string, unknown>;
    grid.statements = [
      { id: "s1", text: "Ik krijg voldoende steun." },
      { id: "s3", text: "Ik heb tijd voor mezelf." },
    ];
    grid.scale = [opt("1", "Oneens"), opt("2", "Niet eens, niet oneens"), opt("3", "Eens")];
    const diff = diffDefinitions(v1, parse(next));
    const changes = question(diff, "stellingen").changes;
    expect(changes.map((c) => c.field)).toEqual(["statements", "scale"]);
    const statements = (field(changes, "statements") as { items: ItemChange[] }).items;
    expect(statements.map((s) => `${s.key}:${s.change}`)).toEqual(["s1:kept", "s2:removed", "s3:added"]);
    expect(statements[0].relabelled?.filter((s) => s.kind !== "same")).toEqual([
      { kind: "removed", text: "genoeg" },
      { kind: "added", text: "voldoende" },
    ]);
    const scale = (field(changes, "scale") as { items: ItemChange[] }).items;
    expect(scale.filter((s) => s.relabelled).map((s) => s.key)).toEqual(["2"]);
  });

  it("reports a changed type and the settings that came or went with it", () => {
    const next = copy();
    next.pages[2].questions[0] = {
      id: "wijk",
      type: "dropdown",
      text: "In welke wijk woont u?",
      options: [opt("centrum", "Centrum"), opt("noord", "Noord")],
    };
    const diff = diffDefinitions(v1, parse(next));
    const changes = question(diff, "wijk").changes;
    expect(field(changes, "type")).toEqual({
      kind: "value",
      field: "type",
      before: "short_text",
      after: "dropdown",
    });
    expect(field(changes, "maxLength")).toEqual({
      kind: "value",
      field: "maxLength",
      before: 200,
      after: undefined,
    });
    const options = (field(changes, "options") as { items: ItemChange[] }).items;
    expect(options.map((o) => o.change)).toEqual(["added", "added"]);
  });

  it("reports an added, changed or removed condition, and ignores key order", () => {
    const next = copy();
    const condition: ConditionNode = { question: "voor-wie", operator: "equals", value: "ouder" };
    (next.pages[0].questions[2] as Record<string, unknown>).visibleIf = condition;
    next.pages[1].visibleIf = { any: [{ question: "zwaar", operator: "gt", value: 5 }] };
    let diff = diffDefinitions(v1, parse(next));
    expect(field(question(diff, "zwaar").changes, "visibleIf")).toEqual({
      kind: "condition",
      field: "visibleIf",
      before: undefined,
      after: condition,
    });
    expect(page(diff, "steun").changes.map((c) => c.kind)).toEqual(["condition"]);

    const reordered = structuredClone(next);
    (reordered.pages[0].questions[2] as Record<string, unknown>).visibleIf = {
      value: "ouder",
      operator: "equals",
      question: "voor-wie",
    };
    diff = diffDefinitions(parse(next), parse(reordered));
    expect(diff.hasChanges).toBe(false);

    const changed = structuredClone(next);
    (changed.pages[0].questions[2] as Record<string, unknown>).visibleIf = {
      question: "voor-wie",
      operator: "any_of",
      value: ["ouder", "kind"],
    };
    diff = diffDefinitions(parse(next), parse(changed));
    expect(field(question(diff, "zwaar").changes, "visibleIf")).toMatchObject({
      before: condition,
      after: { operator: "any_of", value: ["ouder", "kind"] },
    });
    diff = diffDefinitions(parse(next), v1);
    expect(field(question(diff, "zwaar").changes, "visibleIf")).toMatchObject({
      before: condition,
      after: undefined,
    });
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
