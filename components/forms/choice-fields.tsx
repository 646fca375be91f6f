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
 * One option: its radio button or checkbox with the label beside it. The fields below are made of
 * these, and so is any option list a feature lays out itself (a likert row, a rule's values).
 */
export function Choice({
  id,
  type,
  label,
  ...inputProps
}: { id: string; type: "radio" | "checkbox"; label: ReactNode } & InputProps) {
  return (
    <div className="choice">
      <input id={id} type={type} {...inputProps} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * A group of options in a fieldset (NL Design System): the legend with its required mark, the
 * error under it, described by it (its id is `${id}-error`), then the options (`children`, mostly
 * Choice). RadioGroupField is one; a feature whose options need more (help per option, checkboxes
 * kept in a list) lays them out inside one itself.
 */
export function ChoiceGroup({
  id,
  legend,
  legendClassName,
  requiredLabel,
  error,
  children,
}: {
  id: string;
  legend: ReactNode;
  /** "field__label" where the legend looks like a field's label. */
  legendClassName?: string;
  requiredLabel?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={error ? "field field--error" : "field"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className={legendClassName}>
        {legend} {requiredLabel ? <span className="field__required">{requiredLabel}</span> : null}
      </legend>
      <FieldError id={id} error={error} />
      {children}
    </fieldset>
  );
}

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
    <ChoiceGroup id={id} legend={legend} requiredLabel={requiredLabel} error={error}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <Choice
            key={option.value}
            id={optionId}
            type="radio"
            label={option.label}
            value={option.value}
            aria-invalid={error ? true : undefined}
            {...inputProps(option.value)}
          />
        );
      })}
    </ChoiceGroup>
  );
}

/**
 * One checkbox with its error above it. With a legend (consent, a confirmation that needs its own
 * question) it sits in a fieldset that the error describes; without one it is a single
 * confirmation box ("Ik weet dat dit niet terug kan") or option, described by its error and help.
 */
export function CheckboxField({
  id,
  legend,
  label,
  requiredLabel,
  error,
  help,
  className,
  children,
  ...inputProps
}: {
  id: string;
  legend?: string;
  label: string;
  requiredLabel?: string;
  error?: string;
  /** Shown under the checkbox. */
  help?: ReactNode;
  /** Added to the field's own classes, for a feature's layout. */
  className?: string;
  /** Text shown above the checkbox, e.g. the privacy text consented to. */
  children?: ReactNode;
} & InputProps) {
  const classes = [error ? "field field--error" : "field", className].filter(Boolean).join(" ");
  if (legend === undefined) {
    const helpId = help ? `${id}-help` : undefined;
    const describedBy = [error ? `${id}-error` : undefined, helpId].filter(Boolean).join(" ") || undefined;
    return (
      <div className={classes}>
        <FieldError id={id} error={error} />
        <Choice
          id={id}
          type="checkbox"
          label={label}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...inputProps}
        />
        {help ? (
          <p className="field__help" id={helpId}>
            {help}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <fieldset className={classes} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend} {requiredLabel ? <span className="field__required">{requiredLabel}</span> : null}
      </legend>
      {children}
      <FieldError id={id} error={error} />
      <Choice id={id} type="checkbox" label={label} aria-invalid={error ? true : undefined} {...inputProps} />
    </fieldset>
  );
}
