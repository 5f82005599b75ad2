/**
 * The year's calendar-thematic plan (КТЖ) of the subject and grade: without one, start it
 * empty, copy last year's or a colleague's, or import the spreadsheet; with one, its size
 * and its topics to edit by hand.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { PlanOwner } from '@/client/lessons/calendarPlanWrites';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import type { LessonsOverview } from '@/client/lessons/readLessonsOverview';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { CalendarPlanEntries } from './CalendarPlanEntries';
import { PlanImport } from './PlanImport';

export function CalendarPlanPanel({ overview, owner }: { overview: LessonsOverview; owner: PlanOwner }) {
  const { t } = useTranslation(['lessons']);
  const planning = usePlanningCommands();
  const save = useSaveAction();
  const [copyFrom, setCopyFrom] = useState('');
  const [isEditing, setEditing] = useState(false);
  const { current, others } = overview.plans;
  const hours = overview.entries.reduce((sum, e) => sum + e.hours, 0);
  return (
    <section className="panel" aria-labelledby="calendar-plan-heading">
      <h2 id="calendar-plan-heading">{t('calendarPlanTitle')}</h2>
      {current ? (
        <>
          <p>{t('calendarPlanSummaryMessage', { count: overview.entries.length, hours })}</p>
          <button type="button" className="button" aria-expanded={isEditing} onClick={() => setEditing(!isEditing)}>
            {isEditing ? t('closeTopicsAction') : t('editTopicsAction')}
          </button>
          {isEditing && <CalendarPlanEntries planId={current.id} entries={overview.entries} />}
          <details className="plan-import-details">
            <summary>{t('importAgainTitle')}</summary>
            <PlanImport overview={overview} owner={owner} />
          </details>
        </>
      ) : (
        <>
          <p className="hint">{t('noCalendarPlanMessage')}</p>
          <WriteProblems error={save.error} />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={save.isSaving}
              onClick={() => void save.run(() => planning.createCalendarPlan(owner))}
            >
              {t('startEmptyPlanAction')}
            </button>
          </div>
          <h3>{t('importTitle')}</h3>
          <PlanImport overview={overview} owner={owner} />
          {others.length > 0 && (
            <div className="inline-form">
              <SelectField
                label={t('copyFromFieldLabel')}
                value={copyFrom}
                options={[
                  { value: '', label: t('chooseOptionLabel') },
                  ...others.map((o) => ({
                    value: o.plan.id,
                    label: t('otherPlanOptionLabel', { year: o.yearName, author: o.authorName, count: o.plan.entries.length }),
                  })),
                ]}
                onChange={setCopyFrom}
              />
              <button
                type="button"
                className="button"
                disabled={copyFrom === '' || save.isSaving}
                onClick={() => void save.run(() => planning.copyCalendarPlan(copyFrom, owner))}
              >
                {t('copyPlanAction')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
