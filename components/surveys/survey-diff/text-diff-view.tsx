import { getTranslations } from "next-intl/server";
import type { TextSegment } from "@/lib/surveys";

/**
 * A word-level diff in running text. Insertions and deletions are <ins>/<del> (underlined and
 * struck through, with visible [+ +] and [− −] marks from survey-diff.css), not colour alone,
 * and screen readers hear "toegevoegd: …" / "verwijderd: …".
 */
export async function TextDiffView({ segments }: { segments: readonly TextSegment[] }) {
  const t = await getTranslations("lifecycle.diff");
  return (
    <span className="text-diff">
      {segments.map((segment, index) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
        if (segment.kind === "same") return <span key={index}>{segment.text}</span>;
        const Tag = segment.kind === "added" ? "ins" : "del";
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
          <Tag key={index} className={`diff-mark diff-mark--${segment.kind}`}>
            <span className="visually-hidden">{t(segment.kind)}: </span>
            {segment.text}
            <span className="visually-hidden">
              {" "}
              ({t(segment.kind === "added" ? "addedEnd" : "removedEnd")})
            </span>
          </Tag>
        );
      })}
    </span>
  );
}

/** A whole text that was added or removed, marked like a segment. */
export function WholeTextMark({
  kind,
  text,
  label,
}: {
  kind: "added" | "removed";
  text: string;
  label: string;
}) {
  const Tag = kind === "added" ? "ins" : "del";
  return (
    <Tag className={`diff-mark diff-mark--${kind}`}>
      <span className="visually-hidden">{label}: </span>
      {text}
    </Tag>
  );
}
