import "./review.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SummaryPage } from "@/lib/responses";

/**
 * Every answer on the resident's path, page by page, each page with a link to change it. The
 * link opens the page with `?terug=controleren`, so saving it comes straight back here.
 */
export async function ReviewAnswers({ slug, pages }: { slug: string; pages: SummaryPage[] }) {
  const t = await getTranslations("survey.review");
  return (
    <div className="review-answers">
      {pages.map((page) => (
        <section key={page.id} className="review-page" aria-labelledby={`controle-${page.id}`}>
          <h2 id={`controle-${page.id}`}>{page.title}</h2>
          <dl className="review-list">
            {page.questions.map((question) => (
              <div key={question.id} className="review-item">
                <dt>{question.text}</dt>
                <dd>
                  {question.lines.length === 0 ? (
                    <span className="muted">{t("notAnswered")}</span>
                  ) : question.lines.length === 1 ? (
                    <span className="review-answer">{question.lines[0]}</span>
                  ) : (
                    <ul className="review-answer">
                      {question.lines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <Link href={`/s/${slug}/vraag/${page.id}?terug=controleren`} data-testid={`wijzigen-${page.id}`}>
              {t("edit")}
              <span className="visually-hidden"> {t("editPage", { page: page.title })}</span>
            </Link>
          </p>
        </section>
      ))}
    </div>
  );
}
