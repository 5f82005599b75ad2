/**
 * Importing items from a file: Moodle GIFT (.gift, .txt) or a spreadsheet (.xlsx, CSV) in
 * the documented columns. The file is read on the laptop and shown item by item, each bad
 * one with its line or row and the reason in words; nothing is stored until the teacher
 * imports the good ones, all in one transaction.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useItemCommands } from '@/client/assessments/itemCommands';
import { readItemFile, type ItemFile } from '@/client/assessments/readItemFile';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { ItemDraft } from '@/domain/assessments/itemDraft';
import { LANGUAGES, type Language } from '@/domain/language';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { LANGUAGE_LABEL_KEYS } from '@/ui/screens/library/libraryText';
import { ITEM_IMPORT_PROBLEM_KEYS, ITEM_KIND_LABEL_KEYS, GRADES } from '../assessmentsText';

const FILE_PROBLEM_KEYS = {
  unreadableFile: 'assessments:unreadableFileFileMessage',
  noHeader: 'assessments:noHeaderFileMessage',
  noItems: 'assessments:noItemsFileMessage',
} as const;

export function ItemImport({
  subjects,
  defaults,
}: {
  subjects: readonly SubjectRow[];
  defaults: { subjectId?: string | undefined; grade?: number | undefined };
}) {
  const { t, i18n } = useTranslation(['assessments', 'library']);
  const items = useItemCommands();
  const save = useSaveAction();
  const fileId = useId();
  const [subjectId, setSubjectId] = useState(defaults.subjectId ?? '');
  const [grade, setGrade] = useState(defaults.grade ?? 5);
  const [language, setLanguage] = useState<Language>(i18n.language === 'ru' ? 'ru' : 'kk');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [read, setRead] = useState<ItemFile | undefined>();
  const [imported, setImported] = useState<number | undefined>();

  const choose = async (chosen: File | undefined) => {
    setImported(undefined);
    save.reset();
    if (!chosen) return;
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    setFile({ name: chosen.name, bytes });
    setRead(await readItemFile(chosen.name, bytes, language));
  };
  const good: ItemDraft[] = read?.ok ? read.items.flatMap((r) => (r.ok ? [r.item] : [])) : [];
  const bad = read?.ok ? read.items.filter((r) => !r.ok).length : 0;

  const importGood = async () => {
    const isDone = await save.run(() => items.importItems(good, { subjectId, grade, language }));
    if (isDone) {
      setImported(good.length);
      setRead(undefined);
      setFile(undefined);
    }
  };

  return (
    <details className="panel item-import">
      <summary>{t('importItemsTitle')}</summary>
      <p className="hint">{t('importFormatsMessage')}</p>
      <div className="field-row">
        <SelectField
          label={t('subjectFieldLabel')}
          value={subjectId}
          options={[{ value: '', label: t('chooseSubjectLabel') }, ...subjects.map((s) => ({ value: s.id, label: subjectName(s.names, language) }))]}
          onChange={setSubjectId}
        />
        <SelectField
          label={t('gradeFieldLabel')}
          value={String(grade)}
          options={GRADES.map((g) => ({ value: String(g), label: String(g) }))}
          onChange={(g) => setGrade(Number(g))}
        />
        <SelectField
          label={t('languageFieldLabel')}
          value={language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(LANGUAGE_LABEL_KEYS[l]) }))}
          onChange={(l) => {
            setLanguage(l as Language);
            if (file) void readItemFile(file.name, file.bytes, l as Language).then(setRead);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('itemFileFieldLabel')}</label>
        <input id={fileId} type="file" accept=".gift,.txt,.csv,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {read && !read.ok && (
        <p className="field-error" role="alert">
          {t(FILE_PROBLEM_KEYS[read.problem])}
        </p>
      )}
      {read?.ok && (
        <>
          <p role="status">{t('importPreviewMessage', { good: good.length, bad })}</p>
          <div className="table-frame" tabIndex={0} role="region" aria-label={t('importPreviewTitle')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('importPreviewTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lineColumnLabel')}</th>
                  <th scope="col">{t('promptFieldLabel')}</th>
                  <th scope="col">{t('itemKindFieldLabel')}</th>
                  <th scope="col">{t('topicFieldLabel')}</th>
                  <th scope="col">{t('importStatusColumnLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {read.items.map((r, i) => (
                  <tr key={i} className={r.ok ? undefined : 'row-problem'}>
                    <td>{r.line}</td>
                    <td>{r.ok ? r.item.prompt : r.excerpt}</td>
                    <td>{r.ok ? t(ITEM_KIND_LABEL_KEYS[r.item.kind]) : ''}</td>
                    <td>{r.ok ? (r.item.topic ?? '') : ''}</td>
                    <td>{r.ok ? t('importReadyLabel') : t(ITEM_IMPORT_PROBLEM_KEYS[r.problem])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={save.isSaving || good.length === 0 || !subjectId}
              onClick={() => void importGood()}
            >
              {t('importItemsAction', { count: good.length })}
            </button>
          </div>
        </>
      )}
      <WriteProblems error={save.error} fieldLabels={{ topicId: t('topicFieldLabel'), subjectId: t('subjectFieldLabel') }} />
      <p role="status" className="field-status">
        {imported !== undefined ? t('itemsImportedMessage', { count: imported }) : ''}
      </p>
    </details>
  );
}
