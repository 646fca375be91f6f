import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { can, getSessionUser, PATH_HEADER, safeCallbackPath, sessionEnd, signInPath } from "@/lib/accounts";

/**
 * The Adviesraad's area: drafts shared with them, their comments and advice. The layout keeps
 * everyone else out; each page and data function checks again (a layout is not re-rendered on
 * every navigation).
 */
export default async function AdviesraadLayout({ children }: { children: ReactNode }) {
  await connection();
  const user = await getSessionUser();
  if (!user) {
    // Back to the page that was asked for (a link from a mail), as the staff area does.
    const path = safeCallbackPath((await headers()).get(PATH_HEADER)) ?? "/adviesraad";
    redirect(signInPath(path, await sessionEnd()));
  }
  if (!can(user.role, "review:participate")) forbidden();
  return (
    <ClientMessages namespaces={["auth", "review"]}>
      <div className="container container--wide adviesraad-area">{children}</div>
    </ClientMessages>
  );
}
