"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/accounts/data/action";
import { changeUserRole, createUser, setUserActive } from "@/lib/accounts/data/users";
import { changeRoleSchema, createUserSchema, setActiveSchema } from "@/lib/accounts/schema";

// Each data function checks "user:manage" again, records the change in the audit log, and ends
// the affected user's sessions where their rights shrink.

export const createUserAction = createAction(
  { schema: createUserSchema, permission: "user:manage" },
  async (input) => {
    const created = await createUser(input);
    revalidatePath("/beheer/gebruikers");
    return created;
  },
);

export const changeRoleAction = createAction(
  { schema: changeRoleSchema, permission: "user:manage" },
  async (input) => {
    const result = await changeUserRole(input);
    revalidatePath("/beheer/gebruikers");
    return result;
  },
);

export const setActiveAction = createAction(
  { schema: setActiveSchema, permission: "user:manage" },
  async (input) => {
    const result = await setUserActive(input);
    revalidatePath("/beheer/gebruikers");
    return { ...result, active: input.active };
  },
);
