"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createMemberAction } from "@/lib/panels/data/member-action";
import {
  leaveMyPanel,
  pauseMyMembership,
  resumeMyMembership,
  updateMyProfile,
} from "@/lib/panels/data/member-self-service";
import { endMemberSession, getMemberSession } from "@/lib/panels/data/member-session";
import { emptySchema, leaveSchema, ownProfileSchema } from "@/lib/panels/signup-schema";

// Every action needs the member session (createMemberAction refuses without one) and every data
// function checks it again and works on that member only: nothing here takes a member id.

export const updateProfileAction = createMemberAction(ownProfileSchema, async (input) => {
  const result = await updateMyProfile(input);
  revalidatePath("/panel/mijn");
  return result;
});

export const leaveAction = createMemberAction(leaveSchema, async () => {
  await leaveMyPanel();
  await endMemberSession();
  redirect("/panel/gestopt");
});

const pauseWork = createMemberAction(emptySchema, () => pauseMyMembership());
const resumeWork = createMemberAction(emptySchema, () => resumeMyMembership());

/** Plain forms (they work without JavaScript): the outcome is shown on the page it leads to. */
export async function pauseFormAction(formData: FormData): Promise<void> {
  const result = await pauseWork(null, formData);
  redirect(result.ok ? "/panel/mijn?gepauzeerd=1" : "/panel/inloggen?verlopen=1");
}

export async function resumeFormAction(formData: FormData): Promise<void> {
  const result = await resumeWork(null, formData);
  redirect(result.ok ? "/panel/mijn?hervat=1" : "/panel/inloggen?verlopen=1");
}

export async function logoutFormAction(): Promise<void> {
  if (await getMemberSession()) await endMemberSession();
  redirect("/panel/inloggen?uitgelogd=1");
}
