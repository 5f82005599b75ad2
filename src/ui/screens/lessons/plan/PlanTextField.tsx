/** A labelled text input or text area of the plan form, with an optional hint under it. */
import { useId } from 'react';

export function PlanTextField({
  label,
  hiddenLabel,
  value,
  onChange,
  multiline = false,
  hint,
  maxLength,
  inputMode,
}: {
  label: string;
  /** Said after the label to screen readers only (which stage or task the field is in). */
  hiddenLabel?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  maxLength?: number;
  inputMode?: 'numeric' | 'decimal';
}) {
  const id = useId();
  const hintId = useId();
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': hint ? hintId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hiddenLabel && <span className="visually-hidden"> {hiddenLabel}</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
