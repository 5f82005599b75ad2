/**
 * Above the register: "All present" (everyone without a mark is confirmed present and the
 * lesson is recorded as held) and how far the register is kept, in words.
 */
import { useState } from 'react';
import type { Register } from '@/client/attendance/loadRegister';
import { useTranslation } from '@/client/i18n/useTranslation';
import { isMissed } from '@/domain/attendance';
import type { RegisterActions } from '@/client/attendance/useRegisterActions';

export function RegisterToolbar({ register, actions }: { register: Register; actions: RegisterActions }) {
  const { t } = useTranslation('attendance');
  const [isDone, setDone] = useState(false);
  const marks = register.pupils.flatMap((p) => (p.mark ? [p.mark.status] : []));
  const unmarked = register.pupils.length - marks.length;
  const missed = marks.filter(isMissed).length;
  const late = marks.filter((s) => s === 'late').length;
  return (
    <div className="register-toolbar">
      <button
        type="button"
        className="button button-primary button-large"
        disabled={register.session.status === 'cancelled' || unmarked === 0}
        onClick={async () => setDone(await actions.allPresent())}
      >
        {unmarked === register.pupils.length ? t('allPresentAction') : t('restPresentAction')}
      </button>
      <p className="register-counts">
        {t('markedCountMessage', { marked: marks.length, pupils: register.pupils.length })}
        {missed > 0 && ` · ${t('missedCountMessage', { count: missed })}`}
        {late > 0 && ` · ${t('lateCountMessage', { count: late })}`}
      </p>
      <p className="field-status" role="status">
        {isDone && unmarked === 0 ? t('allMarkedMessage') : ''}
      </p>
    </div>
  );
}
