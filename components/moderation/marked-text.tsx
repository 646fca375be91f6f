import { highlightSegments, type PiiKind } from "@/lib/moderation";

/**
 * An answer with the engine's findings marked: each found span is a <mark> followed by its kind
 * in words, so the meaning does not depend on the highlight colour.
 */
export function MarkedText({
  text,
  findings,
  kindLabel,
}: {
  text: string;
  findings: readonly { kind: PiiKind; start: number; end: number }[];
  /** The kind in words, e.g. "(e-mailadres)". */
  kindLabel: (kind: PiiKind) => string;
}) {
  return (
    <>
      {highlightSegments(text, findings).map((segment, index) =>
        segment.kind ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <mark key={index} className="pii-mark" data-kind={segment.kind}>
            {segment.text} <span className="pii-mark__kind">{kindLabel(segment.kind)}</span>
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
