/**
 * Assessments, for teachers and the head: the item bank (write, find, import, export),
 * assessments built from it and given to class sets, and the work waiting to be marked.
 * All of it works offline on the laptop; the tab lives in the address.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSchoolSubjects } from '@/client/library/readSchoolSubjects';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { ItemBankPanel } from './bank/ItemBankPanel';
import { AssessmentListPanel } from './build/AssessmentListPanel';
import { MarkingPanel } from './marking/MarkingPanel';
import { StudyTimePanel } from './studyTime/StudyTimePanel';
import './assessments.css';

const TABS = ['bank', 'assessments', 'marking', 'studyTime'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS = {
  bank: 'assessments:itemBankTitle',
  assessments: 'assessments:assessmentsTitle',
  marking: 'assessments:markingTitle',
  studyTime: 'assessments:studyTimeTitle',
} as const;

export default function AssessmentsScreen() {
  const { t } = useTranslation(['assessments']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'assessments';
  const subjects = useSchoolSubjects(user?.schoolId ?? '');
  if (!user) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      <nav className="screen-tabs" aria-label={t('sectionsTitle')}>
        {TABS.map((x) => (
          <button key={x} type="button" className="button" aria-current={x === tab ? 'page' : undefined} onClick={() => params.set({ tab: x })}>
            {t(TAB_KEYS[x])}
          </button>
        ))}
      </nav>
      {tab === 'bank' && <ItemBankPanel schoolId={user.schoolId} subjects={subjects ?? []} />}
      {tab === 'assessments' && <AssessmentListPanel schoolId={user.schoolId} staffId={user.staffId ?? ''} subjects={subjects ?? []} />}
      {tab === 'marking' && <MarkingPanel schoolId={user.schoolId} staffId={user.staffId ?? ''} />}
      {tab === 'studyTime' && <StudyTimePanel schoolId={user.schoolId} />}
    </ScreenLayout>
  );
}
