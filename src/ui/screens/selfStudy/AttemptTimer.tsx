/** Time left in a test, by the wall clock (closing the browser does not stop it); at zero the work is handed in once. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';

export function AttemptTimer({ deadlineAt, onTimeUp }: { deadlineAt: number; onTimeUp: () => void }) {
  const { t } = useTranslation(['selfStudy']);
  const [now, setNow] = useState(() => Date.now());
  const fired = useRef(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, deadlineAt - now);
  useEffect(() => {
    if (left === 0 && !fired.current) {
      fired.current = true;
      onTimeUp();
    }
  }, [left, onTimeUp]);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1_000);
  // Said to screen readers each minute, not each second.
  return (
    <p className={`attempt-timer${left < 5 * 60_000 ? ' attempt-timer-low' : ''}`}>
      <span aria-hidden="true">{t('timeLeftLabel', { time: `${minutes}:${String(seconds).padStart(2, '0')}` })}</span>
      <span className="visually-hidden" role="timer" aria-live="polite">
        {t('minutesLeftLabel', { count: minutes })}
      </span>
    </p>
  );
}
