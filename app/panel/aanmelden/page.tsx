import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { SignupForm } from "@/components/panels/self-service/signup-form";
import type { SearchParams } from "@/lib/http/search-params";
import { findPublicPanel, listPublicPanels } from "@/lib/panels";
import { signupAction } from "./actions";

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("panel.signup");
  const panel = await findPublicPanel(one((await searchParams).panel));
  return { title: panel ? t("title", { name: panel.name }) : t("chooseTitle") };
}

/**
 * /panel/aanmelden?panel=<slug>[&code=<code>]: the letter's link fills in the panel and the code.
 * Without a panel, the person first chooses one. The code is not checked here (only when the
 * form is sent, rate-limited), so this page tells a guesser nothing.
 */
export default async function SignupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const t = await getTranslations("panel.signup");
  const slug = one(params.panel);
  const panel = slug ? await findPublicPanel(slug) : null;

  if (!panel) {
    const panels = await listPublicPanels();
    return (
      <>
        <h1>{t("chooseTitle")}</h1>
        {slug ? <Notice tone="error">{t("unknownPanel")}</Notice> : null}
        <p>{t("chooseIntro")}</p>
        <ul>
          {panels.map((p) => (
            <li key={p.slug}>
              <Link
                href={`/panel/aanmelden?${new URLSearchParams({ panel: p.slug, ...(params.code ? { code: one(params.code) } : {}) })}`}
              >
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <>
      <h1>{t("title", { name: panel.name })}</h1>
      <p>{t("intro")}</p>
      <SignupForm
        action={signupAction}
        panel={{ slug: panel.slug, minAge: panel.minAge, privacyText: panel.privacyText }}
        code={one(params.code).slice(0, 40)}
      />
    </>
  );
}
