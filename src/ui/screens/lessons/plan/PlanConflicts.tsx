/**
 * Co-planning: a field both teachers changed offline. Both versions side by side: the one
 * that stands and the one that lost the merge (whose laptop it came from), with Restore
 * (write the other version again, so it stands everywhere) and Keep (close the conflict).
 * Nothing either teacher typed is lost until someone chooses.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import type { LessonPlanRow, PlanConflict } from '@/client/lessons/readLessonPlanEditor';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { PLAN_FIELD_LABEL_KEYS } from './planText';

const isField = (f: string): f is keyof typeof PLAN_FIELD_LABEL_KEYS => Object.hasOwn(PLAN_FIELD_LABEL_KEYS, f);

/** A stored value as lines a person reads: text as it is, lists item by item. */
export function valueLines(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => valueLines(item).slice(0, 1));
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const head = o.name ?? o.text ?? o.code;
    const minutes = typeof o.minutes === 'number' ? ` (${o.minutes})` : '';
    return [`${typeof head === 'string' ? head : JSON.stringify(value)}${minutes}`];
  }
  return [String(value)];
}

function Version({ title, value, emptyText }: { title: string; value: unknown; emptyText: string }) {
  const lines = valueLines(value);
  return (
    <div className="conflict-version">
      <h4>{title}</h4>
      {lines.length === 0 ? (
        <p className="hint">{emptyText}</p>
      ) : (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function PlanConflicts({ plan, conflicts }: { plan: LessonPlanRow; conflicts: readonly PlanConflict[] }) {
  const { t } = useTranslation(['lessons']);
  const planning = usePlanningCommands();
  const user = useSessionStore(selectUser);
  const save = useSaveAction();
  if (conflicts.length === 0) return null;
  const resolver = () => ({ staffId: user?.staffId, now: Date.now() });
  return (
    <section className="panel plan-conflicts" aria-labelledby="plan-conflicts-heading">
      <h2 id="plan-conflicts-heading">{t('conflictsTitle', { count: conflicts.length })}</h2>
      <p className="hint">{t('conflictsHintMessage')}</p>
      <WriteProblems error={save.error} />
      {conflicts.map((c) => {
        const field = isField(c.field) ? t(PLAN_FIELD_LABEL_KEYS[c.field]) : c.field;
        return (
          <div key={c.id} className="plan-conflict" data-field={c.field}>
            <h3>{field}</h3>
            <div className="conflict-versions">
              <Version
                title={t('standingVersionTitle')}
                value={(plan as unknown as Record<string, unknown>)[c.field]}
                emptyText={t('emptyVersionLabel')}
              />
              <Version title={t('otherVersionTitle')} value={c.losingValue} emptyText={t('emptyVersionLabel')} />
            </div>
            <div className="form-actions">
              <button
                type="button"
                className="button"
                disabled={save.isSaving}
                onClick={() => void save.run(() => planning.restorePlanConflict(c, resolver()))}
              >
                {t('restoreOtherAction')}
                <span className="visually-hidden"> {field}</span>
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={save.isSaving}
                onClick={() => void save.run(() => planning.dismissPlanConflict(c, resolver()))}
              >
                {t('keepStandingAction')}
                <span className="visually-hidden"> {field}</span>
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
