import { useTranslations } from "next-intl";

/**
 * How far the respondent is: "Step 3 of 7" (or "of at most 7" while conditional pages may still
 * appear) and a bar that shows the same (hidden from screen readers, which read the text). Used by
 * the survey itself and by the builder's preview.
 */
export function SurveyProgress({
  progress,
}: {
  progress: { current: number; total: number; upTo: boolean };
}) {
  const t = useTranslations("survey.page");
  const label = t(progress.upTo ? "progressUpTo" : "progress", {
    current: progress.current,
    total: progress.total,
  });
  return (
    <div className="progress">
      <p className="progress__label">{label}</p>
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${(progress.current / progress.total) * 100}%` }} />
      </div>
    </div>
  );
}
