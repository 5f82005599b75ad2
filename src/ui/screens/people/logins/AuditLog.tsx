/** The log of every login change the school's heads made, newest first, as the server keeps it. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { HeadAccountCalls } from '@/client/people/headAccounts';
import type { AuditEntry } from '@/sync/peopleMessages';
import { CallProblem } from './CallProblem';

export function AuditLog({ calls, refreshKey }: { calls: HeadAccountCalls; refreshKey: number }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const captionId = useId();
  const [entries, setEntries] = useState<readonly AuditEntry[] | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let isCurrent = true;
    calls.readAuditLog().then(
      (read) => isCurrent && (setEntries(read), setError(undefined)),
      (e: unknown) => isCurrent && setError(e),
    );
    return () => {
      isCurrent = false;
    };
  }, [calls, refreshKey]);
  if (error !== undefined) return <CallProblem error={error} />;
  if (!entries) return <p className="screen-loading">{t('logins.loadingMessage')}</p>;
  if (entries.length === 0) return <p className="hint">{t('logins.auditEmptyMessage')}</p>;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="table-frame">
      <table className="data-table" aria-describedby={captionId}>
        <caption id={captionId}>{t('logins.auditTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logins.auditWhenColumnLabel')}</th>
            <th scope="col">{t('logins.auditWhoColumnLabel')}</th>
            <th scope="col">{t('logins.auditWhatColumnLabel')}</th>
            <th scope="col">{t('logins.auditWhomColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {[...entries]
            .sort((a, b) => b.at.localeCompare(a.at))
            .map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{when.format(new Date(e.at))}</td>
                <td>{e.actorName}</td>
                <td>{t(`logins.audit.${e.action}Label`)}</td>
                <th scope="row">{e.targetName}</th>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
