"use client";

import type { ReactNode } from "react";

/**
 * A form that is one button (resend, delete a row, deactivate, resolve, quote): its hidden values,
 * the secondary button, and beside it the refusal the action returned, announced. A plain POST,
 * so it works without JavaScript. `button` is the button's content, with its hidden subject for
 * screen readers; `children` may add what follows the error (a "done" line).
 */
export function SingleButtonForm({
  action,
  className = "inline-form",
  name,
  hidden,
  button,
  error,
  children,
}: {
  action: (data: FormData) => void;
  className?: string;
  /** The form's data-form name. */
  name: string;
  hidden: Record<string, string | number>;
  button: ReactNode;
  error: string | null | undefined;
  children?: ReactNode;
}) {
  return (
    <form action={action} className={className} data-form={name}>
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <button type="submit" className="button button--secondary">
        {button}
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </form>
  );
}
