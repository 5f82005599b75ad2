/**
 * Adding a resource: a link to a national platform (or any web page), or a file from this
 * laptop (video, audio, PDF, a presentation, an image: it is kept here at once and goes to
 * the server when the link allows), with what a teacher finds it by: title, subject,
 * grades, language, section or topic, kind, and for video or audio its length. Starts from
 * the list's filter, so adding while looking at grade 5 mathematics fills those in.
 *
 * Files up to 200 MB (the server's `FILE_LIMITS`): a 20-minute lesson video at 480p; at the
 * school's shared 8 Mbit/s, 200 MB is some 3.5 minutes of the whole link. A longer video is
 * better split by topic, as a lesson's stages use it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { nameFile, queueChosenFile } from '@/client/files/laptopFiles';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useLibraryCommands, type NewResource } from '@/client/library/libraryCommands';
import type { LibraryFilter } from '@/client/library/readLibrary';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { TextLimit } from '@/domain/entities/fields';
import { ResourceKind, ResourcePlatform } from '@/domain/entities/resource';
import { LANGUAGES, type Language } from '@/domain/language';
import { FILE_LIMITS } from '@/sync/fileMessages';
import { GradesChoice } from '@/ui/components/form/GradesChoice';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { subjectName } from '../attendance/attendanceText';
import { LANGUAGE_LABEL_KEYS, RESOURCE_KIND_LABEL_KEYS } from './libraryText';
import { kindOfFile } from './kindOfFile';
import { platformLabel } from './platformLabel';

const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

const SOURCES = ['link', 'file'] as const;
type Source = (typeof SOURCES)[number];

export function AddResourceForm({ subjects, defaults, userId }: { subjects: readonly SubjectRow[]; defaults: LibraryFilter; userId: string }) {
  const { t, i18n } = useTranslation(['library']);
  const library = useLibraryCommands();
  const save = useSaveAction();
  const ids = { title: useId(), url: useId(), topic: useId(), duration: useId(), description: useId(), file: useId() };
  const { formatBytes } = useFormatters();
  const [source, setSource] = useState<Source>('link');
  const [chosen, setChosen] = useState<File | undefined>();
  const [isTooLarge, setTooLarge] = useState(false);
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

  const choose = (file: File | undefined) => {
    setChosen(file);
    setTooLarge(file !== undefined && file.size > FILE_LIMITS.defaultMaxBytes);
    if (!file) return;
    setKind(kindOfFile(file));
    if (title.trim() === '') setTitle(file.name.replace(/\.[^.]+$/, '').slice(0, TextLimit.title));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (source === 'file' && (!chosen || isTooLarge)) return;
    const isFile = source === 'file' && chosen !== undefined;
    const base = {
      kind,
      title,
      grades,
      language,
      topicIds: [],
      ...(subjectId ? { subjectId } : {}),
      ...(topicTitle.trim() ? { topicTitle } : {}),
      ...(typedNumber(duration) !== undefined ? { durationMinutes: typedNumber(duration) } : {}),
      ...(description.trim() ? { description } : {}),
    };
    const isDone = await save.run(async () => {
      if (!isFile) return library.addResource({ ...base, platform, cacheable: false, ...(url.trim() ? { url: url.trim() } : {}) });
      const file = await nameFile(chosen);
      const resource: NewResource = { ...base, platform: ResourcePlatform.school, cacheable: true, file };
      // Checked before the file is queued: a refused form never sends a file over the link.
      library.checkResource(resource);
      await queueChosenFile(chosen, file, userId);
      return library.addResource(resource);
    });
    if (isDone) {
      setAdded(title.trim());
      setTitle('');
      setUrl('');
      setDescription('');
      setChosen(undefined);
    }
  };

  return (
    <details className="panel add-resource">
      <summary>{t('addResourceTitle')}</summary>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="choice-group">
          <legend>{t('sourceFieldLabel')}</legend>
          <div className="choice-grid">
            {SOURCES.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name="resource-source" checked={source === s} onChange={() => setSource(s)} />
                {s === 'link' ? t('linkSourceLabel') : t('fileSourceLabel')}
              </label>
            ))}
          </div>
        </fieldset>
        {source === 'file' && (
          <div className="field">
            <label htmlFor={ids.file}>{t('fileFieldLabel')}</label>
            <input
              id={ids.file}
              type="file"
              accept="video/*,audio/*,image/*,application/pdf,.ppt,.pptx,.odp,.doc,.docx,.odt"
              aria-describedby={`${ids.file}-hint`}
              onChange={(e) => choose(e.target.files?.[0])}
            />
            <p id={`${ids.file}-hint`} className={isTooLarge ? 'field-error' : 'hint'}>
              {isTooLarge
                ? t('fileTooLargeMessage', { limit: formatBytes(FILE_LIMITS.defaultMaxBytes) })
                : t('fileHintMessage', { limit: formatBytes(FILE_LIMITS.defaultMaxBytes) })}
            </p>
          </div>
        )}
        <SelectField
          label={t('kindFieldLabel')}
          value={kind}
          options={Object.values(ResourceKind).map((k) => ({ value: k, label: t(RESOURCE_KIND_LABEL_KEYS[k]) }))}
          onChange={(k) => setKind(k as ResourceKind)}
        />
        {source === 'link' && (
          <SelectField
            label={t('platformFieldLabel')}
            value={platform}
            options={Object.values(ResourcePlatform).map((p) => ({ value: p, label: platformLabel(p, t) }))}
            onChange={(p) => setPlatform(p as ResourcePlatform)}
          />
        )}
        <div className="field">
          <label htmlFor={ids.title}>{t('titleFieldLabel')}</label>
          <input id={ids.title} value={title} maxLength={TextLimit.title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        {source === 'link' && (
          <div className="field">
            <label htmlFor={ids.url}>{t('urlFieldLabel')}</label>
            <input id={ids.url} type="url" inputMode="url" value={url} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />
          </div>
        )}
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
          <button type="submit" className="button button-primary" disabled={save.isSaving || (source === 'file' && (!chosen || isTooLarge))}>
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
