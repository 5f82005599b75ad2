/**
 * One resource: its title (a link opens the platform in a new tab), kind, platform,
 * subject, grades, language, topic, length or size, the plans that use it, and removal
 * (asked twice, since plans may point to it).
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useLibraryCommands } from '@/client/library/libraryCommands';
import type { LibraryItem } from '@/client/library/readLibrary';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { Language } from '@/domain/language';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { screenAddress } from '@/ui/navigation/useScreenParams';
import { Screen } from '@/ui/navigation/screens';
import { subjectName } from '../attendance/attendanceText';
import { LANGUAGE_LABEL_KEYS, RESOURCE_KIND_LABEL_KEYS } from './libraryText';
import { platformLabel } from './platformLabel';
import { ResourceFilePanel } from '@/ui/components/files/ResourceFilePanel';

export function ResourceCard({ item, subject, userId }: { item: LibraryItem; subject: SubjectRow | undefined; userId: string }) {
  const { t, i18n } = useTranslation(['library', 'common']);
  const { formatBytes } = useFormatters();
  const library = useLibraryCommands();
  const save = useSaveAction();
  const [isConfirming, setConfirming] = useState(false);
  const { resource: r, usedIn } = item;
  const facts = [
    t(RESOURCE_KIND_LABEL_KEYS[r.kind]),
    platformLabel(r.platform, t),
    subject ? subjectName(subject.names, i18n.language as Language) : undefined,
    r.grades.map((g) => t('common:gradeOptionLabel', { grade: g })).join(', '),
    t(LANGUAGE_LABEL_KEYS[r.language]),
    r.topicTitle,
    r.durationMinutes !== undefined ? t('durationValueLabel', { count: r.durationMinutes }) : undefined,
    r.file ? formatBytes(r.file.size) : undefined,
  ].filter((f): f is string => f !== undefined && f !== '');
  return (
    <li className="resource-card panel" data-resource-id={r.id}>
      <h3>
        {r.url ? (
          <a href={r.url} target="_blank" rel="noopener noreferrer">
            {r.title}
            <span className="visually-hidden"> {t('opensInNewTabLabel')}</span>
          </a>
        ) : (
          r.title
        )}
      </h3>
      <p className="resource-facts">{facts.join(' · ')}</p>
      {r.description && <p>{r.description}</p>}
      <ResourceFilePanel resource={r} userId={userId} />
      {usedIn.length > 0 ? (
        <div>
          <p className="field-label">{t('usedInLabel', { count: usedIn.length })}</p>
          <ul>
            {usedIn.map((u) => (
              <li key={u.planId}>
                <a href={screenAddress(Screen.lessons, { plan: u.planId })}>{u.topic}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="hint">{t('notUsedMessage')}</p>
      )}
      <WriteProblems error={save.error} />
      <div className="form-actions">
        {isConfirming ? (
          <>
            <span>{usedIn.length > 0 ? t('removeUsedConfirmMessage', { count: usedIn.length }) : t('removeConfirmMessage')}</span>
            <button type="button" className="button button-danger" onClick={() => void save.run(() => library.removeResource(r.id))}>
              {t('confirmRemoveAction')}
              <span className="visually-hidden"> {r.title}</span>
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              {t('cancelAction')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            {t('removeAction')}
            <span className="visually-hidden"> {r.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
