/**
 * One subject on a pupil's report: the term mark and percent (or the parts still missing),
 * each piece of work with its points and percent and each part's total, points by section and
 * topic, the descriptors the teacher ticked, and the teacher's feedback. In the report's
 * language (`t` is fixed to it).
 */
import { Fragment } from 'react';
import type { ReportT } from '@/client/parentReports/useReportTranslation';
import { PART_KEYS } from '@/client/parentReports/parentReportSheets';
import { pickLocalized, type InstructionLanguage } from '@/domain/language';
import { TERM_COMPONENTS, type SubjectFigure } from '@/domain/reports/pupilAchievementReport';
import type { ReportFormat } from './reportFormat';

interface Props {
  subject: SubjectFigure;
  t: ReportT;
  language: InstructionLanguage;
  format: ReportFormat;
}

export function SubjectFigures({ subject, t, language, format }: Props) {
  const name = pickLocalized(subject.names, [language]);
  const term = subject.term;
  const points = (p: number, max: number) => t('parentReports:pointsOfLabel', { points: format.points(p), max: format.points(max) });
  return (
    <div className="parent-report-subject" data-subject-id={subject.subjectId}>
      <h3>{name}</h3>
      <p className="parent-report-term">
        <strong>{t('parentReports:termMarkLabel')}:</strong>{' '}
        {term.kind === 'mark'
          ? t('parentReports:termMarkMessage', { mark: term.mark, percent: format.percent(term.percent) })
          : term.kind === 'missing'
            ? t('parentReports:missingPartsMessage', { parts: term.components.map((c) => t(PART_KEYS[c])).join(', ') })
            : t('parentReports:noTermMarkMessage')}
      </p>
      <table className="data-table parent-report-table">
        <caption>{t('parentReports:partsCaptionLabel', { subject: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('parentReports:workColumnLabel')}</th>
            <th scope="col">{t('parentReports:kindColumnLabel')}</th>
            <th scope="col" className="numeric">
              {t('parentReports:pointsColumnLabel')}
            </th>
            <th scope="col" className="numeric">
              {t('parentReports:percentColumnLabel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {TERM_COMPONENTS.map((c) => {
            const part = subject.parts[c];
            if (!part) return null;
            const kind = t(PART_KEYS[c]);
            return (
              <Fragment key={c}>
                {subject.works
                  .filter((w) => w.component === c)
                  .map((w) => (
                    <tr key={w.assessmentId}>
                      <th scope="row">
                        {w.title}
                        {w.carriedFrom !== undefined && ` (${t('parentReports:carriedFromLabel', { classSet: w.carriedFrom })})`}
                      </th>
                      <td>{kind}</td>
                      <td className="numeric">{points(w.score, w.maxScore)}</td>
                      <td className="numeric">{format.percent(w.percent)}</td>
                    </tr>
                  ))}
                <tr className="part-total">
                  <th scope="row" colSpan={2}>
                    {t('parentReports:partTotalLabel', { part: kind })}
                  </th>
                  <td className="numeric">{points(part.score, part.maxScore)}</td>
                  <td className="numeric">{format.percent(part.percent)}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {subject.sections.length > 0 && (
        <table className="data-table parent-report-table">
          <caption>{t('parentReports:topicsCaptionLabel', { subject: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('parentReports:sectionColumnLabel')}</th>
              <th scope="col" className="numeric">
                {t('parentReports:pointsColumnLabel')}
              </th>
              <th scope="col" className="numeric">
                {t('parentReports:percentColumnLabel')}
              </th>
              <th scope="col">{t('parentReports:masteryColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {subject.sections.map((s) => (
              <Fragment key={s.sectionId}>
                <tr className="section-row">
                  <th scope="row">{pickLocalized(s.titles, [language]) || t('parentReports:otherSectionLabel')}</th>
                  <td className="numeric">{points(s.points, s.maxPoints)}</td>
                  <td className="numeric">{format.percent(s.percent)}</td>
                  <td />
                </tr>
                {s.topics.map((topic) => (
                  <tr key={topic.topicId} className="topic-row">
                    <th scope="row">{pickLocalized(topic.titles, [language])}</th>
                    <td className="numeric">{points(topic.points, topic.maxPoints)}</td>
                    <td className="numeric">{format.percent(topic.percent)}</td>
                    <td>{topic.mastered ? t('parentReports:masteredLabel') : t('parentReports:notMasteredLabel')}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {subject.markings.length > 0 && (
        <>
          <h4>{t('parentReports:descriptorsTitle')}</h4>
          {subject.markings.map((m) => (
            <div key={m.assessmentId} className="parent-report-marking">
              <p>
                <strong>{m.title}</strong>: {points(m.reachedPoints, m.maxPoints)}
              </p>
              <ul>
                {m.criteria.map((c, i) => (
                  <li key={i}>
                    {t('parentReports:criterionMessage', {
                      criterion: c.text,
                      points: format.points(c.reachedPoints),
                      max: format.points(c.maxPoints),
                    })}
                    <ul>
                      {c.reached.length === 0 ? (
                        <li>{t('parentReports:noDescriptorReachedLabel')}</li>
                      ) : (
                        c.reached.map((d, j) => <li key={j}>✓ {d.text}</li>)
                      )}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {subject.feedback.length > 0 && (
        <>
          <h4>{t('parentReports:feedbackTitle')}</h4>
          <ul className="parent-report-feedback">
            {subject.feedback.map((f, i) => (
              <li key={i}>
                {f.about !== undefined && <em>{f.about}: </em>}
                {f.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
