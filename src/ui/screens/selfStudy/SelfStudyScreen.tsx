/**
 * A pupil's own screen: what the teachers gave them, by subject, with what is due and what
 * is done, and the test they are taking. Everything works offline on the pupil's laptop;
 * a test in progress lives in the address, so a reload or a restart comes back to it.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { BreakReminder } from './BreakReminder';
import { TakeAttempt } from './TakeAttempt';
import { WorkList } from './WorkList';
import './selfStudy.css';

export default function SelfStudyScreen() {
  const { t } = useTranslation(['selfStudy']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const attemptId = params.get('attempt');
  if (!user?.pupilId) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      <BreakReminder pupilId={user.pupilId} />
      {attemptId ? (
        <TakeAttempt attemptId={attemptId} onLeave={() => params.set({ attempt: undefined })} />
      ) : (
        <WorkList pupilId={user.pupilId} userId={user.id} schoolId={user.schoolId} onOpen={(id) => params.set({ attempt: id })} />
      )}
    </ScreenLayout>
  );
}
