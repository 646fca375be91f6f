import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/accounts/login-form";
import { LogoutButton } from "@/components/accounts/logout-button";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { can, getSessionUser, safeCallbackPath, sessionLifetimes, signInReason } from "@/lib/accounts";
import type { SearchParams } from "@/lib/http/search-params";
import { loginAction } from "./actions";

export const generateMetadata = pageTitle("auth.login");

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const t = await getTranslations("auth.login");
  const user = await getSessionUser();

  if (user) {
    return (
      <div className="container">
        <h1>{t("title")}</h1>
        <p>{t("alreadyLoggedIn", { name: user.name })}</p>
        <div className="button-row">
          {can(user.role, "beheer:enter") ? (
            <Link className="button" href="/beheer">
              {t("toStaffArea")}
            </Link>
          ) : (
            <Link className="button" href="/">
              {t("toHome")}
            </Link>
          )}
          <LogoutButton />
        </div>
      </div>
    );
  }

  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const reason = signInReason(params.reden);
  const lifetimes = sessionLifetimes();
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      {reason ? (
        // Not an error: the session ended on purpose (lib/accounts/data/sessions.ts). Saying why spares the
        // person wondering what went wrong; the form below brings them back to their page.
        <Notice>
          {reason === "idle"
            ? t("signedOutIdle", { minutes: Math.round(lifetimes.idleMs / 60_000) })
            : t("signedOutExpired", { hours: Math.round(lifetimes.absoluteMs / 3_600_000) })}
        </Notice>
      ) : null}
      {params.uitgelogd ? <Notice tone="success">{t("loggedOut")}</Notice> : null}
      {/* next-auth sends a failed direct POST to its API here with ?error=… */}
      {params.error ? <Notice tone="error">{t("failed")}</Notice> : null}
      <p>{t("intro")}</p>
      <LoginForm action={loginAction} callbackUrl={callbackUrl} />
      <p className="muted login-help">{t("forgotten")}</p>
    </div>
  );
}
