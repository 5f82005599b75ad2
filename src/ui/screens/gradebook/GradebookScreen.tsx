/**
 * The gradebook of a class set, a subject and a quarter: a column for each formative task,
 * БЖБ and ТЖБ given that quarter, the current pupils grouped by grade, cells from scored
 * attempts or typed as fast as the register (digits, Enter, arrows), offline; each pupil's
 * parts, term percent and mark, and how it was computed. The choice lives in the address.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useGradebook, useGradebookChoices, useYearMarks } from '@/client/gradebook/useGradebook';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import type { Language } from '@/domain/language';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { SelectField } from '@/ui/components/form/SelectField';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { GradebookTable } from './GradebookTable';
import { MasteryTable } from './MasteryTable';
import { GradebookSummary } from './GradebookSummary';
import '../reports/print.css';
import './gradebook.css';

const QUARTERS = ['1', '2', '3', '4'];

export default function GradebookScreen() {
  const { t, i18n } = useTranslation(['gradebook']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const choices = useGradebookChoices(user?.schoolId ?? '');
  const classSetId = params.get('classSet') ?? '';
  const subjectId = params.get('subject') ?? '';
  const quarter = Number(params.get('quarter') ?? '2');
  const query = classSetId && subjectId && quarter >= 1 && quarter <= 4 ? { classSetId, subjectId, quarter } : undefined;
  const book = useGradebook(query);
  const yearMarks = useYearMarks(query?.classSetId, query?.subjectId);
  if (!user) return null;
  const classSetName = choices?.classSets.find((c) => c.id === classSetId)?.name ?? '';
  const subject = choices?.subjects.find((s) => s.id === subjectId);
  const subjectLabel = subject ? subjectName(subject.names, i18n.language as Language) : '';
  const fileName = [classSetName, subjectLabel, t('fileNameLabel'), String(quarter)].join('_');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <div className="gradebook-filters">
        <SelectField
          label={t('classSetFieldLabel')}
          value={classSetId}
          options={[{ value: '', label: t('chooseLabel') }, ...(choices?.classSets ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(classSet) => params.set({ classSet }, { replace: true })}
        />
        <SelectField
          label={t('subjectFieldLabel')}
          value={subjectId}
          options={[
            { value: '', label: t('chooseLabel') },
            ...(choices?.subjects ?? []).map((s) => ({ value: s.id, label: subjectName(s.names, i18n.language as Language) })),
          ]}
          onChange={(subject) => params.set({ subject }, { replace: true })}
        />
        <SelectField
          label={t('quarterFieldLabel')}
          value={String(quarter)}
          options={QUARTERS.map((q) => ({ value: q, label: q }))}
          onChange={(q) => params.set({ quarter: q }, { replace: true })}
        />
      </div>
      {!query ? (
        <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
      ) : book === undefined ? (
        <p className="screen-loading">{t('loadingMessage')}</p>
      ) : book === null || book.columns.length === 0 ? (
        <EmptyState title={t('noColumnsTitle')} message={t('noColumnsMessage')} />
      ) : (
        <div className="report-body">
          <p className="print-only print-heading">{t('printHeadingLabel', { classSet: classSetName, subject: subjectLabel, quarter })}</p>
          <div className="report-actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('printAction')}
            </button>
          </div>
          <GradebookTable book={book} classSetId={classSetId} quarter={quarter} staffId={user.staffId ?? ''} yearMarks={yearMarks} />
          <GradebookSummary book={book} fileName={fileName} />
          <MasteryTable book={book} fileName={`${fileName}_${t('masteryFileNameLabel')}`} />
        </div>
      )}
    </ScreenLayout>
  );
}
