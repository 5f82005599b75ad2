/**
 * The resource files kept on this laptop for lessons with no internet: each with its size
 * and when it was kept, their total against the room left, files still waiting to reach
 * the server, and removing a file that is no longer needed (one waiting to be sent stays).
 */
import { useId } from 'react';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { removeKept } from '@/client/files/laptopFiles';
import { useLaptopFiles } from '@/client/files/useLaptopFiles';
import { TableFrame } from '@/ui/components/TableFrame';

export function KeptFilesPanel() {
  const { t } = useTranslation(['settings']);
  const { formatBytes, formatDate } = useFormatters();
  const headingId = useId();
  const laptop = useLaptopFiles();
  if (!laptop) return null;
  const kept = [...laptop.kept.values()].sort((a, b) => b.keptAt - a.keptAt);
  const waiting = new Set(laptop.uploads.map((u) => u.sha256));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('keptFilesTitle')}</h2>
      <p data-kept-bytes={laptop.keptBytes}>
        {t('keptFilesSummaryMessage', { count: kept.length, size: formatBytes(laptop.keptBytes) })}{' '}
        {laptop.roomLeft !== undefined && t('roomLeftMessage', { size: formatBytes(laptop.roomLeft) })}
      </p>
      {laptop.uploads.length > 0 && <p className="hint">{t('filesWaitingMessage', { count: laptop.uploads.length })}</p>}
      {kept.length > 0 && (
        <TableFrame label={t('keptFilesTitle')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('fileNameColumnLabel')}</th>
                <th scope="col">{t('fileSizeColumnLabel')}</th>
                <th scope="col">{t('keptAtColumnLabel')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('fileActionsColumnLabel')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kept.map((k) => (
                <tr key={k.sha256} data-sha256={k.sha256}>
                  <td>{k.name}</td>
                  <td>{formatBytes(k.size)}</td>
                  <td>{formatDate(k.keptAt, { dateStyle: 'medium' })}</td>
                  <td>
                    {waiting.has(k.sha256) ? (
                      <span className="hint">{t('waitingToSendLabel')}</span>
                    ) : (
                      <button type="button" className="button button-quiet" onClick={() => void removeKept(k.sha256)}>
                        {t('removeKeptFileAction')}
                        <span className="visually-hidden"> {k.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
