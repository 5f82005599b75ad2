/**
 * One pupil of a group: their lagging topics in the group's subject (open or closed), the
 * suggestions from the class mastery report to add with one press, a topic of the subject to
 * add by hand, and their checkpoints and growth so far.
 */
import { useId, useState } from 'react';
import { useDigitalTeacherCommands, type GroupPage, type GroupPagePupil } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { pickLocalized } from '@/domain/language';
import { fullName } from '@/domain/person';
import { SelectField } from '@/ui/components/form/SelectField';
import { useIsoDateFormat } from '@/ui/components/schoolDates';
import { ProgrammeProblems } from './ProgrammeProblems';
import { CHECKPOINT_KEYS, signedPoints } from './programmeText';

export function PupilProgress({ row, page, today }: { row: GroupPagePupil; page: GroupPage; today: string }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const headingId = useId();
  const language = currentLanguage();
  const formatDate = useIsoDateFormat();
  const commands = useDigitalTeacherCommands();
  const save = useSaveAction();
  const [topicId, setTopicId] = useState('');
  const name = fullName(row.pupil);
  const subjectId = page.group.subjectId ?? '';
  const topicTitle = (id: string | undefined) => {
    const topic = id ? page.topics.get(id) : undefined;
    return topic ? pickLocalized(topic.titles, [language]) : '';
  };
  const add = (id: string) => void save.run(() => commands.addLaggingTopic(row.pupil.id, { subjectId, topicId: id, recordedOn: today }));
  const { growth } = row;
  return (
    <section className="panel programme-pupil-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      {row.laggingTopics.length === 0 ? (
        <p>{t('noLaggingTopicsMessage')}</p>
      ) : (
        <ul>
          {row.laggingTopics.map((topic) => (
            <li key={topic.index}>
              {topicTitle(topic.topicId) || topic.note}{' '}
              {topic.closedOn ? (
                <small>{t('closedOnMessage', { date: formatDate(topic.closedOn) })}</small>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={() => void save.run(() => commands.closeLaggingTopic(row.pupil.id, topic.index, today))}
                  aria-label={t('closeTopicForLabel', { topic: topicTitle(topic.topicId) || topic.note, name })}
                >
                  {t('closeTopicAction')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {row.suggestions.length > 0 && (
        <>
          <p>{t('suggestionsMessage')}</p>
          <ul className="programme-suggestions">
            {row.suggestions.map((s) => (
              <li key={s.topicId}>
                <button
                  type="button"
                  className="button"
                  onClick={() => add(s.topicId)}
                  aria-label={t('addTopicForLabel', { topic: topicTitle(s.topicId), name })}
                >
                  {s.pupilPercent === undefined
                    ? t('classSuggestionLabel', { topic: topicTitle(s.topicId), notMastered: s.notMastered, total: s.pupilsWithWork })
                    : t('ownSuggestionLabel', { topic: topicTitle(s.topicId), percent: s.pupilPercent })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {page.topics.size > 0 && (
        <div className="form-actions">
          <SelectField
            label={t('topicLabel')}
            hiddenLabel={name}
            value={topicId}
            options={[
              { value: '', label: t('noneLabel') },
              ...[...page.topics.values()].map((topic) => ({ value: topic.id as string, label: pickLocalized(topic.titles, [language]) })),
            ]}
            onChange={setTopicId}
          />
          <button type="button" className="button" disabled={topicId === '' || save.isSaving} onClick={() => add(topicId)}>
            {t('addLaggingTopicAction')}
          </button>
        </div>
      )}
      <ProgrammeProblems error={save.error} nameOf={() => name} />
      <p>
        {row.checkpoints.length === 0
          ? t('noCheckpointsMessage')
          : row.checkpoints.map((c) => `${t(CHECKPOINT_KEYS[c.kind])} ${formatDate(c.date)}: ${c.score}/${c.maxScore}`).join('; ')}
      </p>
      {growth.growth !== undefined && <p>{t('growthSoFarMessage', { points: signedPoints(growth.growth, language) })}</p>}
    </section>
  );
}
