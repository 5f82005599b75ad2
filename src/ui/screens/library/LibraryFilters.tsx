/** Finding resources: by subject, grade, language, kind and words of the title or topic. */
import { useId } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LibraryFilter } from '@/client/library/readLibrary';
import type { SubjectRow } from '@/client/setup/setupRows';
import { ResourceKind } from '@/domain/entities/resource';
import { LANGUAGES, type Language } from '@/domain/language';
import { SelectField } from '@/ui/components/form/SelectField';
import { subjectName } from '../attendance/attendanceText';
import { LANGUAGE_LABEL_KEYS, RESOURCE_KIND_LABEL_KEYS } from './libraryText';

type FilterPatch = Partial<Record<'subject' | 'grade' | 'language' | 'kind' | 'q', string | undefined>>;

export function LibraryFilters({
  filter,
  subjects,
  onChange,
}: {
  filter: LibraryFilter;
  subjects: readonly SubjectRow[];
  onChange: (patch: FilterPatch) => void;
}) {
  const { t, i18n } = useTranslation(['library', 'common']);
  const searchId = useId();
  const any = { value: '', label: t('anyOptionLabel') };
  return (
    <div role="search" className="library-filters" aria-label={t('findTitle')}>
      <div className="field library-search">
        <label htmlFor={searchId}>{t('searchFieldLabel')}</label>
        <input id={searchId} type="search" value={filter.text ?? ''} onChange={(e) => onChange({ q: e.target.value })} />
      </div>
      <SelectField
        label={t('subjectFieldLabel')}
        value={filter.subjectId ?? ''}
        options={[any, ...subjects.map((s) => ({ value: s.id, label: subjectName(s.names, i18n.language as Language) }))]}
        onChange={(subject) => onChange({ subject })}
      />
      <SelectField
        label={t('gradeFieldLabel')}
        value={filter.grade === undefined ? '' : String(filter.grade)}
        options={[any, ...Array.from({ length: 11 }, (_, i) => ({ value: String(i + 1), label: t('common:gradeOptionLabel', { grade: i + 1 }) }))]}
        onChange={(grade) => onChange({ grade })}
      />
      <SelectField
        label={t('languageFieldLabel')}
        value={filter.language ?? ''}
        options={[any, ...LANGUAGES.map((l) => ({ value: l, label: t(LANGUAGE_LABEL_KEYS[l]) }))]}
        onChange={(language) => onChange({ language })}
      />
      <SelectField
        label={t('kindFieldLabel')}
        value={filter.kind ?? ''}
        options={[any, ...Object.values(ResourceKind).map((k) => ({ value: k, label: t(RESOURCE_KIND_LABEL_KEYS[k]) }))]}
        onChange={(kind) => onChange({ kind })}
      />
    </div>
  );
}
