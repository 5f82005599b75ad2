/**
 * A labelled field for a secret typed on a shared laptop (a new password or PIN, and its
 * repetition): never autofilled from another person's saved password, tied to the form's
 * one error line for screen readers. A PIN field brings up the digit keyboard on a tablet.
 */
import { useId } from 'react';

export interface SecretFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  isInvalid: boolean;
  /** The id of the form's error line. */
  errorId: string;
  isPin?: boolean;
  autoFocus?: boolean;
}

export function SecretField({ label, name, value, onChange, isInvalid, errorId, isPin = false, autoFocus = false }: SecretFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="password"
        {...(isPin ? { inputMode: 'numeric' as const, autoComplete: 'off', maxLength: 6 } : { autoComplete: 'new-password' })}
        autoFocus={autoFocus}
        value={value}
        aria-invalid={isInvalid}
        aria-describedby={errorId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
