import { describe, expect, it } from "vitest";
import { type ConditionNode, QUESTION_TYPES, type SurveyDefinition } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { mantelzorgDefinition } from "./mantelzorg-concept";
import { sociaalDomeinDefinition } from "./oosterhout-sociaal-domein";

function parsed(input: unknown): SurveyDefinition {
  const result = parseDefinition(input);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.definition;
}

function referencedQuestions(node: ConditionNode): string[] {
  if ("all" in node) return node.all.flatMap(referencedQuestions);
  if ("any" in node) return node.any.flatMap(referencedQuestions);
  return [node.question];
}

describe("demo survey: sociaal domein Oosterhout", () => {
  const definition = parsed(sociaalDomeinDefinition);
  const questions = definition.pages.flatMap((p) => p.questions);

  it("passes parseDefinition", () => {
    expect(parseDefinition(sociaalDomeinDefinition)).toMatchObject({ ok: true });
  });

  it("uses every question type", () => {
    const used = new Set(questions.map((q) => q.type));
    expect([...QUESTION_TYPES].filter((t) => !used.has(t))).toEqual([]);
  });

  it("has at least 20 questions on at least 4 pages, with unique ids", () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(definition.pages.length).toBeGreaterThanOrEqual(4);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it("offers 'anders, namelijk' and 'weet niet' on single and multiple choice questions", () => {
    const choice = questions.filter((q) => q.type === "single_choice" || q.type === "multiple_choice");
    expect(choice.some((q) => q.type === "single_choice" && q.other)).toBe(true);
    expect(choice.some((q) => q.type === "single_choice" && q.dontKnow)).toBe(true);
    expect(choice.some((q) => q.type === "multiple_choice" && q.other && q.dontKnow)).toBe(true);
  });

  it("has conditional questions on the same page and on an earlier page, and a conditional page", () => {
    const pageOf = new Map(definition.pages.flatMap((p, i) => p.questions.map((q) => [q.id, i] as const)));
    const conditional = questions.filter((q) => q.visibleIf);
    expect(conditional.length).toBeGreaterThanOrEqual(2);
    const distances = conditional.flatMap((q) =>
      referencedQuestions(q.visibleIf as ConditionNode).map((ref) => {
        const from = pageOf.get(ref);
        expect(from, `${q.id} refers to unknown question ${ref}`).toBeDefined();
        return (pageOf.get(q.id) as number) - (from as number);
      }),
    );
    expect(distances).toContain(0);
    expect(distances.some((d) => d > 0)).toBe(true);
    expect(distances.every((d) => d >= 0)).toBe(true);
    expect(definition.pages.some((p) => p.visibleIf)).toBe(true);
  });

  it("has one Positieve Gezondheid page with six 0-10 ratings", () => {
    const blocks = definition.pages.filter((p) => p.block === "positive_health");
    expect(blocks).toHaveLength(1);
    expect(blocks[0].questions.map((q) => q.type)).toEqual(Array(6).fill("rating"));
    expect(blocks[0].intro).toMatch(/geen test/);
  });

  it("explains privacy: no IP address, anonymous, retention, AVG rights and contact", () => {
    expect(definition.privacy).toMatch(/IP-adres/);
    expect(definition.privacy).toMatch(/anoniem/);
    expect(definition.privacy).toMatch(/24 maanden/);
    expect(definition.privacy).toMatch(/AVG/);
    expect(definition.privacy).toMatch(/14 0162/);
  });

  it("has a number question with bounds and a long text with a maximum length", () => {
    expect(questions.some((q) => q.type === "number" && q.min !== undefined && q.max !== undefined)).toBe(
      true,
    );
    expect(questions.some((q) => q.type === "long_text" && q.maxLength <= 2000)).toBe(true);
  });
});

describe("demo survey: mantelzorg (concept)", () => {
  it("passes parseDefinition", () => {
    expect(parseDefinition(mantelzorgDefinition)).toMatchObject({ ok: true });
  });
});
