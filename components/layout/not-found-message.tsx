import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A "not found" page: its title, what happened and the way home; `messages` holds the three texts. */
export async function NotFoundMessage({ messages }: { messages: "pages.notFound" | "survey.notFound" }) {
  const t = await getTranslations(messages);
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
