"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/accounts";
import {
  changeMemberStatus,
  importMembers,
  memberImportSchema,
  memberStatusChangeSchema,
  panelSettingsSchema,
  updatePanelSettings,
} from "@/lib/panels";

// Each data function checks "panel:manage" again, scopes by the panel, and audits the change.

export const updatePanelSettingsAction = createAction(
  { schema: panelSettingsSchema, permission: "panel:manage" },
  async (input) => {
    const result = await updatePanelSettings(input);
    revalidatePath("/beheer/panels", "layout");
    return result;
  },
);

export const changeMemberStatusAction = createAction(
  { schema: memberStatusChangeSchema, permission: "panel:manage" },
  async (input) => {
    const result = await changeMemberStatus(input);
    revalidatePath(`/beheer/panels/${input.panelId}`, "layout");
    return { ...result, change: input.change };
  },
);

export const importMembersAction = createAction(
  { schema: memberImportSchema, permission: "panel:manage" },
  async (input) => {
    const outcome = await importMembers(input);
    if (outcome.kind === "imported") revalidatePath(`/beheer/panels/${input.panelId}`, "layout");
    return outcome;
  },
);
