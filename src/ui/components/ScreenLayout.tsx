/** A screen's frame: its heading (focused after navigation) and its content. */
import { useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { ScreenFocus } from './ScreenFocus';
import { useMarkAppReady } from './useMarkAppReady';

export function ScreenLayout({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const shouldFocus = useContext(ScreenFocus);
  useMarkAppReady();
  useEffect(() => {
    if (shouldFocus) heading.current?.focus();
  }, [shouldFocus]);
  return (
    <section className="screen" aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1} className="screen-title">
        {title}
      </h1>
      {children}
    </section>
  );
}
