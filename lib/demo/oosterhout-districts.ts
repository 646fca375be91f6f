/*
 * DEMO DATA, not the CBS map: a plausible table from postcode (four digits) to district for
 * Oosterhout (the town's 4901–4909 and the villages Den Hout, Oosteind and Dorst), and plausible
 * population figures. Administrators replace both with the real ones (/beheer/panels/wijken and
 * /beheer/panels/bevolking).
 */

export const DEMO_DISTRICTS: Record<string, string> = {
  "4901": "Centrum",
  "4902": "Oosterheide",
  "4903": "Arkendonk",
  "4904": "Slotjes",
  "4905": "Zuiderhout",
  "4906": "Dommelbergen",
  "4907": "Vrachelen",
  "4908": "Everdenberg",
  "4909": "De Contreie",
  "4911": "Den Hout",
  "4912": "Oosteind",
  "4923": "Dorst",
};

export const DEMO_POPULATION_SOURCE =
  "demo-cijfers: verzonnen voor de demo, niet van het CBS (Oosterhout, ongeveer 56.000 inwoners, van wie 48.130 van 12 jaar en ouder)";

/** Inhabitants aged 12 and over per age group and sex ("35-49|vrouw"). */
export const DEMO_AGE_SEX: Record<string, number> = {
  "12-17|man": 1750,
  "12-17|vrouw": 1680,
  "18-34|man": 5400,
  "18-34|vrouw": 5200,
  "35-49|man": 4900,
  "35-49|vrouw": 4950,
  "50-64|man": 6000,
  "50-64|vrouw": 6050,
  "65-79|man": 4300,
  "65-79|vrouw": 4600,
  "80+|man": 1300,
  "80+|vrouw": 2000,
};

/** Inhabitants aged 12 and over per district (the same total as the age groups). */
export const DEMO_DISTRICT_POPULATION: Record<string, number> = {
  Centrum: 4100,
  Oosterheide: 5600,
  Arkendonk: 4300,
  Slotjes: 4700,
  Zuiderhout: 4900,
  Dommelbergen: 4800,
  Vrachelen: 4500,
  Everdenberg: 3900,
  "De Contreie": 3500,
  "Den Hout": 1250,
  Oosteind: 2900,
  Dorst: 3680,
};
