import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/*
 * The form field every form uses (NL Design System): label, help text and error message beside
 * the control, and the control marked aria-invalid and described by the error and the help.
 * TextField (and EmailField), SelectField and TextareaField cover the usual controls; FieldFrame takes any other
 * control (it gets the aria-describedby to put on it).
 */

type Common = {
  id: string;
  label: ReactNode;
  /** "(verplicht)" or a conditional variant; omitted for optional fields. */
  requiredLabel?: string;
  help?: ReactNode;
  error?: string;
};

type FieldFrameProps = Common & { children: (describedBy: string | undefined) => ReactNode };

export function FieldFrame({ id, label, requiredLabel, help, error, children }: FieldFrameProps) {
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

/** An e-mail address: the e-mail keyboard, no spelling check, and autocomplete "email" unless given. */
export function EmailField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">) {
  return <TextField type="email" autoComplete="email" spellCheck={false} {...props} />;
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

export function TextareaField({
  id,
  label,
  requiredLabel,
  help,
  error,
  ...textareaProps
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} help={help} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          className="textarea"
          aria-invalid={error ? true : undefined}
          aria-required={requiredLabel ? true : undefined}
          aria-describedby={describedBy}
          {...textareaProps}
        />
      )}
    </FieldFrame>
  );
}
