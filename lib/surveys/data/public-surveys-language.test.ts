import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("public-surveys-language");

/** The interface's language, as next-intl gives it to the resident's pages. */
let interfaceLocale = "nl";
vi.mock("next-intl/server", () => ({ getLocale: async () => interfaceLocale }));

import { surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { sociaalDomeinDefinition } from "@/lib/demo/oosterhout-sociaal-domein";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { findSurveyForRespondent, listOpenSurveys } from "./public-surveys";

async function openSurvey(slug: string, definition: unknown): Promise<void> {
  await transaction(async (tx) => {
    const [{ id }] = await tx
      .insert(surveys)
      .values({ slug, title: "Sociaal domein Oosterhout 2026", status: "open" })
      .returning({ id: surveys.id });
    const [{ versionId }] = await tx
      .insert(surveyVersions)
      .values({ surveyId: id, number: 1, definition, frozenAt: new Date() })
      .returning({ versionId: surveyVersions.id });
    await tx.update(surveys).set({ currentVersionId: versionId }).where(eq(surveys.id, id));
  });
}

function parsed(input: unknown) {
  const result = parseDefinition(input);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.definition;
}

async function lookUp(slug: string, locale: string) {
  interfaceLocale = locale;
  const lookup = await findSurveyForRespondent(slug);
  if (lookup.state !== "open") throw new Error(`survey ${slug} is ${lookup.state}`);
  return lookup.survey;
}

describe("findSurveyForRespondent in the resident's language", () => {
  it("gives the survey in the interface's language when it offers that language, ids unchanged", async () => {
    await openSurvey("demo-all", parsed(sociaalDomeinDefinition));
    const arabic = await lookUp("demo-all", "ar");
    expect(arabic.language).toBe("ar");
    expect(arabic.languages).toEqual(["nl", "en", "ar", "tr", "pl"]);
    expect(arabic.title).toBe("استبيان الشؤون الاجتماعية في أوسترهاوت 2026");
    expect(arabic.definition.pages[0]).toMatchObject({ id: "over-u", title: "عنك" });
    const dutch = await lookUp("demo-all", "nl");
    expect(dutch.language).toBe("nl");
    expect(dutch.definition.pages[0].title).toBe("Over u");
    const ids = (d: typeof dutch.definition) =>
      d.pages.flatMap((p) =>
        p.questions.map((q) => [q.id, "options" in q ? q.options.map((o) => o.value) : []]),
      );
    expect(ids(arabic.definition)).toEqual(ids(dutch.definition));
  });

  it("gives Dutch where the survey's translation is missing or incomplete", async () => {
    const { translations, ...source } = parsed(sociaalDomeinDefinition);
    const { title: _untranslated, ...incompletePolish } = translations?.pl ?? {};
    await openSurvey("demo-en", { ...source, translations: { en: translations?.en, pl: incompletePolish } });
    const turkish = await lookUp("demo-en", "tr");
    expect(turkish.language).toBe("nl");
    expect(turkish.languages).toEqual(["nl", "en"]);
    expect(turkish.definition.title).toBe("Sociaal domein Oosterhout 2026");
    expect((await lookUp("demo-en", "pl")).language).toBe("nl");
    expect((await lookUp("demo-en", "en")).definition.title).toBe("Social domain Oosterhout 2026");
  });

  it("lists open surveys with their title and introduction in the language they are shown in", async () => {
    interfaceLocale = "pl";
    const listed = await listOpenSurveys();
    expect(listed.find((s) => s.slug === "demo-all")).toMatchObject({
      title: "Sprawy socjalne Oosterhout 2026",
      language: "pl",
    });
    expect(listed.find((s) => s.slug === "demo-en")).toMatchObject({
      title: "Sociaal domein Oosterhout 2026",
      language: "nl",
    });
  });
});
