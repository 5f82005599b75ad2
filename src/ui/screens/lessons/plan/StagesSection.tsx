/**
 * Step 3: the lesson's stages with their minutes, who leads each (in a remote lesson the
 * assistant opens and consolidates), what the teacher and the pupils do, how the work is
 * assessed and the resources used. The total against the lesson's 45 or 40 minutes is
 * live, and said to screen readers when it changes.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { StageLead } from '@/domain/entities/lessonPlan';
import { minutesBalance } from '@/domain/lessons/lessonPlanTemplate';
import { SelectField } from '@/ui/components/form/SelectField';
import { typedMinutes, type LessonPlanForm, type StageForm } from './lessonPlanForm';
import { PlanTextField } from './PlanTextField';
import { STAGE_LEAD_LABEL_KEYS } from './planText';
import { StageResources } from './StageResources';
import type { ResourceRow } from '@/client/library/readLibrary';
import { useLibrary } from '@/client/library/useLibrary';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';

const LESSON_LENGTHS = ['45', '40', '35'];

export function StagesSection({
  draft,
  change,
  subjectId,
  attached,
}: {
  draft: LessonPlanForm;
  change: <F extends keyof LessonPlanForm>(f: F, v: LessonPlanForm[F]) => void;
  subjectId: string;
  /** The resources the stored plan uses, for their titles. */
  attached: ReadonlyMap<string, ResourceRow>;
}) {
  const { t } = useTranslation(['lessons']);
  const user = useSessionStore(selectUser);
  const library = (useLibrary(user?.schoolId ?? '', { subjectId }) ?? []).map((i) => i.resource);
  const titleOf = new Map([...attached.values(), ...library].map((r) => [r.id, r.title]));
  const lessonMinutes = Number(draft.lessonMinutes) || 45;
  const { total, left } = minutesBalance(typedMinutes(draft.stages), lessonMinutes);
  const setStages = (stages: readonly StageForm[]) => change('stages', stages);
  const setStage = (i: number, patch: Partial<StageForm>) => setStages(draft.stages.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) => {
    const next = [...draft.stages];
    const [stage] = next.splice(i, 1);
    next.splice(i + by, 0, stage!);
    setStages(next);
  };
  return (
    <section className="panel" aria-labelledby="plan-stages-heading">
      <h2 id="plan-stages-heading">{t('stagesTitle')}</h2>
      <SelectField
        label={t('lessonMinutesFieldLabel')}
        value={draft.lessonMinutes || '45'}
        options={LESSON_LENGTHS.map((m) => ({ value: m, label: t('minutesValueLabel', { count: Number(m) }) }))}
        onChange={(v) => change('lessonMinutes', v)}
      />
      <p className={left < 0 ? 'minutes-total minutes-over' : 'minutes-total'} role="status">
        {left < 0
          ? t('minutesOverMessage', { total, lesson: lessonMinutes, count: -left })
          : t('minutesLeftMessage', { total, lesson: lessonMinutes, count: left })}
      </p>
      <ol className="plan-stages">
        {draft.stages.map((stage, i) => {
          const which = t('stageNumberLabel', { number: i + 1 });
          return (
            <li key={i} className="plan-stage">
              <div className="plan-stage-head">
                <PlanTextField label={t('stageNameFieldLabel')} hiddenLabel={which} value={stage.name} onChange={(name) => setStage(i, { name })} />
                <PlanTextField
                  label={t('stageMinutesFieldLabel')}
                  hiddenLabel={which}
                  inputMode="numeric"
                  value={stage.minutes}
                  onChange={(minutes) => setStage(i, { minutes })}
                />
                <SelectField
                  label={t('stageLeadFieldLabel')}
                  hiddenLabel={which}
                  value={stage.lead ?? StageLead.teacher}
                  options={Object.values(StageLead).map((lead) => ({ value: lead, label: t(STAGE_LEAD_LABEL_KEYS[lead]) }))}
                  onChange={(lead) => setStage(i, { lead: lead as StageLead })}
                />
              </div>
              <PlanTextField
                label={t('teacherActivityFieldLabel')}
                hiddenLabel={which}
                multiline
                value={stage.teacherActivity}
                onChange={(teacherActivity) => setStage(i, { teacherActivity })}
              />
              <PlanTextField
                label={t('pupilActivityFieldLabel')}
                hiddenLabel={which}
                multiline
                value={stage.pupilActivity}
                onChange={(pupilActivity) => setStage(i, { pupilActivity })}
              />
              <PlanTextField
                label={t('stageAssessmentFieldLabel')}
                hiddenLabel={which}
                value={stage.assessment}
                onChange={(assessment) => setStage(i, { assessment })}
              />
              <StageResources
                library={library}
                titleOf={titleOf}
                stageLabel={which}
                resourceIds={stage.resourceIds}
                onChange={(resourceIds) => setStage(i, { resourceIds })}
              />
              <div className="form-actions">
                <button type="button" className="button button-quiet" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('moveUpAction')}
                  <span className="visually-hidden"> {which}</span>
                </button>
                <button type="button" className="button button-quiet" disabled={i === draft.stages.length - 1} onClick={() => move(i, 1)}>
                  {t('moveDownAction')}
                  <span className="visually-hidden"> {which}</span>
                </button>
                <button type="button" className="button button-danger" onClick={() => setStages(draft.stages.filter((_, k) => k !== i))}>
                  {t('removeStageAction')}
                  <span className="visually-hidden"> {which}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() =>
          setStages([
            ...draft.stages,
            {
              name: t('newStageNameLabel'),
              minutes: String(Math.max(1, left)),
              lead: StageLead.teacher,
              teacherActivity: '',
              pupilActivity: '',
              assessment: '',
              resourceIds: [],
            },
          ])
        }
      >
        {t('addStageAction')}
      </button>
    </section>
  );
}
