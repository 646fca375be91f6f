"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/accounts/data/action";
import { savePopulationFigures } from "@/lib/fieldwork/data/population-figures";
import { populationFiguresSchema } from "@/lib/panels/schema";

export const savePopulationFiguresAction = createAction(
  { schema: populationFiguresSchema, permission: "population:edit" },
  async (input) => {
    const result = await savePopulationFigures(input);
    revalidatePath("/beheer/panels/bevolking");
    return result;
  },
);
