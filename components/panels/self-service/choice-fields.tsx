import type { InputHTMLAttributes, ReactNode } from "react";

type ErrorProps = { id: string; error?: string };

function FieldError({ id, error }: ErrorProps) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">;

/**
 * Radio buttons in a fieldset with a legend (NL Design System). The error links to the first
 * option's id, so the error summary moves focus into the group.
 */
export function RadioGroupField({
  id,
  legend,
  requiredLabel,
  error,
  options,
  inputProps,
}: {
  id: string;
  legend: string;
  requiredLabel?: string;
  error?: string;
  options: { value: string; label: string }[];
  /** react-hook-form's register(name), or name and defaultValue for a server form. */
  inputProps: (value: string) => InputProps;
}) {
  return (
    <fieldset
      className={error ? "field field--error" : "field"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {legend} {requiredLabel ? <span className="field__required">{requiredLabel}</span> : null}
      </legend>
      <FieldError id={id} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div className="choice" key={option.value}>
            <input
              id={optionId}
              type="radio"
              value={option.value}
              aria-invalid={error ? true : undefined}
              {...inputProps(option.value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** One checkbox in a fieldset (consent, a confirmation), with its error beside it. */
export function CheckboxField({
  id,
  legend,
  label,
  requiredLabel,
  error,
  children,
  ...inputProps
}: {
  id: string;
  legend: string;
  label: string;
  requiredLabel?: string;
  error?: string;
  /** Text shown above the checkbox, e.g. the privacy text consented to. */
  children?: ReactNode;
} & InputProps) {
  return (
    <fieldset
      className={error ? "field field--error" : "field"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {legend} {requiredLabel ? <span className="field__required">{requiredLabel}</span> : null}
      </legend>
      {children}
      <FieldError id={id} error={error} />
      <div className="choice">
        <input id={id} type="checkbox" value="ja" aria-invalid={error ? true : undefined} {...inputProps} />
        <label htmlFor={id}>{label}</label>
      </div>
    </fieldset>
  );
}
