/**
 * A subject's journal page on screen and on paper: the attendance grid of the paper journal
 * (pupils down, the quarter's lessons across, one letter per cell) with the points of the
 * day's formative work beside the letter, then each БЖБ and the ТЖБ in points, the term
 * percent and mark, the year mark, and the lessons missed. A combined class set's grades
 * are grouped, each numbered from 1 as Kundelik keeps them. A shaded cell is a day the
 * pupil was not in the class set. The print stylesheet lays it out on a landscape page.
 */
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { fullName } from '@/domain/person';
import type { JournalPage, PageCell, PageDayColumn, PageSummative } from '@/domain/reports/journalPage';
import { useReportFormat } from '../reports/useReportFormat';
import './journal.css';

function DayHeader({ column }: { column: PageDayColumn }) {
  const { t } = useTranslation(['journal', 'reports']);
  const format = useReportFormat();
  const date = format.shortDate(column.date);
  const lesson = column.lesson ? t('reports:journalLessonLabel', { date, period: column.lesson.period }) : undefined;
  const work = column.work;
  const label = work
    ? lesson
      ? t('workLessonLabel', { lesson, title: work.title, max: work.maxScore })
      : t('workDayLabel', { date, title: work.title, max: work.maxScore })
    : (lesson ?? date);
  return (
    <th scope="col" className={work ? 'journal-lesson journal-work' : 'journal-lesson'}>
      <span aria-hidden="true">
        {date}
        <br />
        {column.lesson ? column.lesson.period : t('noLessonLabel')}
        {work && (
          <>
            <br />
            {t('formativeColumnLabel', { max: work.maxScore })}
          </>
        )}
      </span>
      <span className="visually-hidden">{label}</span>
    </th>
  );
}

function SummativeHeader({ column }: { column: PageSummative }) {
  const { t } = useTranslation(['journal']);
  const { work, number } = column;
  return (
    <th scope="col" className="journal-summative">
      {work.component === 'termSummative'
        ? t('termSummativeColumnLabel', { max: work.maxScore })
        : t('sectionSummativeColumnLabel', { number, max: work.maxScore })}
      <span className="visually-hidden"> «{work.title}»</span>
    </th>
  );
}

function DayCell({ cell }: { cell: PageCell }) {
  const { t } = useTranslation(['journal', 'reports']);
  const points = cell.points === undefined ? null : <span className="journal-points">{cell.points}</span>;
  if (!cell.inClass)
    return <td className="journal-cell not-enrolled">{points ?? <span className="visually-hidden">{t('reports:notInClassLabel')}</span>}</td>;
  return (
    <td className="journal-cell">
      {cell.letter}
      {cell.letter && points ? ' ' : ''}
      {points}
    </td>
  );
}

export function JournalPageGrid({ page, title }: { page: JournalPage; title: string }) {
  const { t } = useTranslation(['journal', 'reports']);
  const { formatNumber } = useFormatters();
  if (page.days.length === 0 && page.summatives.length === 0) return <p className="hint">{t('reports:noHeldLessonsMessage')}</p>;
  const grades = [...new Set(page.rows.map((r) => r.grade))];
  const columns = 2 + page.days.length + page.summatives.length + 4;
  return (
    <div className="table-frame journal-frame">
      <table className="journal-grid journal-page" data-form={page.form}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col" className="journal-number">
              №
            </th>
            <th scope="col" className="journal-name">
              {t('reports:pupilColumnLabel')}
            </th>
            {page.days.map((column, i) => (
              <DayHeader key={column.lesson?.sessionId ?? `${column.date}-${i}`} column={column} />
            ))}
            {page.summatives.map((column) => (
              <SummativeHeader key={column.work.id} column={column} />
            ))}
            <th scope="col" className="journal-summative">
              {t('termPercentColumnLabel')}
            </th>
            <th scope="col" className="journal-summative">
              {t('termMarkColumnLabel')}
            </th>
            <th scope="col" className="journal-summative">
              {t('yearMarkColumnLabel')}
            </th>
            <th scope="col" className="journal-total">
              {t('reports:missedColumnLabel')}
            </th>
          </tr>
        </thead>
        {grades.map((grade) => (
          <tbody key={grade}>
            {grades.length > 1 && (
              <tr className="journal-grade">
                <th scope="rowgroup" colSpan={columns}>
                  {t('gradeGroupLabel', { grade })}
                </th>
              </tr>
            )}
            {page.rows
              .filter((r) => r.grade === grade)
              .map((row) => (
                <tr key={row.pupilId} data-pupil-id={row.pupilId}>
                  <td className="journal-number">{row.number}</td>
                  <th scope="row" className="journal-name">
                    {fullName(row.person)}
                  </th>
                  {row.cells.map((cell, c) => (
                    <DayCell key={page.days[c]?.lesson?.sessionId ?? `${page.days[c]?.date}-${c}`} cell={cell} />
                  ))}
                  {row.summatives.map((points, s) => (
                    <td key={page.summatives[s]?.work.id} className="journal-mark" data-column={page.summatives[s]?.work.id}>
                      {points}
                    </td>
                  ))}
                  <td className="journal-mark" data-column="termPercent">
                    {row.termPercent === undefined ? '' : formatNumber(row.termPercent)}
                  </td>
                  <td className="journal-mark" data-column="termMark">
                    {row.termMark}
                  </td>
                  <td className="journal-mark" data-column="yearMark">
                    {row.yearMark}
                  </td>
                  <td className="journal-total">{row.missedLessons}</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
