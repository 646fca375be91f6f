/** Plain text from a survey definition, split into paragraphs on blank lines. Never parsed as HTML. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text do not reorder
          <p key={i} className={className}>
            {p}
          </p>
        ))}
    </>
  );
}
