import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("postcode-districts");

import { getDb } from "@/db/client";
import { auditLog, panelMembers } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { getPopulationFigures, savePopulationFigures } from "@/lib/fieldwork/data/population-figures";
import { populationFiguresSchema } from "@/lib/panels/schema";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { insertMember, insertPanel } from "./panel-test-support";
import {
  addDistrict,
  countStaleDistricts,
  deleteDistrict,
  listDistrictNames,
  listDistrictRows,
  rederiveDistricts,
  updateDistrict,
} from "./postcode-districts";

const districtOf = async (id: number) =>
  (
    await getDb()
      .select({ district: panelMembers.district })
      .from(panelMembers)
      .where(eq(panelMembers.id, id))
  )[0]?.district;

beforeEach(() => {
  signOut();
});

describe("the district table", () => {
  it("administrators add, change and delete rows; members' districts follow on request", async () => {
    const panelId = await insertPanel("wijken");
    await signInAs("admin");
    await addDistrict({ postcode4: "4901", district: "Centrum" });
    await addDistrict({ postcode4: "4902", district: "Oosterheide" });
    expect(await errorOf(addDistrict({ postcode4: "4901", district: "Dubbel" }))).toBeInstanceOf(InputError);

    const a = await insertMember(panelId, { postcode: "4901 AB", district: "Centrum" });
    const b = await insertMember(panelId, { postcode: "4902 AB", district: "Oosterheide" });
    const left = await insertMember(panelId, {
      postcode: null,
      email: null,
      district: "Centrum",
      status: "left",
    });
    expect(await listDistrictRows()).toEqual([
      { postcode4: "4901", district: "Centrum", members: 1 },
      { postcode4: "4902", district: "Oosterheide", members: 1 },
    ]);
    expect(await countStaleDistricts()).toBe(0);

    await updateDistrict({ originalPostcode4: "4902", postcode4: "4902", district: "Oosterhout-Oost" });
    await deleteDistrict("4901");
    expect(
      await errorOf(updateDistrict({ originalPostcode4: "4999", postcode4: "4999", district: "X" })),
    ).toBeInstanceOf(InputError);
    expect(await countStaleDistricts()).toBe(2);
    expect(await districtOf(b)).toBe("Oosterheide");

    expect(await rederiveDistricts()).toEqual({ changed: 2 });
    expect([await districtOf(a), await districtOf(b), await districtOf(left)]).toEqual([
      null,
      "Oosterhout-Oost",
      "Centrum",
    ]);
    expect(await countStaleDistricts()).toBe(0);
    expect(await listDistrictNames()).toEqual(["Oosterhout-Oost"]);
    const actions = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectType, "postcode_district"))
      .orderBy(asc(auditLog.id));
    expect(actions.map((r) => r.action)).toEqual([
      "postcode_district.added",
      "postcode_district.added",
      "postcode_district.changed",
      "postcode_district.deleted",
      "panel_member.districts_rederived",
    ]);
  });

  it("moves a row to other digits, but not onto an existing row", async () => {
    await signInAs("admin");
    await addDistrict({ postcode4: "5001", district: "A" });
    await addDistrict({ postcode4: "5002", district: "B" });
    expect(
      await errorOf(updateDistrict({ originalPostcode4: "5001", postcode4: "5002", district: "A" })),
    ).toBeInstanceOf(InputError);
    await updateDistrict({ originalPostcode4: "5001", postcode4: "5003", district: "A" });
    expect((await listDistrictRows()).map((r) => r.postcode4)).toEqual(
      expect.arrayContaining(["5002", "5003"]),
    );
  });

  it("staff may read the names but not change the table", async () => {
    await signInAs("staff");
    expect(await listDistrictNames()).toEqual(expect.any(Array));
    // Each call is started only when its refusal is awaited, so none is left rejecting unwatched.
    for (const call of [
      () => listDistrictRows(),
      () => addDistrict({ postcode4: "4903", district: "X" }),
      () => deleteDistrict("4902"),
      () => rederiveDistricts(),
    ]) {
      expect(await errorOf(call())).toBeInstanceOf(AuthorizationError);
    }
  });
});

describe("population figures", () => {
  const form = (overrides: Record<string, string> = {}) => {
    const raw: Record<string, string> = {
      source: "demo-cijfers",
      "districts.0.name": "Centrum",
      "districts.0.count": "1.200",
    };
    for (const group of ["12-17", "18-34", "35-49", "50-64", "65-79", "80+"])
      for (const sex of ["man", "vrouw"]) raw[`ageSex.${group}|${sex}`] = "100";
    return { ...raw, ...overrides };
  };

  it("staff save the table from flat form fields and read it back", async () => {
    await signInAs("staff");
    expect(await savePopulationFigures(populationFiguresSchema.parse(form()))).toEqual({ total: 1200 });
    const figures = await getPopulationFigures("edit");
    expect(figures).toMatchObject({ source: "demo-cijfers", district: { Centrum: 1200 } });
    expect(figures.ageSex["80+|vrouw"]).toBe(100);
    expect(Object.keys(figures.ageSex)).toHaveLength(12);
    // Saving again replaces, it does not add.
    await savePopulationFigures(populationFiguresSchema.parse(form({ "districts.0.name": "Dorst" })));
    expect((await getPopulationFigures()).district).toEqual({ Dorst: 1200 });
  });

  it("refuses empty cells, negative counts and a district twice, naming the field", () => {
    const result = populationFiguresSchema.safeParse(
      form({
        "ageSex.18-34|man": "",
        "ageSex.35-49|vrouw": "-3",
        "districts.1.name": "Centrum",
        "districts.1.count": "5",
        source: " ",
      }),
    );
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["source", "panels.validation.sourceRequired"],
      ["ageSex.18-34|man", "panels.validation.countInvalid"],
      ["ageSex.35-49|vrouw", "panels.validation.countInvalid"],
    ]);
    const twice = populationFiguresSchema.safeParse(
      form({ "districts.1.name": "Centrum", "districts.1.count": "5" }),
    );
    expect(twice.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["districts.1.name", "panels.validation.districtTwice"],
    ]);
  });

  it("the adviesraad cannot read or change them", async () => {
    await signInAs("adviesraad");
    expect(await errorOf(getPopulationFigures())).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(savePopulationFigures(populationFiguresSchema.parse(form())))).toBeInstanceOf(
      AuthorizationError,
    );
  });
});
