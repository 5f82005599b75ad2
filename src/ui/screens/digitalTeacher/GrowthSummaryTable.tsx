/**
 * A table of mean growth (the growth report's groups and subjects): each row's heading and
 * leading cells, then its mean growth in percentage points and how many of its pupils have
 * a growth yet.
 */
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { GrowthSummary } from '@/domain/digitalTeacher/growth';
import { TableFrame } from '@/ui/components/TableFrame';
import { signedPoints } from './programmeText';

export interface GrowthSummaryRow {
  key: string;
  heading: string;
  /** The cells between the heading and the figures. */
  cells: readonly string[];
  summary: GrowthSummary;
}

export function GrowthSummaryTable({ title, columns, rows }: { title: string; columns: readonly string[]; rows: readonly GrowthSummaryRow[] }) {
  const { t } = useTranslation(['digitalTeacher']);
  const language = currentLanguage();
  const headers = [...columns, t('meanGrowthColumnLabel'), t('withGrowthColumnLabel')];
  return (
    <TableFrame label={title}>
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, heading, cells, summary }) => (
            <tr key={key}>
              <th scope="row">{heading}</th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
              <td>{summary.meanGrowth === undefined ? t('noGrowthYetLabel') : signedPoints(summary.meanGrowth, language)}</td>
              <td>{t('withGrowthLabel', { known: summary.pupilsWithGrowth, total: summary.pupilsWithGrowth + summary.pupilsWithout })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
