/**
 * The frame of every full-screen failure: a title, what happened and what to do, and the
 * actions. Takes focus so keyboard and screen reader users land on it, and marks the
 * document `data-app-state="error"`.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { AppState, setAppState } from '../components/useMarkAppReady';

export function FullScreenMessage({ title, message, children }: { title: string; message: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setAppState(AppState.error);
    heading.current?.focus();
  }, []);
  return (
    <main className="full-screen-message" role="alert">
      <div className="full-screen-card">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p>{message}</p>
        <div className="full-screen-actions">{children}</div>
      </div>
    </main>
  );
}
