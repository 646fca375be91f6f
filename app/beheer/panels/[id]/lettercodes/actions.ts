"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction, InputError } from "@/lib/accounts";
import { createLetterCodeBatch, letterCodeBatchSchema } from "@/lib/panels";

/** A new batch of letter codes; the data function checks "panel:manage" again and audits it. */
export const createLetterCodeBatchAction = createAction(
  { schema: letterCodeBatchSchema, permission: "panel:manage" },
  async (input) => {
    const batch = await createLetterCodeBatch(input);
    if (!batch) throw new InputError({ formError: "panel.letterCodes.unknownPanel" });
    const path = `/beheer/panels/${input.panelId}/lettercodes`;
    revalidatePath(path);
    redirect(`${path}?${new URLSearchParams({ reeks: String(batch.batchId), aantal: String(batch.size) })}`);
  },
);
