import { type ReactNode, useId } from "react";
import "./wide-table.css";

/**
 * A table that may be wider than a phone's screen, in a region of its own that scrolls sideways
 * (WCAG 1.4.10 Reflow: the page itself never does). The region is named by the table's caption and
 * can be focused, so keyboard users scroll it with the arrow keys (WCAG 2.1.1). Every table whose
 * columns can outgrow 320 CSS px goes in one.
 */
export function WideTable({
  caption,
  captionClassName,
  className = "table",
  children,
  ...data
}: {
  caption: ReactNode;
  /** e.g. "visually-hidden" when a heading above already says what the table holds. */
  captionClassName?: string;
  className?: string;
  children: ReactNode;
} & { [attribute: `data-${string}`]: string }) {
  const captionId = useId();
  return (
    // A <section> with a name is a region landmark (role="region"), listed by screen readers.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
    <section className="wide-table" aria-labelledby={captionId} tabIndex={0}>
      <table className={className} {...data}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}
