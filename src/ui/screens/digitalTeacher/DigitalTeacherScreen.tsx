/**
 * The "Digital teacher" programme (Цифрлық ұстаз), for the head and teachers: the pupils
 * with their eligibility and two subjects, the groups (formed, approved, ready or not), a
 * group's page (lagging topics, checkpoints, lessons and attendance) and the growth report.
 * Staff-only data throughout (low income), which is why pupils and methodologists never get
 * this screen. What is shown lives in the address (`view`, `group`, `pupil`).
 */
import { useProgramme } from '@/client/digitalTeacher/useDigitalTeacher';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { GroupPageView } from './GroupPageView';
import { GrowthReportView } from './GrowthReportView';
import { ProgrammeGroups } from './ProgrammeGroups';
import { ProgrammePupils } from './ProgrammePupils';
import '@/ui/screens/reports/reports.css';
import './digitalTeacher.css';

const VIEWS = ['pupils', 'groups', 'growth'] as const;
type View = (typeof VIEWS)[number];

const VIEW_KEYS = {
  pupils: 'digitalTeacher:pupilsViewLabel',
  groups: 'digitalTeacher:groupsViewLabel',
  growth: 'digitalTeacher:growthViewLabel',
} as const satisfies Record<View, `digitalTeacher:${string}Label`>;

export default function DigitalTeacherScreen() {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const user = useSignedInUser();
  const params = useScreenParams();
  const today = schoolToday();
  const programme = useProgramme(user.schoolId, today);
  const requested = params.get('view');
  const view: View = VIEWS.find((v) => v === requested) ?? 'pupils';
  const groupId = params.get('group');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="programme-intro">{t('introMessage')}</p>
      <nav className="programme-views no-print" aria-label={t('viewsLabel')}>
        {VIEWS.map((v) => (
          <a key={v} href={params.href({ view: v, group: undefined, pupil: undefined })} aria-current={v === view && !groupId ? 'page' : undefined}>
            {t(VIEW_KEYS[v])}
          </a>
        ))}
      </nav>
      {programme === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : groupId ? (
        <GroupPageView groupId={groupId} programme={programme} today={today} />
      ) : view === 'groups' ? (
        <ProgrammeGroups programme={programme} />
      ) : view === 'growth' ? (
        <GrowthReportView />
      ) : (
        <ProgrammePupils programme={programme} today={today} />
      )}
    </ScreenLayout>
  );
}
