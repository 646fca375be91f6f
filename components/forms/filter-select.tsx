/**
 * One choice in a filter form (a plain GET form): its label, the empty value first ("all"), then
 * the options. A server component; the choice in the address is the default.
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
  /** The text of the empty value, which filters nothing. */
  emptyLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="select select--inline" defaultValue={value ?? ""}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
