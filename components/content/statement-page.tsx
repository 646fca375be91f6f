import { getTranslations } from "next-intl/server";

type Section = { title: string; paragraphs: string[] };

/** A statement page (privacy, accessibility) from one namespace of the message catalogue. */
export async function StatementPage({ namespace }: { namespace: "pages.privacy" | "pages.accessibility" }) {
  const t = await getTranslations(namespace);
  const sections = t.raw("sections") as Section[];
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
