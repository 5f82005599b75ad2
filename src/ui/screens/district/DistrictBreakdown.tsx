/**
 * The filtered figures by one dimension (grades or subjects), each line a button that
 * chooses it, which filters every other table and chart (cross-filtering); the line chosen
 * is marked, and choosing it again takes the filter off. A bar beside the share draws the
 * үлгерім for a glance; the number is the figure.
 */
import { useId } from 'react';
import type { Figures } from '@/client/district/districtFilters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { FiguresCells, FiguresHeadings } from './FiguresCells';

interface Props<K extends string | number> {
  readonly title: string;
  readonly columnLabel: string;
  readonly lines: readonly { key: K; figures: Figures }[];
  readonly chosen: K | undefined;
  readonly name: (key: K) => string;
  readonly onChoose: (key: K | undefined) => void;
}

export function DistrictBreakdown<K extends string | number>({ title, columnLabel, lines, chosen, name, onChoose }: Props<K>) {
  const { t } = useTranslation(['district']);
  const headingId = useId();
  return (
    <section className="district-breakdown" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {lines.length === 0 ? (
        <p className="hint">{t('noFiguresMessage')}</p>
      ) : (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">{columnLabel}</th>
              <FiguresHeadings />
            </tr>
          </thead>
          <tbody>
            {lines.map(({ key, figures }) => (
              <tr key={key} className={key === chosen ? 'district-chosen' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={key === chosen}
                    onClick={() => onChoose(key === chosen ? undefined : key)}
                  >
                    {name(key)}
                  </button>
                  <span className="district-bar" aria-hidden="true" style={{ width: `${figures.performancePercent ?? 0}%` }} />
                </th>
                <FiguresCells figures={figures} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
