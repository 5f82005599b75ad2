/**
 * The current pupils of one class set, by grade then name, each with "move" and "left
 * school" for the head. The chosen action opens its form under the table.
 */
import { useState } from 'react';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { PupilStatus } from '@/domain/entities/pupil';
import { compareByName, fullName } from '@/domain/person';
import { PupilMoveForm } from './PupilMoveForm';
import { PupilWithdrawForm } from './PupilWithdrawForm';
import { useIsoDateFormat } from '@/ui/components/schoolDates';

type PupilAction = { readonly pupilId: string; readonly kind: 'move' | 'withdraw' };

export function ClassSetPupils({
  classSet,
  pupils,
  classSets,
}: {
  classSet: ClassSetRow;
  pupils: readonly PupilRow[];
  classSets: readonly ClassSetRow[];
}) {
  const { t } = useTranslation('schoolSetup');
  const formatIsoDate = useIsoDateFormat();
  const [action, setAction] = useState<PupilAction | undefined>(undefined);
  const members = pupils
    .filter((p) => p.classSetId === classSet.id && p.status === PupilStatus.active)
    .sort((a, b) => a.grade - b.grade || compareByName(a, b));
  const chosen = action && members.find((p) => p.id === action.pupilId);
  const targets = classSets.filter((s) => s.status === 'active' && s.id !== classSet.id);

  if (members.length === 0) return <p className="hint">{t('noPupilsInClassSetMessage')}</p>;
  return (
    <>
      <div className="table-frame">
        <table className="data-table">
          <caption>{t('pupilsOfClassSetTitle', { name: classSet.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pupilNameColumnLabel')}</th>
              <th scope="col">{t('gradeFieldLabel')}</th>
              <th scope="col">{t('birthDateColumnLabel')}</th>
              <th scope="col">{t('actionsColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((pupil) => (
              <tr key={pupil.id}>
                <th scope="row">{fullName(pupil)}</th>
                <td>{t('gradeOptionLabel', { grade: pupil.grade })}</td>
                <td>{pupil.birthDate ? formatIsoDate(pupil.birthDate) : ''}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button button-quiet" onClick={() => setAction({ pupilId: pupil.id, kind: 'move' })}>
                      {t('movePupilAction')}
                      <span className="visually-hidden"> {fullName(pupil)}</span>
                    </button>
                    <button type="button" className="button button-quiet" onClick={() => setAction({ pupilId: pupil.id, kind: 'withdraw' })}>
                      {t('withdrawPupilAction')}
                      <span className="visually-hidden"> {fullName(pupil)}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen && action?.kind === 'move' && <PupilMoveForm key={chosen.id} pupil={chosen} targets={targets} onDone={() => setAction(undefined)} />}
      {chosen && action?.kind === 'withdraw' && <PupilWithdrawForm key={chosen.id} pupil={chosen} onDone={() => setAction(undefined)} />}
    </>
  );
}
