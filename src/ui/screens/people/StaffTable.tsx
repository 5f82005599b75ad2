/** The school's staff, by name, with their roles and position. */
import { useId } from 'react';
import type { StaffRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { compareByName, fullName } from '@/domain/person';
import { ROLE_LABEL_KEYS } from '@/ui/components/roleLabels';

export function StaffTable({ staff }: { staff: readonly StaffRow[] }) {
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
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">{fullName(s)}</th>
              <td>{s.roles.map((r) => t(ROLE_LABEL_KEYS[r])).join(', ')}</td>
              <td>{s.position ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
