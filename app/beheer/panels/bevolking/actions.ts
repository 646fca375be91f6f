"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/auth/action";
import { savePopulationFigures } from "@/lib/data/population-figures";
import { populationFiguresSchema } from "@/lib/panel/schema";

export const savePopulationFiguresAction = createAction(
  { schema: populationFiguresSchema, permission: "population:edit" },
  async (input) => {
    const result = await savePopulationFigures(input);
    revalidatePath("/beheer/panels/bevolking");
    return result;
  },
);
