"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { resendMail, resendMailSchema } from "@/lib/mail";

// resendMail checks "audit:read" again and records the resend in the audit log. Afterwards the
// message's own page shows the confirmation and the new status (the button itself is gone then,
// so a message beside it would vanish with it).
export const resendMailAction = createAction(
  { schema: resendMailSchema, permission: "audit:read" },
  async (input) => {
    const result = await resendMail(input);
    revalidatePath("/beheer/mail");
    redirect(`/beheer/mail/${result.id}?opnieuw=1`);
  },
);
