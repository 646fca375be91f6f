"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/accounts";
import { savePopulationFigures } from "@/lib/fieldwork";
import { populationFiguresSchema } from "@/lib/panels";

export const savePopulationFiguresAction = createAction(
  { schema: populationFiguresSchema, permission: "population:edit" },
  async (input) => {
    const result = await savePopulationFigures(input);
    revalidatePath("/beheer/panels/bevolking");
    return result;
  },
);
