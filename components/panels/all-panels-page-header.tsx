import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The head of a page about all panels at once (districts, population figures): back to the panel
 * list, the title and what the page is for. `messages` holds back, title and intro.
 */
export async function AllPanelsPageHeader({
  messages,
}: {
  messages: "panels.districts" | "panels.population";
}) {
  const t = await getTranslations(messages);
  return (
    <>
      <p>
        <Link href="/beheer/panels">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
    </>
  );
}
