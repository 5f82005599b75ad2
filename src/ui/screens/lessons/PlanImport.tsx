/**
 * Importing the КТЖ spreadsheet a teacher received (.xlsx or .csv): a preview row by row,
 * as the file numbers them (each topic with its quarter, section, hours and objective
 * codes; headings; rows to fix, said in words), the hours per quarter, and nothing stored
 * until the teacher confirms. A plan already in force has its topics replaced (said first).
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { TableFrame } from '@/ui/components/TableFrame';
import type { PlanOwner } from '@/client/lessons/calendarPlanWrites';
import { readPlanFile } from '@/client/lessons/import/readPlanFile';
import { readPlanRows, type PlanImportPreview } from '@/client/lessons/import/readPlanRows';
import type { PlanImportProblem } from '@/client/lessons/import/planImportProblem';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import type { LessonsOverview } from '@/client/lessons/readLessonsOverview';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';

const PROBLEM_KEYS = {
  unreadableFile: 'lessons:unreadableFileProblemMessage',
  noHeader: 'lessons:noHeaderProblemMessage',
  noTopics: 'lessons:noTopicsProblemMessage',
  missingTopic: 'lessons:missingTopicProblemMessage',
  badHours: 'lessons:badHoursProblemMessage',
  unknownQuarter: 'lessons:unknownQuarterProblemMessage',
  quarterOrder: 'lessons:quarterOrderProblemMessage',
  badDate: 'lessons:badDateProblemMessage',
  topicTooLong: 'lessons:topicTooLongProblemMessage',
} as const satisfies Record<PlanImportProblem, string>;

export function PlanImport({ overview, owner }: { overview: LessonsOverview; owner: PlanOwner }) {
  const { t } = useTranslation(['lessons']);
  const fileId = useId();
  const planning = usePlanningCommands();
  const save = useSaveAction();
  const [preview, setPreview] = useState<PlanImportPreview | undefined>();
  const [imported, setImported] = useState(0);
  const current = overview.plans.current;

  const choose = async (file: File | undefined) => {
    setPreview(undefined);
    setImported(0);
    save.reset();
    if (!file) return;
    const read = await readPlanFile(new Uint8Array(await file.arrayBuffer()));
    setPreview(read.ok ? readPlanRows(read.rows, overview.year) : { fileProblem: read.problem, rows: [], entries: [], hoursByQuarter: [0, 0, 0, 0] });
  };
  const confirm = async () => {
    if (!preview) return;
    const count = preview.entries.length;
    if (await save.run(() => planning.importCalendarPlan(owner, preview.entries, current?.id))) {
      setImported(count);
      setPreview(undefined);
    }
  };

  return (
    <div className="plan-import">
      <div className="field">
        <label htmlFor={fileId}>{t('importFileFieldLabel')}</label>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <p className="hint">{t('importFileHintMessage')}</p>
      </div>
      <p className="field-status" role="status">
        {imported > 0 ? t('importedMessage', { count: imported }) : ''}
      </p>
      {preview?.fileProblem && (
        <p className="field-error" role="alert">
          {t(PROBLEM_KEYS[preview.fileProblem])}
        </p>
      )}
      {preview && preview.entries.length > 0 && (
        <>
          <TableFrame label={t('importPreviewTitle', { count: preview.entries.length })}>
            <table className="data-table plan-import-preview">
              <caption>{t('importPreviewTitle', { count: preview.entries.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fileRowColumnLabel')}</th>
                  <th scope="col">{t('quarterColumnLabel')}</th>
                  <th scope="col">{t('sectionColumnLabel')}</th>
                  <th scope="col">{t('topicColumnLabel')}</th>
                  <th scope="col">{t('hoursColumnLabel')}</th>
                  <th scope="col">{t('codesColumnLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) =>
                  r.kind === 'topic' ? (
                    <tr key={r.row} data-row={r.row}>
                      <td>{r.row}</td>
                      <td>{r.entry.quarter}</td>
                      <td>{r.entry.section}</td>
                      <td>{r.entry.title}</td>
                      <td>{r.entry.hours}</td>
                      <td>{r.entry.objectiveCodes?.join(', ')}</td>
                    </tr>
                  ) : r.kind === 'heading' ? (
                    <tr key={r.row} data-row={r.row} className="import-heading">
                      <td>{r.row}</td>
                      <th scope="rowgroup" colSpan={5}>
                        {r.text}
                      </th>
                    </tr>
                  ) : (
                    <tr key={r.row} data-row={r.row} className="import-problem">
                      <td>{r.row}</td>
                      <td colSpan={5}>
                        <strong>{r.topic || t('noTopicLabel')}</strong>: {r.problems.map((p) => t(PROBLEM_KEYS[p])).join(' ')}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </TableFrame>
          <p>
            {t('importHoursMessage', {
              q1: preview.hoursByQuarter[0],
              q2: preview.hoursByQuarter[1],
              q3: preview.hoursByQuarter[2],
              q4: preview.hoursByQuarter[3],
            })}
          </p>
          {preview.rows.some((r) => r.kind === 'problem') && <p className="warning-message">{t('importSkipsProblemsMessage')}</p>}
          {current && <p className="warning-message">{t('importReplacesMessage', { count: current.entries.length })}</p>}
          <WriteProblems error={save.error} />
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={save.isSaving} onClick={() => void confirm()}>
              {t('importConfirmAction', { count: preview.entries.length })}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setPreview(undefined)}>
              {t('importCancelAction')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
