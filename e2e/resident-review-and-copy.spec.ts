import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { goToReview, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { linkIn, waitForMessage } from "./support/mailbox";
import { DEMO_SLUG, DEMO_URL, newestDemoResponse, startSurveyAt } from "./support/survey";

// Closing the loop (issue 13): a resident checks and changes their answers before sending, asks
// for a copy by mail, and reads on the thank-you page when and where the results appear. The
// address they typed reaches their mailbox over real SMTP and is then found nowhere in the database.

/** Every table and text column of the e2e database in which `needle` occurs ("table.column"). */
function placesHolding(needle: string): string[] {
  const tables = queryE2eDb<{ name: string }>(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
  );
  return tables.flatMap(({ name }) =>
    queryE2eDb<{ name: string; type: string }>("select name, type from pragma_table_info(?)", name)
      .filter((c) => c.type === "" || /text|char|clob|json/i.test(c.type))
      .filter(
        (c) =>
          queryE2eDb<{ n: number }>(
            `select count(*) as n from "${name}" where instr(lower("${c.name}"), ?) > 0`,
            needle.toLowerCase(),
          )[0].n > 0,
      )
      .map((c) => `${name}.${c.name}`),
  );
}

async function expectForgotten(address: string): Promise<void> {
  // The worker forgets the message just after the server took it.
  await expect.poll(() => placesHolding(address), { timeout: 15_000 }).toEqual([]);
}

async function reviewAnswerOf(page: Page, question: string) {
  return page
    .locator(".review-item")
    .filter({ has: page.locator("dt", { hasText: question }) })
    .locator("dd");
}

test("a resident changes an answer on the review page, sends with a copy, and the address is not kept", async ({
  page,
}) => {
  const address = `kopie-${Date.now()}@example.nl`;
  await startSurveyAt(page, DEMO_URL);
  await page.getByLabel("Hoe oud bent u?").fill("46");
  await walkDemoSurveyToLastPage(page);
  await expect(page.getByRole("button", { name: "Versturen" })).toHaveCount(0);
  await page.getByLabel(/tips of ideeën/).fill("Meer bankjes in het park.");
  await goToReview(page);
  await expectNoAxeViolations(page);

  // Every page on the path, with the answers and what was skipped.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controleer uw antwoorden");
  await expect(page.getByRole("heading", { level: 2, name: "Over u" })).toBeVisible();
  await expect(await reviewAnswerOf(page, "Hoe oud bent u?")).toHaveText("46 jaar");
  await expect(await reviewAnswerOf(page, "Heeft u het afgelopen jaar hulp gezocht?")).toHaveText(
    "Nee, dat was niet nodig",
  );
  await expect(page.getByText("Meer bankjes in het park.")).toBeVisible();
  await expect(page.getByText("Niet beantwoord").first()).toBeVisible();

  // "Wijzigen" opens that page; saving it comes straight back to the review.
  await page.getByRole("link", { name: "Wijzigen antwoorden bij Over u" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u\?terug=controleren$/);
  await expectNoAxeViolations(page);
  await expect(page.getByRole("button", { name: "Vorige" })).toHaveCount(0);
  await page.getByLabel("Hoe oud bent u?").fill("47");
  await page.getByRole("button", { name: "Opslaan en terug naar controleren" }).click();
  await expect(page).toHaveURL(/\/controleren$/);
  await expect(await reviewAnswerOf(page, "Hoe oud bent u?")).toHaveText("47 jaar");
  // The answer given later is kept.
  await expect(page.getByText("Meer bankjes in het park.")).toBeVisible();

  // A mistyped address is refused in Dutch, with nothing sent and nothing lost.
  const copyField = page.getByLabel("Stuur mij een kopie van mijn antwoorden");
  await copyField.fill("kopie-zonder-apenstaartje");
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in").first()).toBeVisible();
  await expect(page).toHaveURL(/\/controleren$/);
  expect(newestDemoResponse().status).toBe("in_progress");
  await expectNoAxeViolations(page);

  await copyField.fill(address);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(/\/klaar\?kopie=1$/);
  await expectNoAxeViolations(page);
  const stored = newestDemoResponse();
  expect(stored.status).toBe("completed");
  expect(stored.answers.leeftijd).toBe(47);

  // The thank-you page: the copy is on its way, where the results will be, and the Digipanel.
  await expect(page.getByText("We sturen een kopie van uw antwoorden")).toBeVisible();
  await expect(page.getByRole("link", { name: /Uitkomsten van/ })).toHaveAttribute(
    "href",
    `/resultaten/${DEMO_SLUG}`,
  );
  await expect(page.getByRole("link", { name: "Aanmelden voor het Digipanel" })).toHaveAttribute(
    "href",
    "/panel/aanmelden",
  );

  // The copy arrives with the answers as sent.
  const copy = await waitForMessage(address, { subject: /Uw antwoorden op/ });
  const text = copy.text.replace(/\r\n/g, "\n");
  expect(text).toContain("== Over u ==");
  expect(text).toContain("Hoe oud bent u?\n47 jaar");
  expect(text).toMatch(/hulp gezocht\?[^\n]*\nNee, dat was niet nodig/);
  expect(text).toContain("Meer bankjes in het park.");
  expect(text).toContain("(niet beantwoord)");
  expect(linkIn(copy, "/resultaten/")).toBe(`/resultaten/${DEMO_SLUG}`);
  await expectForgotten(address);
});

test("a resident mails the resume link to themselves; it works and the address is not kept", async ({
  page,
  browser,
}) => {
  const address = `hervat-${Date.now()}@example.nl`;
  await startSurveyAt(page, DEMO_URL);
  await page.getByLabel("Hoe oud bent u?").fill("63");
  await page.getByRole("button", { name: "Opslaan en later verder" }).click();
  await expect(page).toHaveURL(/\/bewaard$/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Uw e-mailadres").fill(address);
  await page.getByRole("button", { name: "Stuur mij de link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We hebben de link verstuurd" })).toBeVisible();
  await expect(page.getByLabel("Uw e-mailadres")).toHaveValue("");
  await expectNoAxeViolations(page);

  const mail = await waitForMessage(address, { subject: /Verder met/ });
  const link = linkIn(mail, `/s/${DEMO_SLUG}/hervatten/`);
  await expectForgotten(address);

  // On another device the link opens the answers where the resident left off.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/\/vraag\/over-u$/);
  await expect(other.getByLabel("Hoe oud bent u?")).toHaveValue("63");
});
