/**
 * The school's resource library (ЦББР): links to the national platforms and files of the
 * school's own, found by subject, grade, language, kind and words (any case, Kazakh and
 * Russian letters), each with the lesson plans that use it. Head and teachers add
 * resources; files can be kept on this laptop for lessons with no internet. The filter
 * lives in the address, so the back button returns to the same list.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LibraryFilter } from '@/client/library/readLibrary';
import { useSchoolSubjects } from '@/client/library/readSchoolSubjects';
import { useLibrary } from '@/client/library/useLibrary';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { ResourceKind } from '@/domain/entities/resource';
import { Language } from '@/domain/language';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { AddResourceForm } from './AddResourceForm';
import { LibraryFilters } from './LibraryFilters';
import { ResourceList } from './ResourceList';
import './library.css';

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined => values.find((v) => v === value);

export default function LibraryScreen() {
  const { t } = useTranslation(['library', 'common']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const grade = Number(params.get('grade'));
  const filter: LibraryFilter = {
    subjectId: params.get('subject') || undefined,
    grade: grade >= 1 && grade <= 11 ? grade : undefined,
    language: oneOf(Object.values(Language), params.get('language')),
    kind: oneOf(Object.values(ResourceKind), params.get('kind')),
    text: params.get('q') || undefined,
  };
  const subjects = useSchoolSubjects(user?.schoolId ?? '');
  const items = useLibrary(user?.schoolId ?? '', filter);
  if (!user) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      <LibraryFilters filter={filter} subjects={subjects ?? []} onChange={(patch) => params.set(patch, { replace: true })} />
      <AddResourceForm subjects={subjects ?? []} defaults={filter} userId={user.id} />
      {items === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : (
        <ResourceList items={items} subjects={subjects ?? []} userId={user.id} />
      )}
    </ScreenLayout>
  );
}
