import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

type FieldFrameProps = {
  id: string;
  label: string;
  requiredLabel?: string;
  help?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/** Label, help text and error message beside the control, wired with aria-describedby (NL Design System). */
function FieldFrame({ id, label, requiredLabel, help, error, children }: FieldFrameProps) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label} {requiredLabel ? <span className="field__required">{requiredLabel}</span> : null}
      </label>
      {help ? (
        <p className="field__help" id={helpId}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

type Common = { id: string; label: string; requiredLabel?: string; help?: string; error?: string };

export function TextField({
  id,
  label,
  requiredLabel,
  help,
  error,
  ...inputProps
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} help={help} error={error}>
      {(describedBy) => (
        <input
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-required={requiredLabel ? true : undefined}
          aria-describedby={describedBy}
          {...inputProps}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  requiredLabel,
  help,
  error,
  children,
  ...selectProps
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} help={help} error={error}>
      {(describedBy) => (
        <select
          id={id}
          className="select"
          aria-invalid={error ? true : undefined}
          aria-required={requiredLabel ? true : undefined}
          aria-describedby={describedBy}
          {...selectProps}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
