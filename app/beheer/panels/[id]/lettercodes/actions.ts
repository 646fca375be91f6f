"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts/data/action";
import { InputError } from "@/lib/accounts/errors";
import { createLetterCodeBatch } from "@/lib/panels/data/letter-codes";
import { letterCodeBatchSchema } from "@/lib/panels/letter-code-schema";

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
