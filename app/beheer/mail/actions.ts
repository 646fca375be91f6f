"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/auth/action";
import { resendMail } from "@/lib/data/mail-admin";
import { resendMailSchema } from "@/lib/mail/schema";

// resendMail checks "audit:read" again and records the resend in the audit log.
export const resendMailAction = createAction(
  { schema: resendMailSchema, permission: "audit:read" },
  async (input) => {
    const result = await resendMail(input);
    revalidatePath("/beheer/mail");
    revalidatePath(`/beheer/mail/${input.id}`);
    return result;
  },
);
