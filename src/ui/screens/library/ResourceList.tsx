/** The resources found, each with what it is, for whom, and where it is used. */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LibraryItem } from '@/client/library/readLibrary';
import type { SubjectRow } from '@/client/setup/setupRows';
import { isOfflineCapable } from '@/domain/entities/resource';
import { KeepOffline } from '@/ui/components/files/KeepOffline';
import { ResourceCard } from './ResourceCard';

export function ResourceList({ items, subjects, userId }: { items: readonly LibraryItem[]; subjects: readonly SubjectRow[]; userId: string }) {
  const { t } = useTranslation(['library']);
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  return (
    <section aria-labelledby="library-list-heading">
      <h2 id="library-list-heading">{t('foundTitle', { count: items.length })}</h2>
      {/* A topic's or a section's resources, found by the filter, kept for offline in one go. */}
      <KeepOffline
        files={items.filter((i) => isOfflineCapable(i.resource)).map((i) => i.resource.file!)}
        userId={userId}
        what={t('foundResourcesLabel')}
      />
      {items.length === 0 ? (
        <p className="hint">{t('nothingFoundMessage')}</p>
      ) : (
        <ul className="resource-list">
          {items.map((item) => (
            <ResourceCard
              key={item.resource.id}
              item={item}
              subject={item.resource.subjectId ? subjectById.get(item.resource.subjectId) : undefined}
              userId={userId}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
