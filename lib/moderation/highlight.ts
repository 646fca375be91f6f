import type { PiiKind } from "@/lib/moderation/privacy/types";

/** A piece of an answer: plain text, or a span the engine found personal data in. */
export type Segment = { text: string; kind?: PiiKind };

type Span = { kind: PiiKind; start: number; end: number };

/**
 * The answer cut into plain and found pieces, for showing the findings marked in the text.
 * Findings that overlap an earlier one, or fall outside the text, are left out.
 */
export function highlightSegments(text: string, findings: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at || finding.end > text.length || finding.end <= finding.start) continue;
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), kind: finding.kind });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
