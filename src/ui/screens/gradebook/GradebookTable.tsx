/**
 * The gradebook's table. Each cell is a field: digits and Enter store the score on this
 * laptop and move down, arrows move between cells, an emptied cell falls back to the
 * attempt's score. A term mark says how it was computed (policy, weights, parts), and a
 * pupil missing a part says which, rather than a mark counting it as zero.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useGradebookCommands } from '@/client/gradebook/gradebookCommands';
import type { CarriedWork } from '@/domain/gradebook/carriedWork';
import type { Gradebook, GradebookRow } from '@/client/gradebook/readGradebook';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { isoDate } from '@/domain/dates';
import { fullName } from '@/domain/person';
import { TermComponent, type TermMarkResult } from '@/domain/grading/termMark';
import { shownPercent } from '@/domain/grading/shownPercent';
import type { YearMarkResult } from '@/domain/grading/yearMark';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { LONG_DATE, useIsoDateFormat } from '@/ui/components/schoolDates';
import { CellConflict } from './CellConflict';

const KIND_KEYS = {
  formative: 'gradebook:formativeShortLabel',
  sectionSummative: 'gradebook:sectionSummativeShortLabel',
  termSummative: 'gradebook:termSummativeShortLabel',
} as const;
const COMPONENTS = Object.values(TermComponent);

export function GradebookTable({
  book,
  classSetId,
  quarter,
  staffId,
  yearMarks,
}: {
  book: Gradebook;
  classSetId: string;
  quarter: number;
  staffId: string;
  yearMarks: ReadonlyMap<string, YearMarkResult> | undefined;
}) {
  const { t } = useTranslation(['gradebook']);
  const { formatNumber } = useFormatters();
  const formatDate = useIsoDateFormat();
  const commands = useGradebookCommands();
  const save = useSaveAction();
  const grades = [...new Set(book.rows.map((r) => r.pupil.grade))];
  // Cut down, never rounded up: 39.99 % beside a 2 must not read 40 %.
  const percent = (p: number | null | undefined) => (p === null || p === undefined ? '–' : `${formatNumber(shownPercent(p))} %`);

  const move = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const to =
      event.key === 'ArrowDown' || event.key === 'Enter'
        ? [row + 1, col]
        : event.key === 'ArrowUp'
          ? [row - 1, col]
          : event.key === 'ArrowRight'
            ? [row, col + 1]
            : event.key === 'ArrowLeft'
              ? [row, col - 1]
              : undefined;
    if (!to) return;
    const next = document.querySelector<HTMLInputElement>(`[data-cell="${to[0]}:${to[1]}"]`);
    if (!next) return;
    event.preventDefault();
    if (event.key === 'Enter') event.currentTarget.blur();
    next.focus();
    next.select();
  };
  const store = (r: GradebookRow, assessmentId: string, text: string) => {
    const typed = text.trim().replace(',', '.');
    const current = r.cells.get(assessmentId);
    if (typed === (current ? String(current.score) : '')) return;
    void save.run(() =>
      commands.typeMark({
        pupilId: r.pupil.id,
        classSetId,
        assessmentId,
        score: typed === '' ? undefined : Number(typed),
        date: isoDate(Date.now()),
        quarter,
        authorId: staffId,
      }),
    );
  };

  const yearText = (y: YearMarkResult | undefined) =>
    y === undefined
      ? '–'
      : y.ok
        ? String(y.value.mark)
        : t('missingTermsLabel', { terms: ('missingTerms' in y ? (y.missingTerms ?? []) : []).join(', ') });
  let rowIndex = -1;
  return (
    <>
      <WriteProblems error={save.error} fieldLabels={{ score: t('scoreFieldLabel') }} />
      <p className="hint">{t('keyboardHintMessage', { policy: book.policyName })}</p>
      <div className="table-frame" tabIndex={0} role="region" aria-label={t('gradebookTableTitle')}>
        <table className="data-table gradebook-table">
          <caption className="visually-hidden">{t('gradebookTableTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pupilColumnLabel')}</th>
              {book.columns.map((c) => (
                <th key={c.assessment.id} scope="col" title={c.assessment.title}>
                  {t(KIND_KEYS[c.component])}
                  <span className="column-title">{c.assessment.title}</span>
                  <span className="hint">{t('outOfLabel', { max: c.maxScore })}</span>
                </th>
              ))}
              {COMPONENTS.map((c) => (
                <th key={c} scope="col">
                  {t(KIND_KEYS[c])} %
                </th>
              ))}
              <th scope="col">{t('termPercentColumnLabel')}</th>
              <th scope="col">{t('termMarkColumnLabel')}</th>
              <th scope="col">{t('yearMarkColumnLabel')}</th>
            </tr>
          </thead>
          {grades.map((grade) => (
            <tbody key={grade}>
              {grades.length > 1 && (
                <tr className="grade-row">
                  <th scope="rowgroup" colSpan={book.columns.length + 7}>
                    {t('gradeGroupLabel', { grade })}
                  </th>
                </tr>
              )}
              {book.rows
                .filter((r) => r.pupil.grade === grade)
                .map((r) => {
                  rowIndex += 1;
                  const ri = rowIndex;
                  const name = fullName(r.pupil);
                  return (
                    <tr key={r.pupil.id} data-pupil-id={r.pupil.id}>
                      <th scope="row">
                        {name}
                        {r.joinedOn && <span className="hint">{t('joinedOnLabel', { date: formatDate(r.joinedOn, LONG_DATE) })}</span>}
                        {r.leftOn && <span className="hint">{t('leftOnLabel', { date: formatDate(r.leftOn, LONG_DATE) })}</span>}
                      </th>
                      {book.columns.map((c, ci) => {
                        const cell = r.cells.get(c.assessment.id);
                        return (
                          <td key={c.assessment.id} className={cell?.source === 'typed' ? 'cell-typed' : undefined}>
                            <input
                              key={cell ? `${cell.source}:${cell.score}` : 'empty'}
                              data-cell={`${ri}:${ci}`}
                              inputMode="decimal"
                              aria-label={t('cellFieldLabel', { pupil: name, column: c.assessment.title })}
                              defaultValue={cell ? String(cell.score) : ''}
                              onKeyDown={(e) => move(e, ri, ci)}
                              onBlur={(e) => store(r, c.assessment.id, e.currentTarget.value)}
                            />
                            {cell?.conflicts && <CellConflict cell={cell} staffId={staffId} name={name} />}
                          </td>
                        );
                      })}
                      {COMPONENTS.map((c) => (
                        <td key={c}>{percent(r.term.ok ? r.term.value.parts[c] : undefined)}</td>
                      ))}
                      <td>{r.term.ok && !r.leftOn ? percent(r.term.value.percent) : '–'}</td>
                      <td>
                        {r.leftOn ? (
                          <span className="term-missing">{t('termMarkElsewhereLabel')}</span>
                        ) : (
                          <TermMarkCell term={r.term} carried={r.carried} />
                        )}
                      </td>
                      <td>{yearText(yearMarks?.get(r.pupil.id))}</td>
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function TermMarkCell({ term, carried }: { term: TermMarkResult; carried: readonly CarriedWork[] }) {
  const { t } = useTranslation(['gradebook']);
  const { formatNumber } = useFormatters();
  if (!term.ok) {
    const missing = 'components' in term ? (term.components ?? []) : [];
    return (
      <span className="term-missing">
        {missing.length ? t('missingPartsLabel', { parts: missing.map((c) => t(KIND_KEYS[c])).join(', ') }) : t('noMarkLabel')}
      </span>
    );
  }
  const { mark, percent, weights, parts } = term.value;
  const how = t('howComputedMessage', {
    parts: COMPONENTS.filter((c) => weights[c] > 0)
      .map((c) => `${weights[c]} % × ${formatNumber(shownPercent(parts[c] ?? 0))} %`)
      .join(' + '),
    percent: formatNumber(shownPercent(percent)),
    mark,
  });
  return (
    <details className="term-mark">
      <summary aria-label={t('termMarkSummaryLabel', { mark })}>{mark}</summary>
      <p>{how}</p>
      {carried.length > 0 && (
        <p>
          {t('carriedWorkMessage', {
            works: carried.map((w) => `${w.assessment.title} ${w.cell.score}/${w.cell.maxScore} (${w.classSetName})`).join('; '),
          })}
        </p>
      )}
    </details>
  );
}
