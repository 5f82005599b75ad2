/** How long each pupil of a class set studied on their own each day this week (time on items, from what has synced). */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useAssignmentChoices, useStudyTime } from '@/client/assessments/useAssessments';
import { fullName } from '@/domain/person';
import { SelectField } from '@/ui/components/form/SelectField';
import { useIsoDateFormat } from '@/ui/components/schoolDates';

export function StudyTimePanel({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation(['assessments']);
  const formatDate = useIsoDateFormat();
  const choices = useAssignmentChoices(schoolId);
  const [classSetId, setClassSetId] = useState('');
  const study = useStudyTime(classSetId || undefined);
  return (
    <section aria-label={t('studyTimeTitle')}>
      <p className="hint">{t('studyTimeHintMessage')}</p>
      <SelectField
        label={t('classSetFieldLabel')}
        value={classSetId}
        options={[{ value: '', label: t('chooseClassSetLabel') }, ...(choices?.classSets ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        onChange={setClassSetId}
      />
      {study && (
        <div className="table-frame" tabIndex={0} role="region" aria-label={t('studyTimeTitle')}>
          <table className="data-table">
            <caption>{t('studyTimeCaptionLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pupilColumnLabel')}</th>
                {study.days.map((d) => (
                  <th key={d} scope="col">
                    {formatDate(d, { weekday: 'short', day: 'numeric' })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {study.pupils.map(({ pupil, minutes }) => (
                <tr key={pupil.id}>
                  <th scope="row">{fullName(pupil)}</th>
                  {minutes.map((m, i) => (
                    <td key={i}>{m > 0 ? t('minutesValueLabel', { count: m }) : '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
