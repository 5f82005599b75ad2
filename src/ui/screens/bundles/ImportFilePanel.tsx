/**
 * Imports a bundle file of either kind: an outbox file goes to the school's server (online),
 * a pull file is stored on this laptop (offline, resumable: the same file chosen again
 * continues where a pulled-out drive stopped it).
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { bundleKindOf, importPullFile, sendOutboxFile } from '@/client/bundles/laptopBundles';
import type { PullImportProgress } from '@/client/bundles/importPullBundle';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { BatchOutcome, BundleKind } from '@/sync/bundleFormat';
import { bundleFailureKey, type BundleFailureKey } from './bundleFailureKey';

type State =
  | { status: 'idle' }
  | { status: 'working'; progress?: PullImportProgress }
  | { status: 'sent'; stored: number; refused: number }
  | { status: 'imported'; rows: number; files: number; resumed: boolean; already: boolean }
  | { status: 'failed'; key: BundleFailureKey | 'needOnlineMessage' };

export function ImportFilePanel() {
  const { t } = useTranslation('bundles');
  const user = useSignedInUser();
  const isOnline = useConnectivityStore((s) => s.isOnline);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<State>({ status: 'idle' });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ status: 'working' });
    try {
      const kind = await bundleKindOf(file);
      if (kind === BundleKind.outbox) {
        if (!isOnline) return setState({ status: 'failed', key: 'needOnlineMessage' });
        const report = await sendOutboxFile(file, user.id);
        const stored = report.batches.reduce((n, b) => n + b.stored, 0);
        setState({ status: 'sent', stored, refused: report.batches.filter((b) => b.outcome !== BatchOutcome.applied).length });
        return;
      }
      const result = await importPullFile(file, user, (progress) => setState({ status: 'working', progress }));
      setState({
        status: 'imported',
        rows: result.header.rows,
        files: result.header.files,
        resumed: result.resumed,
        already: result.alreadyImported,
      });
    } catch (error) {
      setState({ status: 'failed', key: bundleFailureKey(error) });
    }
  };

  const progress = state.status === 'working' ? state.progress : undefined;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('importTitle')}</h2>
      <p id={hintId} className="hint">
        {t('importHintMessage')}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('chooseFileLabel')}</label>
        <input
          id={inputId}
          type="file"
          accept=".sqb,application/vnd.sandyq.bundle"
          aria-describedby={hintId}
          disabled={state.status === 'working'}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite" data-import-status={state.status}>
        {state.status === 'working' && !progress && <p className="field-status">{t('workingMessage')}</p>}
        {progress?.phase === 'checking' && (
          <p className="field-status">
            {t('checkingMessage', { percent: Math.floor(((progress.checked ?? 0) / Math.max(1, progress.size)) * 100) })}
          </p>
        )}
        {progress && progress.phase !== 'checking' && (
          <p className="field-status">
            {t('storingMessage', { rows: progress.rowsStored, total: progress.rows, files: progress.filesStored, totalFiles: progress.files })}
          </p>
        )}
        {state.status === 'sent' && (
          <>
            <p data-stored={state.stored}>{t('outboxSentMessage', { stored: state.stored, refused: state.refused })}</p>
            {state.refused > 0 && <p className="warning-message">{t('batchRefusedMessage')}</p>}
          </>
        )}
        {state.status === 'imported' && (
          <>
            {state.resumed && <p>{t('pullResumedMessage')}</p>}
            <p>{state.already ? t('alreadyImportedMessage') : t('pullImportedMessage', { rows: state.rows, files: state.files })}</p>
          </>
        )}
        {state.status === 'failed' && <p className="field-error">{t(state.key)}</p>}
      </div>
    </section>
  );
}
