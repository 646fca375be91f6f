import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Replaced: the cookie layer (which session the request names) and next-intl's request-bound
// helper, which gets the real Dutch catalogue. The route handlers, data functions, permission
// table and database are the real ones.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const messages = { results: (await import("@/messages/nl/results.json")).default };
  return {
    getTranslations: async (namespace?: string) =>
      createTranslator({
        locale: "nl",
        messages,
        namespace: namespace as never,
        timeZone: "Europe/Amsterdam",
      }),
  };
});

setUpTempDatabase("same-origin-routes");

import { GET as letterCodesCsv } from "@/app/beheer/panels/[id]/lettercodes/[batchId]/csv/route";
import { GET as surveyDefinition } from "@/app/beheer/surveys/[id]/export/route";
import { POST as microdataFile } from "@/app/beheer/surveys/[id]/resultaten/export/bestand/route";
import { GET as myData } from "@/app/panel/mijn/gegevens/route";
import { getDb } from "@/db/client";
import { answers, auditLog, responses, surveys, surveyVersions } from "@/db/schema";
import { signInAs } from "@/lib/testing/signed-in";
import { CROSS_SITE_MESSAGE } from "../same-origin";

const ORIGIN = "http://peiling.test:3000";
/** What a browser sends for a click or a form on our own page. */
const FROM_OUR_PAGE = { host: "peiling.test:3000", "sec-fetch-site": "same-origin", origin: ORIGIN };
/** What a browser sends when another site's page posts a form or follows a link to us. */
const FROM_EVIL_PAGE = {
  host: "peiling.test:3000",
  "sec-fetch-site": "cross-site",
  origin: "https://evil.example",
};

let surveyId = 0;

/** An open survey titled "Test" in its definition, with one completed response and its answer. */
async function seedSurvey(): Promise<number> {
  const db = getDb();
  const [survey] = await db
    .insert(surveys)
    .values({ slug: "same-origin", title: "Enquête same-origin", status: "open" })
    .returning({ id: surveys.id });
  const definition = {
    title: "Test",
    pages: [{ id: "p1", title: "Pagina", questions: [{ id: "cijfer", type: "rating", text: "Cijfer?" }] }],
  };
  const [version] = await db
    .insert(surveyVersions)
    .values({ surveyId: survey.id, number: 1, definition })
    .returning({ id: surveyVersions.id });
  await db.update(surveys).set({ currentVersionId: version.id }).where(eq(surveys.id, survey.id));
  const [response] = await db
    .insert(responses)
    .values({
      surveyId: survey.id,
      versionId: version.id,
      channel: "public",
      status: "completed",
      completedAt: new Date("2026-05-01T10:00:00Z"),
      resumeTokenHash: "same-origin-token",
      resumeCodeHash: "same-origin-code",
      resumeTokenSealed: "x",
      resumeCodeSealed: "x",
    })
    .returning({ id: responses.id });
  await db.insert(answers).values({ responseId: response.id, questionId: "cijfer", value: 8 });
  return survey.id;
}

async function exportsInAudit(): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(auditLog)
    .where(eq(auditLog.action, "results.microdata_exported"));
  return row.n;
}

function microdataPost(headers: Record<string, string>): Promise<Response> {
  const request = new Request(`${ORIGIN}/beheer/surveys/${surveyId}/resultaten/export/bestand`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    body: "format=csv",
  });
  return microdataFile(request, { params: Promise.resolve({ id: String(surveyId) }) });
}

beforeAll(async () => {
  surveyId = await seedSurvey();
  await signInAs("staff");
});

describe("route handlers that hand out data refuse another site", () => {
  it("microdata export: another site's form gets 403 and no file, no export is recorded", async () => {
    const before = await exportsInAudit();
    const refused = await microdataPost(FROM_EVIL_PAGE);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(CROSS_SITE_MESSAGE);
    expect(refused.headers.get("content-disposition")).toBeNull();
    expect(await exportsInAudit()).toBe(before);
  });

  it("microdata export: the export page's own form still downloads the file", async () => {
    const before = await exportsInAudit();
    const response = await microdataPost(FROM_OUR_PAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".*\.csv"/);
    expect(await response.text()).toContain("Kanaal");
    expect(await exportsInAudit()).toBe(before + 1);
  });

  it("survey definition download: a link from another site is refused, our own link and a pasted address work", async () => {
    const url = `${ORIGIN}/beheer/surveys/${surveyId}/export`;
    const params = { params: Promise.resolve({ id: String(surveyId) }) };
    const refused = await surveyDefinition(new Request(url, { headers: FROM_EVIL_PAGE }), params);
    expect(refused.status).toBe(403);
    const ours = await surveyDefinition(
      new Request(url, { headers: { "sec-fetch-site": "same-origin" } }),
      params,
    );
    expect(ours.status).toBe(200);
    expect(JSON.parse(await ours.text())).toMatchObject({ title: "Test" });
    // Typed or pasted into the address bar: Sec-Fetch-Site "none", and no Origin on a GET.
    const pasted = await surveyDefinition(
      new Request(url, { headers: { "sec-fetch-site": "none" } }),
      params,
    );
    expect(pasted.status).toBe(200);
  });

  it("letter codes and a member's own data: a link from another site is refused", async () => {
    const codes = await letterCodesCsv(
      new Request(`${ORIGIN}/beheer/panels/1/lettercodes/1/csv`, { headers: FROM_EVIL_PAGE }),
      {
        params: Promise.resolve({ id: "1", batchId: "1" }),
      },
    );
    expect(codes.status).toBe(403);
    const mine = await myData(new Request(`${ORIGIN}/panel/mijn/gegevens`, { headers: FROM_EVIL_PAGE }));
    expect(mine.status).toBe(403);
    expect(await mine.text()).toBe(CROSS_SITE_MESSAGE);
  });
});
