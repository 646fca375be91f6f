/**
 * One choice in a GET form (a filter, a comparison): its label, the empty value first ("all") when
 * there is one, then the options. A server component; the choice in the address is the default.
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  emptyLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  /** The text of the empty value, which filters nothing; none where a choice must be made. */
  emptyLabel?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="select select--inline" defaultValue={value ?? ""}>
        {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
