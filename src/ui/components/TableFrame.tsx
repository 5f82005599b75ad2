/**
 * A wide table's frame: it scrolls sideways on a narrow screen, and can then be scrolled
 * with the keyboard (focusable, named for screen readers), as axe's scrollable-region rule asks.
 */
import type { ReactNode } from 'react';

export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-frame" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
