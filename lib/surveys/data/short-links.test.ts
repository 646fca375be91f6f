import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("short-links");

import { getDb } from "@/db/client";
import { AuthorizationError } from "@/lib/accounts/errors";
import { wasteCollectionDefinition } from "@/lib/surveys/definition/test-definitions";
import type { SurveyStatus } from "@/lib/surveys/types";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { findShortLinkSlug, getSurveyShortCode } from "./short-links";
import { insertSurveyWithVersion } from "./survey-import";

const definition = wasteCollectionDefinition;

let seq = 0;
async function survey(status: SurveyStatus) {
  seq += 1;
  const slug = `afval-${seq}`;
  const { surveyId } = await insertSurveyWithVersion(getDb(), {
    slug,
    definition,
    status,
    frozen: status !== "concept",
  });
  return { surveyId, slug };
}

describe("a survey's short link", () => {
  beforeEach(async () => {
    await signInAs("staff");
  });

  it("is made once and then kept: a printed code keeps working", async () => {
    const { surveyId, slug } = await survey("open");
    const code = await getSurveyShortCode(surveyId);
    expect(code).toMatch(/^[2-9a-hjkmnp-z]{6}$/);
    expect(await getSurveyShortCode(surveyId)).toBe(code);
    expect(await findShortLinkSlug(code ?? "")).toBe(slug);
    // Typed from paper in capitals, with a dash.
    expect(await findShortLinkSlug(`${code?.slice(0, 3).toUpperCase()}-${code?.slice(3)}`)).toBe(slug);
  });

  it("differs per survey", async () => {
    const codes = new Set<string | undefined>();
    for (let i = 0; i < 5; i += 1) codes.add(await getSurveyShortCode((await survey("open")).surveyId));
    expect(codes.size).toBe(5);
  });

  it("leads residents nowhere for a draft, and to the closed survey's page once it is closed", async () => {
    const draft = await survey("concept");
    expect(await findShortLinkSlug((await getSurveyShortCode(draft.surveyId)) ?? "")).toBeNull();
    const closed = await survey("closed");
    expect(await findShortLinkSlug((await getSurveyShortCode(closed.surveyId)) ?? "")).toBe(closed.slug);
    expect(await findShortLinkSlug("zzzzzz")).toBeNull();
    expect(await findShortLinkSlug("../../etc")).toBeNull();
  });

  it("is not made for a survey that does not exist, nor for someone who is not staff", async () => {
    expect(await getSurveyShortCode(999_999)).toBeUndefined();
    const { surveyId } = await survey("open");
    signOut();
    await expect(getSurveyShortCode(surveyId)).rejects.toBeInstanceOf(AuthorizationError);
    await signInAs("adviesraad");
    await expect(getSurveyShortCode(surveyId)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
