"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import {
  emptySchema,
  endMemberSession,
  leaveMyPanel,
  leaveSchema,
  ownProfileSchema,
  panelMember,
  pauseMyMembership,
  resumeMyMembership,
  updateMyProfile,
} from "@/lib/panels";

// Every action needs the member session (`audience: panelMember` refuses without one) and every
// data function checks it again and works on that member only: nothing here takes a member id.

export const updateProfileAction = createAction(
  { schema: ownProfileSchema, audience: panelMember },
  async (input) => {
    const result = await updateMyProfile(input);
    revalidatePath("/panel/mijn");
    return result;
  },
);

export const leaveAction = createAction({ schema: leaveSchema, audience: panelMember }, async () => {
  await leaveMyPanel();
  await endMemberSession();
  redirect("/panel/gestopt");
});

/**
 * Plain forms (they work without JavaScript): the outcome is shown on the page it leads to. Any
 * refusal (the session is gone, or anything else went wrong) asks the member to sign in again.
 */
const SIGN_IN_AGAIN = "/panel/inloggen?verlopen=1";

export const pauseFormAction = createAction(
  { schema: emptySchema, audience: panelMember, refused: { redirect: () => SIGN_IN_AGAIN } },
  async () => {
    await pauseMyMembership();
    redirect("/panel/mijn?gepauzeerd=1");
  },
);

export const resumeFormAction = createAction(
  { schema: emptySchema, audience: panelMember, refused: { redirect: () => SIGN_IN_AGAIN } },
  async () => {
    await resumeMyMembership();
    redirect("/panel/mijn?hervat=1");
  },
);

/** Signing out ends the session when there is one; without one the person lands on the same page. */
export const logoutFormAction = createAction(
  {
    schema: emptySchema,
    audience: panelMember,
    refused: { redirect: () => "/panel/inloggen?uitgelogd=1" },
  },
  async () => {
    await endMemberSession();
    redirect("/panel/inloggen?uitgelogd=1");
  },
);
