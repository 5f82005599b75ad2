/**
 * A report control with its label above it. The label sits beside the control rather than
 * around it, so the control's accessible name is the label alone (a wrapping label would
 * add the chosen option's text to it).
 */
import type { ReactNode } from 'react';

export function ReportField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="report-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
