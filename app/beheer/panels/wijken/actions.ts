"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/accounts";
import {
  addDistrict,
  deleteDistrict,
  districtDeleteSchema,
  districtSchema,
  districtUpdateSchema,
  rederiveDistricts,
  updateDistrict,
} from "@/lib/panels";

// Administrators only (panel:districts); each data function checks again and audits the change.

export const addDistrictAction = createAction(
  { schema: districtSchema, permission: "panel:districts" },
  async (input) => {
    await addDistrict(input);
    revalidatePath("/beheer/panels/wijken");
    return { postcode4: input.postcode4 };
  },
);

export const updateDistrictAction = createAction(
  { schema: districtUpdateSchema, permission: "panel:districts" },
  async (input) => {
    await updateDistrict(input);
    revalidatePath("/beheer/panels/wijken");
    return { postcode4: input.postcode4 };
  },
);

export const deleteDistrictAction = createAction(
  { schema: districtDeleteSchema, permission: "panel:districts" },
  async (input) => {
    await deleteDistrict(input.postcode4);
    revalidatePath("/beheer/panels/wijken");
    return { postcode4: input.postcode4 };
  },
);

export const rederiveDistrictsAction = createAction(
  { schema: z.object({}), permission: "panel:districts" },
  async () => {
    const result = await rederiveDistricts();
    revalidatePath("/beheer/panels", "layout");
    return result;
  },
);
