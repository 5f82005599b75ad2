/** The end of a logins form: what is wrong (checked here, or said by the server), submit and cancel. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { CallProblem } from './CallProblem';

interface Props {
  /** A problem found before anything was sent (empty: none). */
  problem: string;
  /** What the server call threw, if it failed. */
  error: unknown;
  submitLabel: string;
  isSaving: boolean;
  onCancel: () => void;
}

export function LoginFormEnd({ problem, error, submitLabel, isSaving, onCancel }: Props) {
  const { t } = useTranslation(['people', 'common']);
  return (
    <>
      {problem && (
        <p className="form-problems" role="alert">
          {problem}
        </p>
      )}
      <CallProblem error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('logins.cancelAction')}
        </button>
      </div>
    </>
  );
}
