/**
 * Class mastery by topic (or by learning objective) as a heat map: pupils × topics, each cell the pupil's share of the
 * topic's points, in words and in colour (mastered at 65 %); the topics most pupils have not
 * mastered come first, and are listed above the table for re-teaching.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { titleOf } from '@/client/assessments/readItemBank';
import type { Gradebook } from '@/client/gradebook/readGradebook';
import { fullName } from '@/domain/person';
import { MASTERED_PERCENT } from '@/domain/reports/classMastery';
import { TableExport } from '@/ui/components/TableExport';

const levelClass = (p: number) => (p >= MASTERED_PERCENT ? 'mastery-high' : p >= 40 ? 'mastery-mid' : 'mastery-low');

export function MasteryTable({ book, fileName }: { book: Gradebook; fileName: string }) {
  const { t, i18n } = useTranslation(['gradebook']);
  const { formatNumber } = useFormatters();
  const [byObjective, setByObjective] = useState(false);
  if (book.mastery.topics.length === 0) return null;
  const mastery = byObjective ? book.objectiveMastery : book.mastery;
  const topicName = (id: string) => {
    if (!byObjective) return titleOf(book.topics.get(id)?.titles, i18n.language) || id;
    const objective = book.objectives.get(id);
    return objective ? `${objective.code} ${titleOf(objective.text, i18n.language)}` : id;
  };
  // Mastery is of the pupils who end the quarter here.
  const pupils = book.rows.filter((r) => !r.leftOn).map((r) => r.pupil);
  const table = () => [
    [t('pupilColumnLabel'), ...mastery.topics.map((tp) => topicName(tp.topicId))],
    ...pupils.map((pupil) => [fullName(pupil), ...mastery.topics.map((tp) => mastery.percent.get(pupil.id)?.get(tp.topicId) ?? null)]),
  ];
  const lagging = mastery.topics.filter((tp) => tp.notMastered * 2 > tp.pupilsWithWork);
  return (
    <section className="panel" aria-labelledby="mastery-heading">
      <h2 id="mastery-heading">{t('masteryTitle')}</h2>
      {book.objectiveMastery.topics.length > 0 && (
        <fieldset className="choice-group">
          <legend>{t('masteryByFieldLabel')}</legend>
          <label>
            <input type="radio" name="mastery-by" checked={!byObjective} onChange={() => setByObjective(false)} /> {t('byTopicLabel')}
          </label>
          <label>
            <input type="radio" name="mastery-by" checked={byObjective} onChange={() => setByObjective(true)} /> {t('byObjectiveLabel')}
          </label>
        </fieldset>
      )}
      <p>
        {lagging.length
          ? t('laggingTopicsMessage', { topics: lagging.map((tp) => `${topicName(tp.topicId)} (${tp.notMastered}/${tp.pupilsWithWork})`).join('; ') })
          : t('noLaggingTopicsMessage')}
      </p>
      <div className="table-frame" tabIndex={0} role="region" aria-label={t('masteryCaptionLabel', { percent: MASTERED_PERCENT })}>
        <table className="data-table mastery-table">
          <caption className="visually-hidden">{t('masteryCaptionLabel', { percent: MASTERED_PERCENT })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pupilColumnLabel')}</th>
              {mastery.topics.map((tp) => (
                <th key={tp.topicId} scope="col">
                  {topicName(tp.topicId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pupils.map((pupil) => (
              <tr key={pupil.id}>
                <th scope="row">{fullName(pupil)}</th>
                {mastery.topics.map((tp) => {
                  const p = mastery.percent.get(pupil.id)?.get(tp.topicId);
                  return (
                    <td key={tp.topicId} className={p === undefined ? undefined : levelClass(p)}>
                      {p === undefined ? '–' : `${formatNumber(p)} %`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableExport fileName={fileName} rows={table} />
    </section>
  );
}
