/**
 * What a screen shows while it has nothing yet: a title and a sentence saying what will
 * be here, so no one meets a blank page or wonders whether something failed.
 */
import type { ReactNode } from 'react';

export function EmptyState({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <svg className="empty-state-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect x="6" y="18" width="36" height="22" rx="3" />
        <path d="M6 22 Q24 8 42 22" />
        <rect x="20" y="24" width="8" height="7" rx="1.5" />
      </svg>
      <h2 className="empty-state-title">{title}</h2>
      <p className="empty-state-message">{message}</p>
      {children}
    </div>
  );
}
