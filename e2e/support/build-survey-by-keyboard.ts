import { expect, type Locator, type Page } from "@playwright/test";
import { demo } from "./auth";
import { expectNoAxeViolations } from "./axe";
import { openE2eDb } from "./db";
import { pressButton, tabTo, typeInto } from "./keyboard";

/*
 * Building a survey in the builder (/beheer/surveys/nieuw → /bewerken) with the keyboard alone:
 * focus moves with Tab, values change by typing, Space and the arrow keys. Shared by the builder's
 * own spec and the review-cycle journey, which both start from a survey with every question type.
 */

/** Replaces a field's text: Tab to it, select all, type. */
export async function replaceText(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("Control+a");
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** A select changed with the arrow keys only, up or down as needed. */
export async function selectByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select
    .locator("option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(value);
  expect(target, `option ${value}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < 40 && (await select.inputValue()) !== value; i++) {
    const current = values.indexOf(await select.inputValue());
    await page.keyboard.press(current < target ? "ArrowDown" : "ArrowUp");
  }
  await expect(select).toHaveValue(value);
}

export async function check(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** A question's block in the builder, by its place ("2.3"). */
export const questionBlock = (page: Page, place: string) =>
  page.getByRole("region", { name: new RegExp(`^Vraag ${place.replace(".", "\\.")} \\(`) });

/** Adds a question of a type at the end of a page; focus lands in its text field. */
export async function addQuestion(
  page: Page,
  pageNumber: number,
  typeLabel: string,
  text: string,
): Promise<Locator> {
  const typeSelect = page.getByLabel(`Soort nieuwe vraag op pagina ${pageNumber}`);
  const value = await typeSelect.locator("option", { hasText: typeLabel }).getAttribute("value");
  await selectByKeyboard(page, typeSelect, value ?? "");
  await pressButton(page, page.getByRole("button", { name: `Vraag toevoegen aan pagina ${pageNumber}` }));
  const field = page.locator(":focus");
  await expect(field).toHaveAttribute("id", /-text$/);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
  return field;
}

/** Types option labels into a question's option list, adding options where needed. */
export async function fillOptions(
  page: Page,
  block: Locator,
  labels: string[],
  legend = "Antwoordopties",
): Promise<void> {
  const list = block.getByRole("group", { name: legend });
  for (const [index, label] of labels.entries()) {
    const field = list.getByLabel(new RegExp(`^(Optie|Schaalpunt) ${index + 1}\\b`));
    if ((await field.count()) === 0) {
      await pressButton(page, list.getByRole("button", { name: /toevoegen$/ }));
      await expect(field).toBeFocused();
      await page.keyboard.type(label);
    } else {
      await typeInto(page, field, label);
    }
    await expect(field).toHaveValue(label);
  }
}

export async function logInByKeyboard(page: Page, role: "staff" | "admin"): Promise<void> {
  const account = demo(role);
  await page.goto("/inloggen");
  await typeInto(page, page.getByLabel("E-mailadres"), account.email);
  await typeInto(page, page.getByLabel("Wachtwoord"), account.password);
  await pressButton(page, page.getByRole("button", { name: "Inloggen", exact: true }));
  await expect(page).toHaveURL(/\/beheer$/);
}

/** The builder's save message ("Opgeslagen. Dit is nu versie 1."). */
export const saveStatus = (page: Page) => page.locator(".builder-save__status");

function surveyBySlug(slug: string): { id: number; status: string; revision: number } | undefined {
  const db = openE2eDb();
  try {
    return db.prepare("select id, status, revision from surveys where slug = ?").get(slug) as
      | { id: number; status: string; revision: number }
      | undefined;
  } finally {
    db.close();
  }
}

/**
 * As a signed-in staff member: creates a survey and builds it by keyboard alone, with every
 * question type over two pages, a condition (question 1.4 shown only when 1.2 is "Nee"), a refused
 * save with its error summary, and reordering with the buttons; then saves it as version 1.
 * `slug` is the address the title leads to (the builder derives it; asserted). Returns the
 * survey's id. Leaves the page on the builder, saved.
 *
 * The survey: page 1 "Over u" — 1.1 short text "Wat is uw postcode?", 1.2 single choice
 * "Woont u in Oosterhout?" (Ja/Nee, required), 1.3 number "Hoe oud bent u?", 1.4 long text
 * "Waar woont u dan?" (conditional); page 2 "Uw buurt" — 2.1 multiple choice "Welke voorzieningen
 * gebruikt u?", 2.2 likert, 2.3 rating "Welk cijfer geeft u uw buurt?", 2.4 dropdown "In welke
 * wijk woont u?", 2.5 ranking "Wat vindt u het belangrijkst?".
 */
export async function buildEveryTypeSurvey(
  page: Page,
  { title, slug }: { title: string; slug: string },
): Promise<number> {
  await page.goto("/beheer/surveys/nieuw");
  await expectNoAxeViolations(page);

  // The address follows the title.
  await typeInto(page, page.getByLabel("Titel"), title);
  await expect(page.getByLabel("Adres (slug)")).toHaveValue(slug);
  await pressButton(page, page.getByRole("button", { name: "Enquête aanmaken" }));
  await expect(page).toHaveURL(/\/beheer\/surveys\/\d+\/bewerken$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Enquête bewerken: ${title}`);
  await expectNoAxeViolations(page);
  const survey = surveyBySlug(slug);
  expect(survey).toMatchObject({ status: "concept", revision: 1 });

  // Page 1: the starter question becomes a short open question.
  await replaceText(page, page.getByLabel("Titel van pagina 1"), "Over u");
  await replaceText(page, page.getByLabel("Vraag 1.1: tekst"), "Wat is uw postcode?");

  // A single choice question; saving it without options shows the error summary, linked to the field.
  await addQuestion(page, 1, "Eén keuze", "Woont u in Oosterhout?");
  await pressButton(page, page.getByRole("button", { name: "Opslaan", exact: true }));
  const summary = page.getByRole("alert", { name: "Er ging iets mis" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Vul dit in." })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const q2 = questionBlock(page, "1.2");
  await expect(q2.getByLabel("Optie 1")).toBeFocused();
  await fillOptions(page, q2, ["Ja", "Nee"]);
  await expect(q2.getByText("Waarde: nee")).toBeVisible();
  await check(page, q2.getByLabel("Vraag 1.2 is verplicht"));

  await addQuestion(page, 1, "Getal", "Hoe oud bent u?");
  const q3 = questionBlock(page, "1.3");
  await typeInto(page, q3.getByLabel("Kleinste getal"), "12");
  await typeInto(page, q3.getByLabel("Grootste getal"), "120");
  await typeInto(page, q3.getByLabel(/^Eenheid/), "jaar");

  // A follow-up question, shown only to people who do not live in Oosterhout.
  await addQuestion(page, 1, "Lang open antwoord", "Waar woont u dan?");
  const q4 = questionBlock(page, "1.4");
  await check(page, q4.getByLabel("Alleen tonen als aan voorwaarden is voldaan"));
  await expect(q4.getByRole("combobox", { name: "Tonen als (verplicht)" })).toHaveValue("all");
  await selectByKeyboard(page, q4.getByLabel("Voorwaarde 1: vraag"), "vraag-2");
  await expect(q4.getByLabel("Voorwaarde 1: vraag").locator("option:checked")).toHaveText(
    "1.2 Woont u in Oosterhout?",
  );
  await selectByKeyboard(page, q4.getByLabel("Voorwaarde 1: het antwoord"), "equals");
  await selectByKeyboard(page, q4.getByLabel("Voorwaarde 1: waarde"), "nee");
  await expectNoAxeViolations(page);

  // Page 2, whose starter question becomes a multiple choice question.
  await pressButton(page, page.getByRole("button", { name: "Pagina toevoegen" }));
  await expect(page.getByLabel("Titel van pagina 2")).toBeFocused();
  await replaceText(page, page.getByLabel("Titel van pagina 2"), "Uw buurt");
  await typeInto(page, page.getByLabel("Vraag 2.1: tekst"), "Welke voorzieningen gebruikt u?");
  await selectByKeyboard(page, page.getByLabel("Soort vraag 2.1"), "multiple_choice");
  const q21 = questionBlock(page, "2.1");
  await fillOptions(page, q21, ["Bibliotheek", "Sportclub", "Buurthuis"]);
  await check(page, q21.getByLabel(/Anders, namelijk/));

  await addQuestion(
    page,
    2,
    "Stellingen met een schaal (Likert)",
    "Hoe eens bent u het met deze stellingen?",
  );
  const q22 = questionBlock(page, "2.2");
  await typeInto(page, q22.getByLabel("Stelling 1"), "Mijn buurt is veilig");
  await pressButton(page, q22.getByRole("button", { name: "Stelling toevoegen" }));
  await expect(q22.getByLabel("Stelling 2")).toBeFocused();
  await page.keyboard.type("Ik ken mijn buren");
  await expect(q22.getByText("Code: ik-ken-mijn-buren")).toBeVisible();
  await expect(q22.getByRole("group", { name: "Schaal" }).getByLabel(/^Schaalpunt/)).toHaveCount(5);

  await addQuestion(page, 2, "Cijfer van 0 tot 10", "Welk cijfer geeft u uw buurt?");
  const q23 = questionBlock(page, "2.3");
  await typeInto(page, q23.getByLabel("Uitleg bij 0"), "Heel slecht");
  await typeInto(page, q23.getByLabel("Uitleg bij 10"), "Heel goed");

  await addQuestion(page, 2, "Keuzelijst", "In welke wijk woont u?");
  await fillOptions(page, questionBlock(page, "2.4"), ["Centrum", "Oosterheide"]);

  await addQuestion(page, 2, "Rangorde", "Wat vindt u het belangrijkst?");
  await fillOptions(page, questionBlock(page, "2.5"), ["Zorg", "Werk", "Wonen"]);

  // Reordering by keyboard: focus stays on the moved question's button, the new place is announced.
  await pressButton(page, page.getByRole("button", { name: "Vraag 2.5 omhoog" }));
  await expect(page.getByRole("button", { name: "Vraag 2.4 omhoog" })).toBeFocused();
  await expect(page.getByTestId("builder-announcer")).toHaveText("Vraag staat nu op plaats 4 van 5.");
  await expect(questionBlock(page, "2.4")).toContainText("Rangorde");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Vraag 2.4 omlaag" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Vraag 2.5 omlaag" })).toBeFocused();
  await expect(questionBlock(page, "2.5")).toContainText("Rangorde");
  await expectNoAxeViolations(page);

  await pressButton(page, page.getByRole("button", { name: "Opslaan", exact: true }));
  await expect(saveStatus(page)).toHaveText("Opgeslagen. Dit is nu versie 1.");
  await expectNoAxeViolations(page);
  return (survey as { id: number }).id;
}
