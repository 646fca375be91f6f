import { describe, expect, it } from "vitest";
import type { ConditionNode, SurveyDefinitionInput } from "./schema";
import type { ItemChange } from "./version-diff";
import { diffDefinitions } from "./version-diff";
import { copy, field, opt, page, parse, question, v1 } from "./version-diff-test-support";

describe("diffDefinitions: fields, options, statements and conditions", () => {
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
});
