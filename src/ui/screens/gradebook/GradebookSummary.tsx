/**
 * Under the gradebook: the class set's үлгерім (share of pupils with a term mark with no
 * mark below 3) and білім сапасы (share with a 4 or 5) for the subject and quarter, over the
 * pupils who have a term mark, with how many do not yet; and the gradebook as a CSV file for
 * Excel (or the Kundelik journal), offline.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { encodeCsv } from '@/client/csv/encodeCsv';
import type { Gradebook } from '@/client/gradebook/readGradebook';
import { indicators } from '@/domain/grading/indicators';
import { fullName } from '@/domain/person';
import { downloadFile, safeFileName } from '@/ui/screens/reports/downloadFile';

export function GradebookSummary({ book, fileName }: { book: Gradebook; fileName: string }) {
  const { t } = useTranslation(['gradebook']);
  const { formatNumber } = useFormatters();
  // A pupil who left during the quarter gets their term mark in the class set they went to.
  const figures = indicators(book.rows.filter((r) => !r.leftOn).map((r) => (r.term.ok ? [r.term.value.mark] : [])));
  const percent = (p: number | null) => (p === null ? '–' : `${formatNumber(Math.round(p * 10) / 10)} %`);
  const exportCsv = () => {
    const header = [
      t('pupilColumnLabel'),
      ...book.columns.map((c) => `${c.assessment.title} (${c.maxScore})`),
      t('termPercentColumnLabel'),
      t('termMarkColumnLabel'),
    ];
    const rows = book.rows.map((r) => [
      fullName(r.pupil),
      ...book.columns.map((c) => (r.cells.has(c.assessment.id) ? String(r.cells.get(c.assessment.id)!.score) : '')),
      r.term.ok ? String(Math.round(r.term.value.percent * 10) / 10) : '',
      r.term.ok ? String(r.term.value.mark) : '',
    ]);
    downloadFile(encodeCsv([header, ...rows]), `${safeFileName(fileName)}.csv`, 'text/csv;charset=utf-8');
  };
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
      <button type="button" className="button" onClick={exportCsv}>
        {t('exportCsvAction')}
      </button>
    </section>
  );
}
