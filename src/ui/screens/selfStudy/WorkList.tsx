/** What a pupil has to do, by subject: each task with its due date, how it stands, and a button to start or continue. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useSchoolSubjects } from '@/client/library/readSchoolSubjects';
import type { MyWork } from '@/client/selfStudy/readMyWork';
import { useAttemptCommands } from '@/client/selfStudy/attemptCommands';
import { useMyWork } from '@/client/selfStudy/useSelfStudy';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { Language } from '@/domain/language';
import { EmptyState } from '@/ui/components/EmptyState';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { KeepOffline } from '@/ui/components/files/KeepOffline';
import { ResourceFilePanel } from '@/ui/components/files/ResourceFilePanel';

const STATUS_KEYS = {
  notOpen: 'selfStudy:notOpenStatusLabel',
  todo: 'selfStudy:todoStatusLabel',
  inProgress: 'selfStudy:inProgressStatusLabel',
  waiting: 'selfStudy:waitingStatusLabel',
  done: 'selfStudy:doneStatusLabel',
} as const;

export function WorkList({
  pupilId,
  userId,
  schoolId,
  onOpen,
}: {
  pupilId: string;
  userId: string;
  schoolId: string;
  onOpen: (attemptId: string) => void;
}) {
  const { t, i18n } = useTranslation(['selfStudy']);
  const work = useMyWork(pupilId);
  const subjects = useSchoolSubjects(schoolId);
  if (work === undefined) return <p className="screen-loading">{t('loadingMessage')}</p>;
  if (work.length === 0) return <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />;
  const bySubject = new Map<string, MyWork[]>();
  for (const w of work) bySubject.set(w.subjectId ?? '', [...(bySubject.get(w.subjectId ?? '') ?? []), w]);
  return (
    <div className="work-list">
      {[...bySubject.entries()].map(([subjectId, list]) => {
        const subject = subjects?.find((s) => s.id === subjectId);
        const heading = subject ? subjectName(subject.names, i18n.language as Language) : t('otherSubjectTitle');
        return (
          <section key={subjectId} aria-label={heading}>
            <h2>{heading}</h2>
            <ul className="work-cards">
              {list.map((w) => (
                <WorkCard key={w.assignment.id} work={w} pupilId={pupilId} userId={userId} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function WorkCard({ work, pupilId, userId, onOpen }: { work: MyWork; pupilId: string; userId: string; onOpen: (attemptId: string) => void }) {
  const { t } = useTranslation(['selfStudy']);
  const { formatDate, formatNumber } = useFormatters();
  const attempts = useAttemptCommands();
  const start = useSaveAction();
  const title = work.assignment.title ?? work.assessment?.title ?? work.resource?.title ?? '';
  const max = work.assignment.maxAttempts;
  const canStart = work.assessment && work.status !== 'notOpen' && (work.status === 'inProgress' || max === undefined || work.attemptsUsed < max);
  const open = async () => {
    let id = '';
    if (await start.run(async () => (id = await attempts.startAttempt({ pupilId, assignmentId: work.assignment.id })))) onOpen(id);
  };
  return (
    <li className="panel work-card">
      <h3>{title}</h3>
      <p className="hint">
        {[
          t(STATUS_KEYS[work.status]),
          work.assignment.dueAt !== undefined
            ? t('dueLabel', { when: formatDate(work.assignment.dueAt, { dateStyle: 'medium', timeStyle: 'short' }) })
            : undefined,
          work.overdue ? t('overdueLabel') : undefined,
          work.assignment.timeLimitMinutes ? t('timeLimitLabel', { count: work.assignment.timeLimitMinutes }) : undefined,
          max !== undefined && work.assessment ? t('attemptsLabel', { used: work.attemptsUsed, max }) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {work.counted?.total !== undefined && (
        <p>{t('scoreLabel', { points: formatNumber(work.counted.total), max: formatNumber(work.counted.maxScore) })}</p>
      )}
      {work.assignment.instructions && <p className="work-instructions">{work.assignment.instructions}</p>}
      {work.lessonResources.length > 0 && (
        <ul className="lesson-resources">
          {work.lessonResources.map((r) => (
            <li key={r.id}>
              {r.url ? (
                <a href={r.url} target="_blank" rel="noreferrer">
                  {r.title}
                </a>
              ) : (
                r.title
              )}
              {r.file && <ResourceFilePanel resource={r} userId={userId} />}
            </li>
          ))}
        </ul>
      )}
      {work.resource?.url && (
        <p>
          <a href={work.resource.url} target="_blank" rel="noreferrer">
            {work.resource.title}
          </a>
        </p>
      )}
      {work.resource?.file && <ResourceFilePanel resource={work.resource} userId={userId} />}
      {work.files.length > 0 && work.status !== 'done' && <KeepOffline files={work.files} userId={userId} what={title} />}
      {canStart && (
        <button type="button" className="button button-primary" disabled={start.isSaving} onClick={() => void open()}>
          {work.status === 'inProgress' ? t('continueAction', { title }) : t('startAction', { title })}
        </button>
      )}
      <WriteProblems error={start.error} />
    </li>
  );
}
