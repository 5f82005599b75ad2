/**
 * The attendance page of the paper journal: pupils down, the held lessons of the period
 * across, one letter per cell in the class's journal language. The paper form writes every
 * missed lesson as н (Ж) and leaves lateness out, as the official form does; the detailed
 * form keeps every letter. A shaded cell is a lesson before the pupil came or after they
 * left. The print stylesheet lays this grid out on a landscape page.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { PaperJournal } from '@/domain/reports/paperJournal';
import { fullName } from '@/domain/person';
import { useReportFormat } from './useReportFormat';

export function JournalGrid({ journal, title }: { journal: PaperJournal; title: string }) {
  const { t } = useTranslation(['reports']);
  const format = useReportFormat();
  if (journal.lessons.length === 0) return <p className="hint">{t('noHeldLessonsMessage')}</p>;
  return (
    <div className="table-frame journal-frame">
      <table className="journal-grid" data-form={journal.form}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col" className="journal-number">
              №
            </th>
            <th scope="col" className="journal-name">
              {t('pupilColumnLabel')}
            </th>
            {journal.lessons.map((lesson) => (
              <th key={lesson.sessionId} scope="col" className="journal-lesson">
                <span aria-hidden="true">
                  {format.shortDate(lesson.date)}
                  <br />
                  {lesson.period}
                </span>
                <span className="visually-hidden">{t('journalLessonLabel', { date: format.shortDate(lesson.date), period: lesson.period })}</span>
              </th>
            ))}
            <th scope="col" className="journal-total">
              {t('missedColumnLabel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {journal.rows.map((row, i) => (
            <tr key={row.pupilId} data-pupil-id={row.pupilId}>
              <td className="journal-number">{i + 1}</td>
              <th scope="row" className="journal-name">
                {fullName(row.person)}
              </th>
              {row.cells.map((cell, c) =>
                cell === null ? (
                  <td key={journal.lessons[c]?.sessionId} className="journal-cell not-enrolled">
                    <span className="visually-hidden">{t('notInClassLabel')}</span>
                  </td>
                ) : (
                  <td key={journal.lessons[c]?.sessionId} className="journal-cell">
                    {cell}
                  </td>
                ),
              )}
              <td className="journal-total">{row.missedLessons}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
