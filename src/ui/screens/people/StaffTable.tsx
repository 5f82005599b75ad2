/** The school's staff, by name, with their roles, position and whether they are at school. */
import { useId } from 'react';
import type { StaffRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { StaffStatus } from '@/domain/entities/staff';
import { compareByName, fullName } from '@/domain/person';
import { ROLE_LABEL_KEYS } from '@/ui/components/roleLabels';

export function StaffTable({
  staff,
  onStatusChange,
  busyId,
}: {
  staff: readonly StaffRow[];
  /** For the head: mark someone as left, or back at school. */
  onStatusChange?: (member: StaffRow) => void;
  busyId?: string | undefined;
}) {
  const { t } = useTranslation(['people', 'common']);
  const captionId = useId();
  const rows = [...staff].sort(compareByName);
  if (rows.length === 0) return <p className="hint">{t('noStaffMessage')}</p>;
  return (
    <div className="table-frame">
      <table className="data-table" aria-describedby={captionId}>
        <caption id={captionId}>{t('staffTableTitle', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fullNameColumnLabel')}</th>
            <th scope="col">{t('rolesColumnLabel')}</th>
            <th scope="col">{t('positionColumnLabel')}</th>
            <th scope="col">{t('statusColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">{fullName(s)}</th>
              <td>{s.roles.map((r) => t(ROLE_LABEL_KEYS[r])).join(', ')}</td>
              <td>{s.position ?? ''}</td>
              <td>
                {s.status === StaffStatus.left ? t('staffLeftStatusLabel') : t('activeStatusLabel')}
                {onStatusChange && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button"
                      disabled={busyId === s.id}
                      aria-label={`${s.status === StaffStatus.left ? t('staffBackAction') : t('staffLeftAction')}: ${fullName(s)}`}
                      onClick={() => onStatusChange(s)}
                    >
                      {s.status === StaffStatus.left ? t('staffBackAction') : t('staffLeftAction')}
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
