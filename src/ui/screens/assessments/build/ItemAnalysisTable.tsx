/**
 * Item analysis of an assessment: per item, how many answered, difficulty, discrimination
 * and how often each option was chosen; an item that does not tell stronger pupils from
 * weaker ones (discrimination below 0.2) is marked to be checked.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useItemAnalysis } from '@/client/assessments/useAssessments';
import { TableExport } from '@/ui/components/TableExport';

const WEAK_DISCRIMINATION = 0.2;

export function ItemAnalysisTable({ assessmentId, title }: { assessmentId: string; title: string }) {
  const { t } = useTranslation(['assessments']);
  const { formatNumber } = useFormatters();
  const analysis = useItemAnalysis(assessmentId);
  if (!analysis || analysis.attempts === 0) return null;
  const figure = (n: number | null) => (n === null ? '–' : formatNumber(n));
  const choicesOf = (a: (typeof analysis.items)[number]) =>
    Object.entries(a.choices)
      .map(([id, n]) => `${a.item?.options?.find((o) => o.id === id)?.text ?? id}: ${n}`)
      .join('; ');
  const table = () => [
    [t('promptFieldLabel'), t('answeredColumnLabel'), t('difficultyColumnLabel'), t('discriminationColumnLabel'), t('choicesColumnLabel')],
    ...analysis.items.map((a) => [a.item?.prompt ?? a.itemId, a.answered, a.difficulty, a.discrimination, choicesOf(a)]),
  ];
  return (
    <details className="item-analysis">
      <summary>{t('itemAnalysisTitle', { count: analysis.attempts })}</summary>
      <div className="table-frame" tabIndex={0} role="region" aria-label={t('itemAnalysisTableLabel', { title })}>
        <table className="data-table">
          <caption className="visually-hidden">{t('itemAnalysisTableLabel', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('promptFieldLabel')}</th>
              <th scope="col">{t('answeredColumnLabel')}</th>
              <th scope="col">{t('difficultyColumnLabel')}</th>
              <th scope="col">{t('discriminationColumnLabel')}</th>
              <th scope="col">{t('choicesColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.items.map((a) => (
              <tr key={a.itemId}>
                <th scope="row">
                  {a.item?.prompt ?? a.itemId}
                  {a.discrimination !== null && a.discrimination < WEAK_DISCRIMINATION && <span className="weak-item"> ({t('checkItemLabel')})</span>}
                </th>
                <td>{a.answered}</td>
                <td>{figure(a.difficulty)}</td>
                <td>{figure(a.discrimination)}</td>
                <td>{choicesOf(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableExport fileName={`${title}_${t('itemAnalysisFileNameLabel')}`} rows={table} />
    </details>
  );
}
