import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { rankDemoByKeyboard } from "./support/demo-survey-answers";
import {
  chooseInSelect,
  chooseRadio,
  pressButton,
  tabTo,
  toggleCheckbox,
  typeInto,
} from "./support/keyboard";
import { DEMO_URL, demoResponses, THANK_YOU_URL } from "./support/survey";

// A resident completes the whole demo survey with the keyboard alone, and what is stored is
// exactly what they entered: at least one question of every type, and the follow-up questions.
test("a resident completes the demo survey by keyboard alone", async ({ page }) => {
  const before = new Set(demoResponses().map((r) => r.id));
  await page.goto(DEMO_URL);
  await expectNoAxeViolations(page);
  await pressButton(page, page.getByRole("button", { name: "Start de vragenlijst" }));
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  const next = () => pressButton(page, page.getByRole("button", { name: "Volgende" }));

  // Page 1: dropdown, number, single choice with "anders, namelijk", multiple choice.
  await expectNoAxeViolations(page);
  await chooseInSelect(page, page.getByLabel("In welke wijk of in welk dorp woont u?"), "arkendonk");
  await typeInto(page, page.getByLabel("Hoe oud bent u?"), "47");
  await chooseRadio(page, "huishouden.choice", "_anders");
  // The text field for "anders, namelijk" opens once that option is chosen.
  await typeInto(page, page.locator('input[name="huishouden.other"]'), "Met mijn zus");
  await toggleCheckbox(page, "dagelijkse-bezigheid.choices", "betaald-werk");
  await toggleCheckbox(page, "dagelijkse-bezigheid.choices", "mantelzorg");
  await next();

  // Page 2: Likert grid and a multiple choice with "weet niet".
  await expect(page).toHaveURL(/\/vraag\/problemen$/);
  await expectNoAxeViolations(page);
  await chooseRadio(page, "stellingen-problemen.geldzorgen", "4");
  await chooseRadio(page, "stellingen-problemen.eenzaamheid", "_weet_niet");
  await toggleCheckbox(page, "grootste-problemen.choices", "eenzaamheid");
  await next();

  // Page 3: a question whose follow-up appears on the same page; ranking with move buttons.
  await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
  await expectNoAxeViolations(page);
  await expect(page.locator('input[name="hulp-bij-wie.choices"]')).toHaveCount(0);
  await chooseRadio(page, "hulp-gezocht.choice", "ja");
  await expect(page.getByRole("group", { name: /Bij wie heeft u hulp gezocht/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await toggleCheckbox(page, "hulp-bij-wie.choices", "buren");
  await toggleCheckbox(page, "hulp-bij-wie.choices", "sociaal-wijkteam");
  const order = [
    "familie-vrienden",
    "eigen-kracht",
    "huisarts",
    "buren",
    "welzijnswerk",
    "sociaal-wijkteam",
    "gemeente",
  ];
  await rankDemoByKeyboard(page, order);
  await chooseRadio(page, "weet-waar-terecht.choice", "een-beetje");
  await next();

  // Page 4 is shown only to those who looked for help: rating and short text.
  await expect(page).toHaveURL(/\/vraag\/ervaring-hulp$/);
  await expectNoAxeViolations(page);
  await chooseRadio(page, "hulp-cijfer", "8");
  await typeInto(page, page.getByLabel("Wat kon er beter aan de hulp?"), "Sneller een afspraak");
  await next();

  // Page 5: follow-ups on this page (volunteer hours) and from page 1 (care burden).
  await expect(page).toHaveURL(/\/vraag\/meedoen$/);
  await expectNoAxeViolations(page);
  await chooseRadio(page, "vrijwilligerswerk.choice", "af-en-toe");
  await typeInto(page, page.getByLabel(/Hoeveel uur per maand/), "6");
  await chooseRadio(page, "mantelzorg-zwaarte.choice", "soms-zwaar");
  await next();

  // Page 6: the six dimensions of Positieve Gezondheid.
  await expect(page).toHaveURL(/\/vraag\/positieve-gezondheid$/);
  await expectNoAxeViolations(page);
  const health = {
    "positieve-gezondheid-lichaamsfuncties": 7,
    "positieve-gezondheid-mentaal": 6,
    "positieve-gezondheid-zingeving": 8,
    "positieve-gezondheid-kwaliteit-van-leven": 7,
    "positieve-gezondheid-meedoen": 5,
    "positieve-gezondheid-dagelijks": 9,
  };
  for (const [id, score] of Object.entries(health)) await chooseRadio(page, id, String(score));
  await next();

  // Page 7: long text, then send.
  await expect(page).toHaveURL(/\/vraag\/tot-slot$/);
  await expectNoAxeViolations(page);
  await chooseRadio(page, "rapportcijfer-hulp-oosterhout", "7");
  await typeInto(page, page.getByLabel(/tips of ideeën/), "Meer ontmoetingsplekken in de wijk.");
  await tabTo(page, page.getByRole("button", { name: "Controleren" }));
  await page.keyboard.press("Enter");

  // The review page: every answer once more, then send.
  await expect(page).toHaveURL(/\/controleren$/);
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole("button", { name: "Versturen" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(THANK_YOU_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedankt voor uw antwoorden");
  await expectNoAxeViolations(page);

  const created = demoResponses().filter((r) => !before.has(r.id));
  expect(created).toHaveLength(1);
  expect(created[0].status).toBe("completed");
  expect(created[0].channel).toBe("public");
  expect(created[0].answers).toEqual({
    wijk: "arkendonk",
    leeftijd: 47,
    huishouden: { choice: "_anders", other: "Met mijn zus" },
    "dagelijkse-bezigheid": { choices: ["betaald-werk", "mantelzorg"] },
    "stellingen-problemen": { geldzorgen: "4", eenzaamheid: "_weet_niet" },
    "grootste-problemen": { choices: ["eenzaamheid"] },
    "hulp-gezocht": { choice: "ja" },
    "hulp-bij-wie": { choices: ["buren", "sociaal-wijkteam"] },
    "eerste-hulp-volgorde": order,
    "weet-waar-terecht": { choice: "een-beetje" },
    "hulp-cijfer": 8,
    "hulp-verbeterpunt": "Sneller een afspraak",
    vrijwilligerswerk: { choice: "af-en-toe" },
    "vrijwilligerswerk-uren": 6,
    "mantelzorg-zwaarte": { choice: "soms-zwaar" },
    ...health,
    "rapportcijfer-hulp-oosterhout": 7,
    "tips-gemeente": "Meer ontmoetingsplekken in de wijk.",
  });
});
