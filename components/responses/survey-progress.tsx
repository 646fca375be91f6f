/**
 * How far the respondent is: "Page 2 of 5" and a bar that shows the same (hidden from screen
 * readers, which read the text). Used by the survey itself and by the builder's preview.
 */
export function SurveyProgress({
  label,
  progress,
}: {
  label: string;
  progress: { current: number; total: number };
}) {
  return (
    <div className="progress">
      <p className="progress__label">{label}</p>
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${(progress.current / progress.total) * 100}%` }} />
      </div>
    </div>
  );
}
