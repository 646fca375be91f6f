"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * The error box that takes focus (NL Design System): role=alert, labelled by its heading, and
 * focused whenever `focusKey` changes while it is shown, so a keyboard or screen-reader user lands
 * on what went wrong. It stays mounted while hidden (`show`), so it does not take focus again
 * when it reappears while someone types. The error summary and the builder's save conflict use it.
 */
export function FocusedAlert({
  show = true,
  focusKey,
  title,
  titleId,
  autoFocus = false,
  children,
}: {
  show?: boolean;
  focusKey: unknown;
  title: ReactNode;
  /** The heading's id, which labels the box. */
  titleId: string;
  /** Also focus it on a page the server rendered (after a submit without JavaScript). */
  autoFocus?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each new failure
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [focusKey]);
  if (!show) return null;
  return (
    <div
      className="alert alert--error"
      role="alert"
      tabIndex={-1}
      ref={ref}
      // biome-ignore lint/a11y/noAutofocus: moving focus to the error is the NL Design System pattern
      autoFocus={autoFocus}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </div>
  );
}
