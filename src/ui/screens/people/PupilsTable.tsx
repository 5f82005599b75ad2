/** The school's pupils (or one class set's), by class set, grade and name, with who has left. */
import { useId } from 'react';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { PupilStatus } from '@/domain/entities/pupil';
import { compareByName, fullName } from '@/domain/person';
import { useIsoDateFormat } from '@/ui/components/schoolDates';

export function PupilsTable({
  pupils,
  classSets,
  onReadmit,
}: {
  pupils: readonly PupilRow[];
  classSets: readonly ClassSetRow[];
  /** For the head: take a withdrawn pupil back. */
  onReadmit?: (pupil: PupilRow) => void;
}) {
  const { t } = useTranslation('people');
  const formatIsoDate = useIsoDateFormat();
  const captionId = useId();
  const setName = new Map(classSets.map((s) => [s.id, s.name]));
  const rows = [...pupils].sort(
    (a, b) =>
      (setName.get(a.classSetId) ?? '').localeCompare(setName.get(b.classSetId) ?? '', 'kk', { numeric: true }) ||
      a.grade - b.grade ||
      compareByName(a, b),
  );
  if (rows.length === 0) return <p className="hint">{t('noPupilsMessage')}</p>;
  return (
    <div className="table-frame">
      <table className="data-table" aria-describedby={captionId}>
        <caption id={captionId}>{t('pupilsTableTitle', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fullNameColumnLabel')}</th>
            <th scope="col">{t('gradeColumnLabel')}</th>
            <th scope="col">{t('classSetColumnLabel')}</th>
            <th scope="col">{t('birthDateColumnLabel')}</th>
            <th scope="col">{t('statusColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">{fullName(p)}</th>
              <td>{t('gradeValueLabel', { grade: p.grade })}</td>
              <td>{setName.get(p.classSetId) ?? ''}</td>
              <td>{p.birthDate ? formatIsoDate(p.birthDate) : ''}</td>
              <td>
                {p.status === PupilStatus.withdrawn && p.withdrawnOn
                  ? t('leftOnStatusLabel', { date: formatIsoDate(p.withdrawnOn) })
                  : t('activeStatusLabel')}
                {onReadmit && p.status === PupilStatus.withdrawn && (
                  <>
                    {' '}
                    <button type="button" className="button" aria-label={`${t('readmitAction')}: ${fullName(p)}`} onClick={() => onReadmit(p)}>
                      {t('readmitAction')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
