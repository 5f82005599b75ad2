/**
 * Adding a resource: a link to a national platform (or any web page), with what a teacher
 * finds it by: title, subject, grades, language, section or topic, kind, and for video or
 * audio its length. Starts from the list's filter, so adding while looking at grade 5
 * mathematics fills those in.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useLibraryCommands, type NewResource } from '@/client/library/libraryCommands';
import type { LibraryFilter } from '@/client/library/readLibrary';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { TextLimit } from '@/domain/entities/fields';
import { ResourceKind, ResourcePlatform } from '@/domain/entities/resource';
import { LANGUAGES, type Language } from '@/domain/language';
import { GradesChoice } from '@/ui/components/form/GradesChoice';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { subjectName } from '../attendance/attendanceText';
import { LANGUAGE_LABEL_KEYS, RESOURCE_KIND_LABEL_KEYS } from './libraryText';
import { platformLabel } from './platformLabel';

const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

export function AddResourceForm({ subjects, defaults }: { subjects: readonly SubjectRow[]; defaults: LibraryFilter }) {
  const { t, i18n } = useTranslation(['library']);
  const library = useLibraryCommands();
  const save = useSaveAction();
  const ids = { title: useId(), url: useId(), topic: useId(), duration: useId(), description: useId() };
  const [kind, setKind] = useState<ResourceKind>(defaults.kind ?? ResourceKind.link);
  const [platform, setPlatform] = useState<ResourcePlatform>(ResourcePlatform.bilimland);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [subjectId, setSubjectId] = useState(defaults.subjectId ?? '');
  const [grades, setGrades] = useState<number[]>(defaults.grade ? [defaults.grade] : []);
  const [language, setLanguage] = useState<Language>(defaults.language ?? (i18n.language === 'ru' ? 'ru' : 'kk'));
  const [topicTitle, setTopicTitle] = useState('');
  const [duration, setDuration] = useState('');
  const [description, setDescription] = useState('');
  const [added, setAdded] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const resource: NewResource = {
      kind,
      platform,
      title,
      ...(url.trim() ? { url: url.trim() } : {}),
      grades,
      language,
      topicIds: [],
      cacheable: false,
      ...(subjectId ? { subjectId } : {}),
      ...(topicTitle.trim() ? { topicTitle } : {}),
      ...(typedNumber(duration) !== undefined ? { durationMinutes: typedNumber(duration) } : {}),
      ...(description.trim() ? { description } : {}),
    };
    if (await save.run(() => library.addResource(resource))) {
      setAdded(title.trim());
      setTitle('');
      setUrl('');
      setDescription('');
    }
  };

  return (
    <details className="panel add-resource">
      <summary>{t('addResourceTitle')}</summary>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t('kindFieldLabel')}
          value={kind}
          options={Object.values(ResourceKind).map((k) => ({ value: k, label: t(RESOURCE_KIND_LABEL_KEYS[k]) }))}
          onChange={(k) => setKind(k as ResourceKind)}
        />
        <SelectField
          label={t('platformFieldLabel')}
          value={platform}
          options={Object.values(ResourcePlatform).map((p) => ({ value: p, label: platformLabel(p, t) }))}
          onChange={(p) => setPlatform(p as ResourcePlatform)}
        />
        <div className="field">
          <label htmlFor={ids.title}>{t('titleFieldLabel')}</label>
          <input id={ids.title} value={title} maxLength={TextLimit.title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.url}>{t('urlFieldLabel')}</label>
          <input id={ids.url} type="url" inputMode="url" value={url} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />
        </div>
        <SelectField
          label={t('subjectFieldLabel')}
          value={subjectId}
          options={[
            { value: '', label: t('noSubjectOptionLabel') },
            ...subjects.map((s) => ({ value: s.id, label: subjectName(s.names, i18n.language as Language) })),
          ]}
          onChange={setSubjectId}
        />
        <GradesChoice legend={t('gradesFieldLabel')} value={grades} onChange={setGrades} />
        <SelectField
          label={t('languageFieldLabel')}
          value={language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(LANGUAGE_LABEL_KEYS[l]) }))}
          onChange={(l) => setLanguage(l as Language)}
        />
        <div className="field">
          <label htmlFor={ids.topic}>{t('topicFieldLabel')}</label>
          <input id={ids.topic} value={topicTitle} maxLength={TextLimit.title} onChange={(e) => setTopicTitle(e.target.value)} />
        </div>
        {(kind === ResourceKind.video || kind === ResourceKind.audio) && (
          <div className="field">
            <label htmlFor={ids.duration}>{t('durationFieldLabel')}</label>
            <input id={ids.duration} inputMode="decimal" value={duration} onChange={(e) => setDuration(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.description}>{t('descriptionFieldLabel')}</label>
          <textarea id={ids.description} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <WriteProblems
          error={save.error}
          fieldLabels={{
            title: t('titleFieldLabel'),
            url: t('urlFieldLabel'),
            grades: t('gradesFieldLabel'),
            durationMinutes: t('durationFieldLabel'),
            topicTitle: t('topicFieldLabel'),
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isSaving}>
            {t('addResourceAction')}
          </button>
          <span className="field-status" role="status">
            {save.state.status === 'saved' ? t('resourceAddedMessage', { title: added }) : ''}
          </span>
        </div>
      </form>
    </details>
  );
}
