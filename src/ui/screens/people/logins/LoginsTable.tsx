/** Each person with their login, its state and the head's actions on it. */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LoginRow } from '@/client/people/loginRows';
import { ROLE_LABEL_KEYS } from '@/ui/components/roleLabels';

export type LoginAction = 'create' | 'reset' | 'roles' | 'disable' | 'enable';

interface Props {
  rows: readonly LoginRow[];
  busyPersonId: string | undefined;
  onAction: (row: LoginRow, action: LoginAction) => void;
}

function stateKey(row: LoginRow) {
  if (!row.account) return 'logins.noLoginLabel' as const;
  if (row.account.disabled) return 'logins.disabledStateLabel' as const;
  if (row.account.mustChangePassword) return 'logins.mustChangeStateLabel' as const;
  return 'logins.activeStateLabel' as const;
}

export function LoginsTable({ rows, busyPersonId, onAction }: Props) {
  const { t } = useTranslation(['people', 'common']);
  const captionId = useId();
  if (rows.length === 0) return <p className="hint">{t('logins.noPeopleMessage')}</p>;
  return (
    <div className="table-frame">
      <table className="data-table logins-table" aria-describedby={captionId}>
        <caption id={captionId}>{t('logins.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logins.personColumnLabel')}</th>
            <th scope="col">{t('logins.loginColumnLabel')}</th>
            <th scope="col">{t('rolesColumnLabel')}</th>
            <th scope="col">{t('logins.stateColumnLabel')}</th>
            <th scope="col">{t('logins.actionsColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const account = row.account;
            const isBusy = busyPersonId === row.person.id;
            const button = (action: LoginAction, label: string) => (
              <button type="button" className="button" disabled={isBusy} onClick={() => onAction(row, action)} aria-label={`${label}: ${row.name}`}>
                {label}
              </button>
            );
            return (
              <tr key={row.person.id} data-person-id={row.person.id}>
                <th scope="row">
                  {row.name}
                  {!row.isAtSchool && <span className="hint"> ({t('logins.leftSchoolLabel')})</span>}
                </th>
                <td>{account?.login ?? ''}</td>
                <td>{account ? account.roles.map((r) => t(ROLE_LABEL_KEYS[r])).join(', ') : ''}</td>
                <td>{t(stateKey(row))}</td>
                <td>
                  <div className="logins-actions">
                    {!account && row.isAtSchool && button('create', t('logins.createAction'))}
                    {account && !account.disabled && button('reset', t('logins.resetAction'))}
                    {account && !account.disabled && row.person.table === 'staff' && button('roles', t('logins.changeRolesAction'))}
                    {account && !account.disabled && button('disable', t('logins.disableAction'))}
                    {account?.disabled && row.isAtSchool && button('enable', t('logins.enableAction'))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
