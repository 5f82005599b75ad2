/**
 * Writing an item, with a preview of it exactly as the pupil gets it (and whether the
 * preview's answer would score). Editing a saved item saves a new version: pupils who got
 * the old one keep it and are scored against it. Subject, grade, section and topic come
 * from the bank's filter; a topic typed here that the school lacks is added with the item.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useItemCommands } from '@/client/assessments/itemCommands';
import { titleOf, type BankItem } from '@/client/assessments/readItemBank';
import { useTopicChoices } from '@/client/assessments/useAssessments';
import { useLibrary } from '@/client/library/useLibrary';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { ItemResponse } from '@/domain/entities/answer';
import { ItemKind, itemSchema } from '@/domain/entities/item';
import { scoreAnswer } from '@/domain/grading/scoreAnswer';
import { LANGUAGES, type Language } from '@/domain/language';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { ItemView } from '@/ui/components/items/ItemView';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { LANGUAGE_LABEL_KEYS } from '@/ui/screens/library/libraryText';
import { ITEM_KIND_LABEL_KEYS, GRADES } from '../assessmentsText';
import { emptyItemForm, itemFormOf, itemInputOf, type ItemFormState, type OptionLine } from './itemForm';

const NO_FILTER = {};

export function ItemEditor({
  schoolId,
  subjects,
  editing,
  defaults,
  onDone,
}: {
  schoolId: string;
  subjects: readonly SubjectRow[];
  editing?: BankItem | undefined;
  defaults: { subjectId?: string | undefined; grade?: number | undefined };
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation(['assessments', 'library']);
  const language = (i18n.language === 'ru' ? 'ru' : 'kk') as Language;
  const items = useItemCommands();
  const save = useSaveAction();
  const ids = {
    prompt: useId(),
    points: useId(),
    explanation: useId(),
    section: useId(),
    topic: useId(),
    objective: useId(),
    value: useId(),
    tolerance: useId(),
    accepted: useId(),
    topics: useId(),
  };
  const [form, setForm] = useState<ItemFormState>(() => (editing ? itemFormOf(editing, i18n.language) : emptyItemForm({ ...defaults, language })));
  const [preview, setPreview] = useState<ItemResponse | undefined>();
  const topics = useTopicChoices(form.subjectId || undefined, form.grade);
  const library = useLibrary(schoolId, NO_FILTER);
  const mediaChoices = (library ?? []).filter((l) => l.resource.file && (l.resource.kind === 'image' || l.resource.kind === 'audio'));
  const set = (patch: Partial<ItemFormState>) => setForm((f) => ({ ...f, ...patch }));
  const setOption = (i: number, patch: Partial<OptionLine>) =>
    set({ options: form.options.map((o, j) => (j === i ? { ...o, ...patch } : form.kind === 'single' && patch.right ? { ...o, right: false } : o)) });

  const input = itemInputOf(form);
  const parsed = itemSchema.safeParse({ ...input, topicId: 'preview' });
  const previewScore = preview && parsed.success ? scoreAnswer(parsed.data, preview) : undefined;
  const hasOptions = form.kind === 'single' || form.kind === 'multiple' || form.kind === 'matching';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await save.run(() => (editing ? items.saveItemVersion(editing.item.id, input) : items.createItem(input)));
    if (isDone) onDone();
  };

  return (
    <form className="panel item-editor" noValidate onSubmit={(e) => void submit(e)} aria-label={editing ? t('editItemTitle') : t('newItemTitle')}>
      <h2>{editing ? t('editItemTitle') : t('newItemTitle')}</h2>
      {editing && <p className="hint">{t('newVersionMessage')}</p>}
      <div className="item-editor-columns">
        <div>
          <SelectField
            label={t('itemKindFieldLabel')}
            value={form.kind}
            options={Object.values(ItemKind).map((k) => ({ value: k, label: t(ITEM_KIND_LABEL_KEYS[k]) }))}
            onChange={(k) => set({ kind: k as ItemKind })}
          />
          <div className="field">
            <label htmlFor={ids.prompt}>{t('promptFieldLabel')}</label>
            <textarea id={ids.prompt} rows={3} value={form.prompt} onChange={(e) => set({ prompt: e.target.value })} />
          </div>
          {hasOptions && (
            <fieldset className="choice-group">
              <legend>{form.kind === 'matching' ? t('pairsFieldLabel') : t('optionsFieldLabel')}</legend>
              {form.options.map((o, i) => (
                <div key={i} className="option-line">
                  <input
                    aria-label={t('optionFieldLabel', { letter: String.fromCharCode(65 + i) })}
                    value={o.text}
                    onChange={(e) => setOption(i, { text: e.target.value })}
                  />
                  {form.kind === 'matching' ? (
                    <input
                      aria-label={t('matchFieldLabel', { letter: String.fromCharCode(65 + i) })}
                      value={o.match}
                      onChange={(e) => setOption(i, { match: e.target.value })}
                    />
                  ) : (
                    <label className="choice">
                      <input
                        type={form.kind === 'single' ? 'radio' : 'checkbox'}
                        name={`${ids.prompt}-right`}
                        checked={o.right}
                        onChange={(e) => setOption(i, { right: e.target.checked })}
                      />
                      {t('rightAnswerLabel')}
                    </label>
                  )}
                </div>
              ))}
              {form.options.length < 12 && (
                <button type="button" className="button" onClick={() => set({ options: [...form.options, { text: '', right: false, match: '' }] })}>
                  {t('addOptionAction')}
                </button>
              )}
            </fieldset>
          )}
          {form.kind === 'number' && (
            <div className="field-row">
              <div className="field">
                <label htmlFor={ids.value}>{t('numberAnswerFieldLabel')}</label>
                <input id={ids.value} inputMode="decimal" value={form.numberValue} onChange={(e) => set({ numberValue: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={ids.tolerance}>{t('toleranceFieldLabel')}</label>
                <input id={ids.tolerance} inputMode="decimal" value={form.tolerance} onChange={(e) => set({ tolerance: e.target.value })} />
              </div>
            </div>
          )}
          {form.kind === 'shortText' && (
            <div className="field">
              <label htmlFor={ids.accepted}>{t('acceptedAnswersFieldLabel')}</label>
              <textarea
                id={ids.accepted}
                rows={3}
                value={form.accepted}
                aria-describedby={`${ids.accepted}-hint`}
                onChange={(e) => set({ accepted: e.target.value })}
              />
              <p id={`${ids.accepted}-hint`} className="hint">
                {t('acceptedAnswersHintMessage')}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.points}>{t('pointsFieldLabel')}</label>
            <input id={ids.points} inputMode="decimal" value={form.points} onChange={(e) => set({ points: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={ids.explanation}>{t('explanationFieldLabel')}</label>
            <textarea id={ids.explanation} rows={2} value={form.explanation} onChange={(e) => set({ explanation: e.target.value })} />
          </div>
          <SelectField
            label={t('subjectFieldLabel')}
            value={form.subjectId}
            options={[
              { value: '', label: t('chooseSubjectLabel') },
              ...subjects.map((s) => ({ value: s.id, label: subjectName(s.names, language) })),
            ]}
            onChange={(subjectId) => set({ subjectId })}
          />
          <SelectField
            label={t('gradeFieldLabel')}
            value={String(form.grade)}
            options={GRADES.map((g) => ({ value: String(g), label: String(g) }))}
            onChange={(g) => set({ grade: Number(g) })}
          />
          <SelectField
            label={t('languageFieldLabel')}
            value={form.language}
            options={LANGUAGES.map((l) => ({ value: l, label: t(LANGUAGE_LABEL_KEYS[l]) }))}
            onChange={(l) => set({ language: l as Language })}
          />
          <datalist id={ids.topics}>
            {(topics ?? []).map((tp) => (
              <option key={tp.id} value={titleOf(tp.titles, i18n.language)} />
            ))}
          </datalist>
          <div className="field">
            <label htmlFor={ids.section}>{t('sectionFieldLabel')}</label>
            <input id={ids.section} value={form.section} onChange={(e) => set({ section: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={ids.topic}>{t('topicFieldLabel')}</label>
            <input
              id={ids.topic}
              list={ids.topics}
              value={form.topic}
              onChange={(e) => {
                const known = (topics ?? []).find((tp) => titleOf(tp.titles, i18n.language) === e.target.value);
                set({ topic: e.target.value, ...(known && !form.section ? { section: titleOf(known.sectionTitles, i18n.language) } : {}) });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.objective}>{t('objectiveFieldLabel')}</label>
            <input id={ids.objective} value={form.objectiveCode} placeholder="5.1.2.1" onChange={(e) => set({ objectiveCode: e.target.value })} />
          </div>
          <SelectField
            label={t('mediaFieldLabel')}
            value={form.resourceId}
            options={[{ value: '', label: t('noMediaLabel') }, ...mediaChoices.map((l) => ({ value: l.resource.id, label: l.resource.title }))]}
            onChange={(resourceId) => set({ resourceId })}
          />
          <label className="choice">
            <input type="checkbox" checked={form.selfCheck} onChange={(e) => set({ selfCheck: e.target.checked })} />
            {t('selfCheckFieldLabel')}
          </label>
          <p className="hint">{t('selfCheckHintMessage')}</p>
        </div>
        <section className="item-preview" aria-label={t('previewTitle')}>
          <h3>{t('previewTitle')}</h3>
          <ItemView item={{ ...input, prompt: input.prompt || t('promptFieldLabel') }} value={preview} onChange={setPreview} />
          <p role="status" className="hint">
            {previewScore ? (previewScore.isCorrect ? t('previewRightMessage') : t('previewWrongMessage')) : ''}
          </p>
        </section>
      </div>
      <WriteProblems
        error={save.error}
        fieldLabels={{
          prompt: t('promptFieldLabel'),
          options: t('optionsFieldLabel'),
          key: t('rightAnswerLabel'),
          points: t('pointsFieldLabel'),
          subjectId: t('subjectFieldLabel'),
          topicId: t('topicFieldLabel'),
          matchOptions: t('pairsFieldLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {editing ? t('saveVersionAction') : t('saveItemAction')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancelAction')}
        </button>
      </div>
    </form>
  );
}
