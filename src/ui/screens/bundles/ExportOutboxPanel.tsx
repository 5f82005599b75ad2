/**
 * Writes every waiting change on this laptop into one file for a USB drive, and shows the
 * signed-in person's exported changes as "waiting for delivery" until a sync confirms them.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { exportLaptopOutbox } from '@/client/bundles/laptopBundles';
import { useExportedWaiting } from '@/client/bundles/useExportedWaiting';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { ReaderKind, readerKindOf } from '@/sync/readAccess';
import { bundleFailureKey, type BundleFailureKey } from './bundleFailureKey';
import { bundleFileName, saveBlob } from './saveBlob';

type State =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; changes: number; unsigned: string[]; file?: Blob; fileName: string }
  | { status: 'failed'; key: BundleFailureKey };

export function ExportOutboxPanel() {
  const { t } = useTranslation('bundles');
  const { formatDate } = useFormatters();
  const user = useSignedInUser();
  const headingId = useId();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [exports, setExports] = useState(0);
  const waiting = useExportedWaiting(user.id, exports);

  const run = async () => {
    setState({ status: 'working' });
    try {
      // Staff may read every change on the laptop; anyone else carries only their own.
      const result = await exportLaptopOutbox(readerKindOf(user.roles) === ReaderKind.schoolStaff ? undefined : user.id);
      const fileName = bundleFileName('outbox', Date.now());
      const changes = result.users.reduce((n, u) => n + u.changes, 0);
      if (result.file) saveBlob(result.file, fileName);
      setState({
        status: 'done',
        changes,
        unsigned: result.unsigned.map((u) => u.displayName),
        fileName,
        ...(result.file ? { file: result.file } : {}),
      });
      setExports((n) => n + 1);
    } catch (error) {
      setState({ status: 'failed', key: bundleFailureKey(error) });
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exportTitle')}</h2>
      <p className="hint">{t('exportHintMessage')}</p>
      {waiting && (
        <p data-exported-waiting={waiting.waiting}>
          {t('exportedWaitingMessage', { date: formatDate(waiting.exportedAt, { dateStyle: 'medium', timeStyle: 'short' }), n: waiting.waiting })}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void run()} disabled={state.status === 'working'}>
          {t('exportAction')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === 'working' && <p className="field-status">{t('exportingMessage')}</p>}
        {state.status === 'done' && state.file && (
          <p data-exported-changes={state.changes}>
            {t('exportedMessage', { n: state.changes })}{' '}
            <button type="button" className="button button-quiet" onClick={() => saveBlob(state.file!, state.fileName)}>
              {t('saveFileAction')}
            </button>
          </p>
        )}
        {state.status === 'done' && !state.file && <p>{t('nothingToExportMessage')}</p>}
        {state.status === 'done' && state.unsigned.length > 0 && (
          <p className="warning-message">{t('unsignedMessage', { names: state.unsigned.join(', ') })}</p>
        )}
        {state.status === 'failed' && <p className="field-error">{t(state.key)}</p>}
      </div>
    </section>
  );
}
