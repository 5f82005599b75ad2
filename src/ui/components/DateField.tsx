/** A labelled date field (`DateInput`): the label above, the date in the interface language's form. */
import { useId } from 'react';
import type { IsoDate } from '@/domain/dates';
import { DateInput } from './DateInput';

export function DateField({
  label,
  value,
  onChange,
  isRequired = true,
}: {
  label: string;
  value: IsoDate;
  onChange: (date: IsoDate) => void;
  isRequired?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <DateInput id={id} value={value} isRequired={isRequired} onChange={(date) => (date !== '' || !isRequired) && onChange(date as IsoDate)} />
    </div>
  );
}
