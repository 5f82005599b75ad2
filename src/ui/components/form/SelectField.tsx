/** A labelled drop-down list; options are value and text pairs, an empty value for "none". */
import { useId } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export function SelectField({
  label,
  hiddenLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  /** Said after the label to screen readers only (which row of a table the field is in). */
  hiddenLabel?: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hiddenLabel && <span className="visually-hidden"> {hiddenLabel}</span>}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
