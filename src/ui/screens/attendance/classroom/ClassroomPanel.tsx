/**
 * A lesson taught from the hub school or streamed, as the assistant runs it in the room:
 * the plan's stages with a timer for the one under way, and a quick check where each pupil
 * answers on this shared laptop under their own name, chosen from the register's tiles
 * without a sign-in. Each answer is stored as that pupil's (recorded by the assistant), so
 * the remote teacher sees the answers pupil by pupil after sync.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { Register } from '@/client/attendance/loadRegister';
import { useClassroom } from '@/client/classroom/useClassroom';
import type { QuickCheck } from '@/client/classroom/readClassroom';
import { useAttemptCommands } from '@/client/selfStudy/attemptCommands';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { fullName } from '@/domain/person';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { QuickCheckPaper } from './QuickCheckPaper';
import { StageTimer } from './StageTimer';

export function ClassroomPanel({ user, register }: { user: SignedInUser; register: Register }) {
  const { t } = useTranslation(['attendance']);
  const classroom = useClassroom(register.id, register.session.classSetId);
  const [checkId, setCheckId] = useState<string | undefined>();
  if (!classroom) return null;
  const check = classroom.checks.find((c) => c.assignment.id === checkId);
  return (
    // Folded until opened: the register comes first, the room's tools when the lesson needs them.
    <details className="panel classroom-panel">
      <summary>{t('classroomTitle')}</summary>
      <section aria-label={t('classroomTitle')}>
        {classroom.stages.length > 0 ? <StageTimer stages={classroom.stages} /> : <p className="hint">{t('noPlanStagesMessage')}</p>}
        <h3>{t('quickCheckTitle')}</h3>
        {classroom.checks.length === 0 ? (
          <p className="hint">{t('noQuickCheckMessage')}</p>
        ) : (
          <div className="choice-grid">
            {classroom.checks.map((c) => (
              <button
                key={c.assignment.id}
                type="button"
                className="button"
                aria-pressed={c.assignment.id === checkId}
                onClick={() => setCheckId(c.assignment.id)}
              >
                {c.assessment.title}
              </button>
            ))}
          </div>
        )}
        {check && <PupilTiles key={check.assignment.id} user={user} register={register} check={check} />}
      </section>
    </details>
  );
}

function PupilTiles({ user, register, check }: { user: SignedInUser; register: Register; check: QuickCheck }) {
  const { t } = useTranslation(['attendance']);
  const attempts = useAttemptCommands();
  const start = useSaveAction();
  const [current, setCurrent] = useState<{ attemptId: string; name: string } | undefined>();
  if (current) return <QuickCheckPaper attemptId={current.attemptId} pupilName={current.name} onDone={() => setCurrent(undefined)} />;
  const open = async (pupilId: string, name: string) => {
    let attemptId = '';
    if (
      await start.run(
        async () => (attemptId = await attempts.startAttempt({ pupilId, assignmentId: check.assignment.id, recordedById: user.staffId })),
      )
    )
      setCurrent({ attemptId, name });
  };
  return (
    <>
      <p className="hint">{t('chooseYourNameMessage')}</p>
      <ul className="pupil-tiles">
        {register.pupils.map((p) => {
          const name = fullName(p.person);
          const isDone = check.answered.has(p.pupilId);
          const isAbsent = p.mark !== undefined && p.mark.status !== 'present' && p.mark.status !== 'late';
          return (
            <li key={p.pupilId}>
              <button type="button" className="pupil-tile" disabled={isDone || isAbsent || start.isSaving} onClick={() => void open(p.pupilId, name)}>
                {name}
                {isDone && <span className="tile-state"> ✓ {t('answeredLabel')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <WriteProblems error={start.error} />
    </>
  );
}
