"use server";

import { revalidatePath } from "next/cache";
import {
  changeRoleSchema,
  changeUserRole,
  createAction,
  createUser,
  createUserSchema,
  setActiveSchema,
  setUserActive,
} from "@/lib/accounts";

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
