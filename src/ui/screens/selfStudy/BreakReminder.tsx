/**
 * Reminds a pupil to rest after the school's limit of continuous screen work for their
 * grade. It counts while the self-study screen is open; ten minutes away is a break.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { loadStretch, seenAt, storeStretch, useScreenMinutes } from '@/client/selfStudy/screenStretch';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';

const TICK_MS = 30_000;

export function BreakReminder({ pupilId }: { pupilId: string }) {
  const { t } = useTranslation(['selfStudy']);
  const user = useSessionStore(selectUser);
  const limit = useScreenMinutes(user?.schoolId ?? '', pupilId);
  const [worked, setWorked] = useState(0);
  useEffect(() => {
    const tick = () => {
      const stretch = seenAt(loadStretch(pupilId), Date.now());
      storeStretch(pupilId, stretch);
      setWorked(Math.floor((stretch.lastSeen - stretch.since) / 60_000));
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [pupilId]);
  if (limit === undefined || worked < limit) return null;
  return (
    <div className="panel break-reminder" role="alert">
      <p>{t('breakReminderMessage', { count: worked })}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          storeStretch(pupilId, { since: Date.now(), lastSeen: Date.now() });
          setWorked(0);
        }}
      >
        {t('hadBreakAction')}
      </button>
    </div>
  );
}
