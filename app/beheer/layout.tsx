import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LogoutButton } from "@/components/accounts/logout-button";
import { ClientMessages } from "@/components/layout/client-messages";
import { StaffNav } from "@/components/layout/staff-nav";
import { can, getSessionUser, PATH_HEADER, safeCallbackPath, sessionEnd, signInPath } from "@/lib/accounts";

/**
 * The staff area (staff and administrators). The layout checks "beheer:enter" so no page under
 * /beheer renders for anyone else, even one that forgets its own check; but a layout is not
 * re-rendered on every navigation, so each page still calls `gatePage()` and each data function
 * `requirePermission()`.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  await connection();
  const user = await getSessionUser();
  if (!user) {
    const path = safeCallbackPath((await headers()).get(PATH_HEADER)) ?? "/beheer";
    redirect(signInPath(path, await sessionEnd()));
  }
  if (!can(user.role, "beheer:enter")) forbidden();
  const [t, tMail, tPanels] = await Promise.all([
    getTranslations("beheer.nav"),
    getTranslations("mail"),
    getTranslations("panels"),
  ]);
  const links = [{ href: "/beheer", label: t("surveys") }];
  if (can(user.role, "panel:manage")) links.push({ href: "/beheer/panels", label: tPanels("nav") });
  if (can(user.role, "user:manage")) links.push({ href: "/beheer/gebruikers", label: t("users") });
  if (can(user.role, "audit:read")) links.push({ href: "/beheer/mail", label: tMail("nav") });
  // Client components of the staff area get the auth and beheer namespaces; pages added under
  // /beheer by other features can wrap their own provider for more.
  return (
    <ClientMessages namespaces={["auth", "beheer"]}>
      <div className="container container--wide staff-area">
        <StaffNav
          label={t("label")}
          links={links}
          logout={<LogoutButton className="button button--secondary" />}
        />
        <div className="staff-area__content">{children}</div>
      </div>
    </ClientMessages>
  );
}
