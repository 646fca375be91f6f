import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_DB_FILE, openE2eDb } from "./support/db";
import { importSurveyCopy } from "./support/operator-cli";

test("the home page lists the open survey and links to it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Denk mee met de gemeente Oosterhout");
  await expectNoAxeViolations(page);
  const open = page.getByRole("listitem").filter({ hasText: "Sociaal domein Oosterhout 2026" });
  await expect(open).toBeVisible();
  // A draft is never listed.
  await expect(page.getByText("Mantelzorg")).toHaveCount(0);
  await open.getByRole("link", { name: /Vul de vragenlijst/ }).click();
  await expect(page).toHaveURL(/\/s\/sociaal-domein-2026$/);
  await expect(page.getByRole("heading", { name: "Wat gebeurt er met uw antwoorden?" })).toBeVisible();
});

test("the health check names the database engine and says the database answers", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ ok: true, engine: "sqlite", database: "answers" });
});

test("the site has an icon, so browsers asking for /favicon.ico get one instead of a 404", async ({
  request,
}) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

for (const [url, heading] of [
  ["/privacy", "Privacyverklaring"],
  ["/toegankelijkheid", "Toegankelijkheid"],
]) {
  test(`${url} is a complete statement page`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("an unknown survey and a draft give a Dutch 404 page, not an error", async ({ page }) => {
  for (const slug of ["bestaat-niet", "mantelzorg-2026"]) {
    const response = await page.goto(`/s/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vragenlijst niet gevonden");
    await expectNoAxeViolations(page);
  }
  const response = await page.goto("/deze-pagina-bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
});

test("a closed survey says so and takes no answers", async ({ page }) => {
  // Set up a closed survey with the operator CLI and a status change in the real database.
  // Its own title, so lists that name the demo survey are not confused by this copy.
  importSurveyCopy("sociaal-domein-2026", "gesloten-2025", (definition) => ({
    ...definition,
    title: "Gesloten peiling 2025",
  }));
  const setStatus = (status: string) => {
    const db = new Database(E2E_DB_FILE);
    db.prepare(
      `update surveys set status = ?, current_version_id =
         (select max(id) from survey_versions v where v.survey_id = surveys.id) where slug = 'gesloten-2025'`,
    ).run(status);
    db.close();
  };
  // A resident starts while it is open; it closes before they send their first page.
  setStatus("open");
  await page.goto("/s/gesloten-2025");
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  setStatus("closed");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Deze vragenlijst is gesloten" })).toContainText(
    "Deze vragenlijst is gesloten. U kunt geen antwoorden meer geven.",
  );

  const response = await page.goto("/s/gesloten-2025");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("gesloten")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the database has no place for IP addresses or browser details with answers", () => {
  const db = openE2eDb();
  try {
    for (const table of ["responses", "answers"]) {
      const columns = (db.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns.length).toBeGreaterThan(0);
      expect(columns.filter((c) => /ip|addr|agent|browser|device/i.test(c))).toEqual([]);
    }
  } finally {
    db.close();
  }
});
