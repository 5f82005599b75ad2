/** "Measure now": runs the measurer on this laptop and says what came of it. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useMeasureNow } from '@/client/connectivity/connectivityCommands';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { measureProblemKey } from './measureProblem';

export function MeasureNowPanel() {
  const { t } = useTranslation('connectivity');
  const measureNow = useMeasureNow();
  const action = useSaveAction();
  if (!measureNow) return null;
  return (
    <div className="connectivity-measure">
      <button
        type="button"
        className="button"
        onClick={() => void action.run(measureNow)}
        disabled={action.isSaving}
        aria-describedby="connectivity-measure-hint"
      >
        {t('measureNowAction')}
      </button>
      <p id="connectivity-measure-hint" className="hint">
        {t('measureHintMessage')}
      </p>
      <p role="status" aria-live="polite">
        {action.state.status === 'saving' && t('measuringMessage')}
        {action.state.status === 'saved' && t('measuredMessage')}
      </p>
      {action.state.status === 'failed' && (
        <p role="alert" className="form-error">
          {t(measureProblemKey(action.error))}
        </p>
      )}
    </div>
  );
}
