/**
 * Under the gradebook: the class set's үлгерім (share of pupils with a term mark with no
 * mark below 3) and білім сапасы (share with a 4 or 5) for the subject and quarter, over the
 * pupils who have a term mark, with how many do not yet; and the gradebook as CSV and XLSX,
 * offline.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import type { Gradebook } from '@/client/gradebook/readGradebook';
import { indicators } from '@/domain/grading/indicators';
import { shownPercent } from '@/domain/grading/shownPercent';
import { fullName } from '@/domain/person';
import { TableExport } from '@/ui/components/TableExport';

export function GradebookSummary({ book, fileName }: { book: Gradebook; fileName: string }) {
  const { t } = useTranslation(['gradebook']);
  const { formatNumber } = useFormatters();
  // A pupil who left during the quarter gets their term mark in the class set they went to.
  const figures = indicators(book.rows.filter((r) => !r.leftOn).map((r) => (r.term.ok ? [r.term.value.mark] : [])));
  const percent = (p: number | null) => (p === null ? '–' : `${formatNumber(Math.round(p * 10) / 10)} %`);
  const table = () => [
    [
      t('pupilColumnLabel'),
      ...book.columns.map((c) => `${c.assessment.title} (${c.maxScore})`),
      t('termPercentColumnLabel'),
      t('termMarkColumnLabel'),
    ],
    ...book.rows.map((r) => [
      fullName(r.pupil),
      ...book.columns.map((c) => r.cells.get(c.assessment.id)?.score ?? null),
      r.term.ok && !r.leftOn ? shownPercent(r.term.value.percent) : null,
      r.term.ok && !r.leftOn ? r.term.value.mark : null,
    ]),
  ];
  return (
    <section className="panel" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('indicatorsTitle')}</h2>
      <p>
        {t('indicatorsMessage', {
          performance: percent(figures.performancePercent),
          quality: percent(figures.qualityPercent),
          assessed: figures.assessed,
          pupils: figures.pupils,
        })}
      </p>
      <TableExport fileName={fileName} rows={table} />
    </section>
  );
}
