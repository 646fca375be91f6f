import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openE2eDb } from "./db";

export const DEMO_SLUG = "sociaal-domein-2026";
export const DEMO_URL = `/s/${DEMO_SLUG}`;
/** The thank-you page, with or without the flags the send step adds (?via=panel, ?kopie=1). */
export const THANK_YOU_URL = /\/klaar(\?[^/]*)?$/;

/** Opens the start page, checks it, and starts the survey with a click (not the subject of most tests). */
export async function startDemoSurvey(page: Page): Promise<void> {
  await page.goto(DEMO_URL);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
}

/** Opens a survey's start page and starts it with a click (for journeys whose subject is elsewhere). */
export async function startSurveyAt(page: Page, url: string = DEMO_URL): Promise<void> {
  await page.goto(url);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
}

export async function nextPage(page: Page, expectedPageId: string): Promise<void> {
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(new RegExp(`/vraag/${expectedPageId}$`));
}

export type StoredResponse = {
  id: number;
  status: string;
  channel: string;
  answers: Record<string, unknown>;
};

/** Every response of the demo survey, newest first, with its answers as stored. */
export function demoResponses(): StoredResponse[] {
  const db = openE2eDb();
  try {
    const rows = db
      .prepare(
        `select r.id, r.status, r.channel from responses r join surveys s on s.id = r.survey_id
         where s.slug = ? order by r.id desc`,
      )
      .all(DEMO_SLUG) as { id: number; status: string; channel: string }[];
    const answers = db.prepare("select question_id, value from answers where response_id = ?");
    return rows.map((r) => ({
      ...r,
      answers: Object.fromEntries(
        (answers.all(r.id) as { question_id: string; value: string }[]).map((a) => [
          a.question_id,
          JSON.parse(a.value),
        ]),
      ),
    }));
  } finally {
    db.close();
  }
}

export function completedCount(): number {
  return demoResponses().filter((r) => r.status === "completed").length;
}

/** The newest response of the demo survey (tests run one at a time, so it is the test's own). */
export function newestDemoResponse(): StoredResponse {
  const [newest] = demoResponses();
  if (!newest) throw new Error("no response stored yet");
  return newest;
}

/** Start, then go to the page about looking for help (page 3), answering nothing on the way. */
export async function goToHelpPage(page: Page): Promise<void> {
  await startSurveyAt(page);
  await nextPage(page, "problemen");
  await nextPage(page, "hulp-zoeken");
}
