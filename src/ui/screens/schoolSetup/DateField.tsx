/** A labelled date input holding a school date ('YYYY-MM-DD', the input's own format). */
import { useId } from 'react';
import type { IsoDate } from '../../../domain/dates';

export function DateField({ label, value, onChange, isRequired = true }: { label: string; value: IsoDate; onChange: (date: IsoDate) => void; isRequired?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} required={isRequired} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
