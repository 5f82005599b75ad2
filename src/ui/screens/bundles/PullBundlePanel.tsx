/**
 * The head's pull bundle: the whole school (staff laptops) or one class (pupils' devices),
 * with the files of chosen lessons; its size shown before it is written.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { downloadPull, measurePull } from '@/client/bundles/laptopBundles';
import { readBundleChoices } from '@/client/bundles/readBundleChoices';
import { useLiveRead } from '@/client/workspace/useLiveRead';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { PullScopeKind, type PullBundleRequest, type PullBundleSize } from '@/sync/bundleFormat';
import { bundleFailureKey, type BundleFailureKey } from './bundleFailureKey';
import { bundleFileName, saveBlob } from './saveBlob';

type State =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'measured'; size: PullBundleSize }
  | { status: 'written' }
  | { status: 'failed'; key: BundleFailureKey };

export function PullBundlePanel() {
  const { t } = useTranslation('bundles');
  const { formatBytes } = useFormatters();
  const user = useSignedInUser();
  const headingId = useId();
  const classSetFieldId = useId();
  const choices = useLiveRead((db) => readBundleChoices(db, user.schoolId), [user.schoolId]);
  const [scopeKind, setScopeKind] = useState<PullScopeKind>(PullScopeKind.school);
  const [classSetId, setClassSetId] = useState('');
  const [lessonPlanIds, setLessonPlanIds] = useState<string[]>([]);
  const [state, setState] = useState<State>({ status: 'idle' });

  const chosenClassSet = classSetId || choices?.classSets[0]?.id || '';
  const request = (): PullBundleRequest => ({
    scope: scopeKind === PullScopeKind.classSet ? { kind: PullScopeKind.classSet, classSetId: chosenClassSet } : { kind: PullScopeKind.school },
    lessonPlanIds,
  });
  const act = async (write: boolean) => {
    setState({ status: 'working' });
    try {
      if (!write) return setState({ status: 'measured', size: await measurePull(user.id, request()) });
      saveBlob(await downloadPull(user.id, request()), bundleFileName(scopeKind === PullScopeKind.school ? 'school' : 'class', Date.now()));
      setState({ status: 'written' });
    } catch (error) {
      setState({ status: 'failed', key: bundleFailureKey(error) });
    }
  };
  const changed = () => setState({ status: 'idle' });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pullTitle')}</h2>
      <p className="hint">{t('pullHintMessage')}</p>
      <fieldset className="choice-group">
        <legend>{t('scopeLabel')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="pull-scope"
            checked={scopeKind === PullScopeKind.school}
            onChange={() => (setScopeKind(PullScopeKind.school), changed())}
          />
          {t('wholeSchoolLabel')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="pull-scope"
            checked={scopeKind === PullScopeKind.classSet}
            disabled={!choices?.classSets.length}
            onChange={() => (setScopeKind(PullScopeKind.classSet), changed())}
          />
          {t('classSetLabel')}
        </label>
      </fieldset>
      {scopeKind === PullScopeKind.classSet && (
        <div className="field">
          <label htmlFor={classSetFieldId}>{t('classSetChoiceLabel')}</label>
          <select id={classSetFieldId} value={chosenClassSet} onChange={(e) => (setClassSetId(e.target.value), changed())}>
            {choices?.classSets.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="choice-group">
        <legend>{t('lessonPlansLabel')}</legend>
        {choices && choices.lessonPlans.length === 0 && <p className="hint">{t('noLessonPlansMessage')}</p>}
        <div className="choice-grid">
          {choices?.lessonPlans.map((p) => (
            <label key={p.id} className="choice">
              <input
                type="checkbox"
                checked={lessonPlanIds.includes(p.id)}
                onChange={(e) => (
                  setLessonPlanIds(e.target.checked ? [...lessonPlanIds, p.id] : lessonPlanIds.filter((id) => id !== p.id)),
                  changed()
                )}
              />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void act(false)} disabled={state.status === 'working'}>
          {t('measureAction')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void act(true)} disabled={state.status !== 'measured'}>
          {t('writePullAction')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === 'working' && <p className="field-status">{t('workingMessage')}</p>}
        {state.status === 'measured' && (
          <p data-bundle-bytes={state.size.bytes}>
            {t('sizeMessage', { size: formatBytes(state.size.bytes), rows: state.size.rows, files: state.size.files })}
          </p>
        )}
        {state.status === 'written' && <p>{t('pullWrittenMessage')}</p>}
        {state.status === 'failed' && <p className="field-error">{t(state.key)}</p>}
      </div>
    </section>
  );
}
