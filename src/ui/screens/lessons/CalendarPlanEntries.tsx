/**
 * The КТЖ's topics edited by hand: quarter, section, topic, hours and objective codes, in
 * teaching order; add, remove, and save them in one write. Refusals name the row and field.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TableFrame } from '@/ui/components/TableFrame';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { CalendarPlanEntry } from '@/domain/entities/calendarPlan';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useUnsavedInput } from '@/ui/components/useUnsavedInput';
import { emptyEntryForm, entryToForm, formToEntry, type EntryForm } from './planEntryForm';

const QUARTERS = [1, 2, 3, 4];

export function CalendarPlanEntries({ planId, entries }: { planId: string; entries: readonly CalendarPlanEntry[] }) {
  const { t } = useTranslation(['lessons']);
  const planning = usePlanningCommands();
  const save = useSaveAction();
  const [rows, setRows] = useState<EntryForm[]>(() => entries.map(entryToForm));
  const [isDirty, setDirty] = useState(false);
  const store = () => save.run(() => planning.saveCalendarPlanEntries(planId, rows.map(formToEntry))).then((ok) => ok && setDirty(false));
  useUnsavedInput(isDirty, async () => void (await store()));
  const edit = (next: EntryForm[]) => {
    setRows(next);
    setDirty(true);
  };
  const set = (i: number, patch: Partial<EntryForm>) => edit(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const rowLabel = (i: number) => t('topicRowLabel', { number: i + 1 });
  const fieldLabels: Record<string, string> = {};
  rows.forEach((_, i) => {
    for (const [field, key] of [
      ['title', 'topicColumnLabel'],
      ['hours', 'hoursColumnLabel'],
      ['quarter', 'quarterColumnLabel'],
      ['objectiveCodes', 'codesColumnLabel'],
      ['week', 'quarterColumnLabel'],
    ] as const)
      fieldLabels[`entries.${i}.${field}`] = `${rowLabel(i)}, ${t(key)}`;
  });
  return (
    <form
      className="plan-entries"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void store();
      }}
    >
      <TableFrame label={t('calendarPlanTitle')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{t('quarterColumnLabel')}</th>
              <th scope="col">{t('sectionColumnLabel')}</th>
              <th scope="col">{t('topicColumnLabel')}</th>
              <th scope="col">{t('hoursColumnLabel')}</th>
              <th scope="col">{t('codesColumnLabel')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actionsColumnLabel')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td>
                  <select
                    aria-label={`${t('quarterColumnLabel')}, ${rowLabel(i)}`}
                    value={row.quarter}
                    onChange={(e) => set(i, { quarter: Number(e.target.value) })}
                  >
                    {QUARTERS.map((q) => (
                      <option key={q} value={q}>
                        {q}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${t('sectionColumnLabel')}, ${rowLabel(i)}`}
                    value={row.section}
                    onChange={(e) => set(i, { section: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${t('topicColumnLabel')}, ${rowLabel(i)}`}
                    value={row.title}
                    onChange={(e) => set(i, { title: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="inline-input"
                    inputMode="decimal"
                    aria-label={`${t('hoursColumnLabel')}, ${rowLabel(i)}`}
                    value={row.hours}
                    onChange={(e) => set(i, { hours: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${t('codesColumnLabel')}, ${rowLabel(i)}`}
                    value={row.codes}
                    onChange={(e) => set(i, { codes: e.target.value })}
                  />
                </td>
                <td>
                  <button type="button" className="button button-quiet" onClick={() => edit(rows.filter((_, k) => k !== i))}>
                    {t('removeTopicAction')}
                    <span className="visually-hidden"> {rowLabel(i)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <WriteProblems error={save.error} fieldLabels={fieldLabels} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => edit([...rows, emptyEntryForm(rows.at(-1)?.quarter ?? 1)])}>
          {t('addTopicAction')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isSaving || !isDirty}>
          {t('saveTopicsAction')}
        </button>
        <span className="field-status" role="status">
          {save.state.status === 'saved' && !isDirty ? t('savedStatusMessage') : ''}
        </span>
      </div>
    </form>
  );
}
