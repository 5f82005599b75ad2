/**
 * The signed-in person's changes that the server refused (rule S3), until they have read
 * them: what (the kind of record and its name on this laptop), what they wrote, and why it
 * did not count. The laptop has already put the record back as the server holds it; this
 * list is how nothing typed disappears without a word. Other people's refusals wait for them.
 */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useUnreadRejections } from '@/client/sync/app/useUnreadRejections';
import { REJECTION_REASON_KEYS, TABLE_LABEL_KEYS, rejectionIssue } from './rejectedChangeKeys';

/** The values the person wrote, as they wrote them; the bookkeeping fields left out. */
function writtenValues(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([field, value]) => field !== 'deleted' && (typeof value === 'string' || typeof value === 'number'))
    .map(([, value]) => `«${String(value)}»`)
    .join(', ');
}

export function RejectedChanges() {
  const { t } = useTranslation(['sync', 'validation']);
  const titleId = useId();
  const { shown, markRead } = useUnreadRejections();
  if (shown.length === 0) return null;
  return (
    <section className="sync-notice sync-notice-error rejected-changes" aria-labelledby={titleId} data-rejected={shown.length}>
      <h2 id={titleId}>{t('rejectedChangesTitle', { count: shown.length })}</h2>
      <ul>
        {shown.map(({ change, where }) => (
          <li key={change.seq}>
            <strong>
              {t(TABLE_LABEL_KEYS[change.table] ?? 'sync:unknownTableLabel')}
              {where !== undefined && ` «${where}»`}
            </strong>
            : {t(REJECTION_REASON_KEYS[change.reason])}
            {writtenValues(change.fields) !== '' && <> {t('youWroteMessage', { values: writtenValues(change.fields) })}</>}
            {change.issues && change.issues.length > 0 && (
              <ul className="rejected-issues">
                {change.issues.map((issue) => {
                  const { path, key } = rejectionIssue(issue);
                  return (
                    <li key={issue}>
                      {path !== '' && path !== '_' ? `${path}: ` : ''}
                      {t(key, { ns: 'validation' })}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => void markRead()}>
        {t('rejectionsReadAction')}
      </button>
    </section>
  );
}
