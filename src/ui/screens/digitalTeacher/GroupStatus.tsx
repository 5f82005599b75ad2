/** A group's state in words: ready, or what is refused and what is still missing. */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { GroupCheck } from '@/domain/digitalTeacher/groupFormation';
import { NOT_READY_KEYS, REFUSAL_KEYS } from './programmeText';

export function GroupStatus({ check, nameOf }: { check: GroupCheck; nameOf: (pupilId: string) => string }) {
  const { t } = useTranslation(['digitalTeacher']);
  if (check.ready) return <span className="programme-status-ok">{t('readyLabel')}</span>;
  return (
    <>
      <span className="programme-status-no">{t('notReadyLabel')}</span>
      <ul className="programme-reasons">
        {check.refusals.map((r, i) => (
          <li key={`r${i}`}>{t(REFUSAL_KEYS[r.code], { pupils: r.pupilIds.map(nameOf).join(', ') })}</li>
        ))}
        {check.notReady.map((code) => (
          <li key={code}>{t(NOT_READY_KEYS[code])}</li>
        ))}
      </ul>
    </>
  );
}
