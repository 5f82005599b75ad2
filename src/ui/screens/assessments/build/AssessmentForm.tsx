/**
 * Building an assessment: formative (optionally a self-check, scored on the pupil's laptop),
 * a section summative (БЖБ) or a term summative (ТЖБ); its items fixed from the bank or
 * drawn N per topic for each pupil; criteria with descriptors (what earns each point) for
 * the written work the teacher marks; written tasks. The maximum score is worked out from
 * the items and descriptors. Refusals (a self-check item in a summative, too few items in a
 * topic to draw) are said in words and nothing is stored.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useAssessmentCommands, type AssessmentInput } from '@/client/assessments/assessmentCommands';
import { titleOf } from '@/client/assessments/readItemBank';
import { useItemBank, useTopicChoices } from '@/client/assessments/useAssessments';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { AssessmentKind } from '@/domain/entities/assessment';
import type { Language } from '@/domain/language';
import { GradesChoice } from '@/ui/components/form/GradesChoice';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { ASSESSMENT_KIND_LABEL_KEYS } from '../assessmentsText';
import { CriteriaEditor, type CriterionLine } from './CriteriaEditor';

export function AssessmentForm({
  schoolId,
  staffId,
  subjects,
  onDone,
}: {
  schoolId: string;
  staffId: string;
  subjects: readonly SubjectRow[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation(['assessments']);
  const language = (i18n.language === 'ru' ? 'ru' : 'kk') as Language;
  const commands = useAssessmentCommands();
  const save = useSaveAction();
  const ids = { title: useId(), perTopic: useId(), duration: useId(), task: useId() };
  const [kind, setKind] = useState<AssessmentKind>(AssessmentKind.sectionSummative);
  const [title, setTitle] = useState('');
  const [subjectId, setSubjectId] = useState(subjects[0]?.id ?? '');
  const [grades, setGrades] = useState<number[]>([5]);
  const [quarter, setQuarter] = useState('2');
  const [sectionId, setSectionId] = useState('');
  const [selfCheck, setSelfCheck] = useState(false);
  const [selectionKind, setSelectionKind] = useState<'fixed' | 'draw'>('draw');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [perTopic, setPerTopic] = useState('5');
  const [criteria, setCriteria] = useState<CriterionLine[]>([]);
  const [tasks, setTasks] = useState<string[]>([]);
  const [duration, setDuration] = useState('');
  const grade = grades[0];
  const filter = useMemo(() => ({ subjectId, grade }), [subjectId, grade]);
  const bank = useItemBank(schoolId, filter);
  const topics = useTopicChoices(subjectId || undefined, grade);
  const sections = [...new Map((topics ?? []).map((tp) => [tp.sectionId, tp.sectionTitles])).entries()];
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const isSummative = kind !== AssessmentKind.formative;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: AssessmentInput = {
      kind,
      title,
      subjectId,
      grades,
      authorId: staffId,
      language,
      criteria: criteria.map((c) => ({
        text: c.text,
        descriptors: c.descriptors.map((d) => ({ text: d.text, points: Number(d.points.replace(',', '.')) })),
      })),
      selection: selectionKind === 'fixed' ? { kind: 'fixed', itemIds } : { kind: 'draw', perTopic: Number(perTopic), topicIds },
      ...(isSummative ? { quarter: Number(quarter) } : {}),
      ...(kind === AssessmentKind.sectionSummative && sectionId ? { sectionId } : {}),
      ...(!isSummative && selfCheck ? { selfCheck: true } : {}),
      ...(tasks.some((p) => p.trim()) ? { writtenTasks: tasks.filter((p) => p.trim()).map((prompt, i) => ({ id: `w${i + 1}`, prompt })) } : {}),
      ...(duration.trim() ? { durationMinutes: Number(duration) } : {}),
    };
    if (await save.run(() => commands.saveAssessment(input))) onDone();
  };

  return (
    <form className="panel assessment-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('newAssessmentTitle')}>
      <h2>{t('newAssessmentTitle')}</h2>
      <SelectField
        label={t('assessmentKindFieldLabel')}
        value={kind}
        options={Object.values(AssessmentKind).map((k) => ({ value: k, label: t(ASSESSMENT_KIND_LABEL_KEYS[k]) }))}
        onChange={(k) => setKind(k as AssessmentKind)}
      />
      <div className="field">
        <label htmlFor={ids.title}>{t('assessmentTitleFieldLabel')}</label>
        <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <SelectField
        label={t('subjectFieldLabel')}
        value={subjectId}
        options={subjects.map((s) => ({ value: s.id, label: subjectName(s.names, language) }))}
        onChange={setSubjectId}
      />
      <GradesChoice legend={t('gradesFieldLabel')} value={grades} onChange={setGrades} />
      {isSummative && (
        <SelectField
          label={t('quarterFieldLabel')}
          value={quarter}
          options={['1', '2', '3', '4'].map((q) => ({ value: q, label: q }))}
          onChange={setQuarter}
        />
      )}
      {kind === AssessmentKind.sectionSummative && (
        <SelectField
          label={t('sectionFieldLabel')}
          value={sectionId}
          options={[
            { value: '', label: t('chooseSectionLabel') },
            ...sections.map(([id, titles]) => ({ value: id, label: titleOf(titles, language) })),
          ]}
          onChange={setSectionId}
        />
      )}
      {!isSummative && (
        <label className="choice">
          <input type="checkbox" checked={selfCheck} onChange={(e) => setSelfCheck(e.target.checked)} />
          {t('selfCheckAssessmentFieldLabel')}
        </label>
      )}
      <fieldset className="choice-group">
        <legend>{t('itemsChoiceLabel')}</legend>
        <div className="choice-grid">
          <label className="choice">
            <input type="radio" name={`${ids.title}-selection`} checked={selectionKind === 'draw'} onChange={() => setSelectionKind('draw')} />
            {t('drawSelectionLabel')}
          </label>
          <label className="choice">
            <input type="radio" name={`${ids.title}-selection`} checked={selectionKind === 'fixed'} onChange={() => setSelectionKind('fixed')} />
            {t('fixedSelectionLabel')}
          </label>
        </div>
      </fieldset>
      {selectionKind === 'draw' ? (
        <>
          <div className="field">
            <label htmlFor={ids.perTopic}>{t('perTopicFieldLabel')}</label>
            <input id={ids.perTopic} inputMode="numeric" value={perTopic} onChange={(e) => setPerTopic(e.target.value)} />
          </div>
          <fieldset className="choice-group">
            <legend>{t('drawTopicsFieldLabel')}</legend>
            {(topics ?? []).length === 0 && <p className="hint">{t('noTopicsMessage')}</p>}
            <div className="choice-grid">
              {(topics ?? []).map((tp) => (
                <label key={tp.id} className="choice">
                  <input
                    type="checkbox"
                    checked={topicIds.includes(tp.id)}
                    onChange={(e) => setTopicIds(toggle(topicIds, tp.id, e.target.checked))}
                  />
                  {titleOf(tp.titles, language)} (
                  {(bank ?? []).filter((b) => b.item.topicId === tp.id && (b.item.selfCheck === true) === (selfCheck && !isSummative)).length})
                </label>
              ))}
            </div>
          </fieldset>
        </>
      ) : (
        <fieldset className="choice-group">
          <legend>{t('fixedItemsFieldLabel')}</legend>
          <div className="item-pick-list">
            {(bank ?? []).map((b) => (
              <label key={b.item.id} className="choice">
                <input
                  type="checkbox"
                  checked={itemIds.includes(b.item.id)}
                  onChange={(e) => setItemIds(toggle(itemIds, b.item.id, e.target.checked))}
                />
                {b.item.prompt} ({titleOf(b.topicTitles, language)})
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <CriteriaEditor value={criteria} onChange={setCriteria} />
      <fieldset className="choice-group">
        <legend>{t('writtenTasksFieldLabel')}</legend>
        {tasks.map((prompt, i) => (
          <div key={i} className="field">
            <label htmlFor={`${ids.task}-${i}`}>{t('writtenTaskFieldLabel', { number: i + 1 })}</label>
            <textarea
              id={`${ids.task}-${i}`}
              rows={2}
              value={prompt}
              onChange={(e) => setTasks(tasks.map((p, j) => (j === i ? e.target.value : p)))}
            />
          </div>
        ))}
        <button type="button" className="button" onClick={() => setTasks([...tasks, ''])}>
          {t('addWrittenTaskAction')}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.duration}>{t('durationFieldLabel')}</label>
        <input id={ids.duration} inputMode="numeric" value={duration} onChange={(e) => setDuration(e.target.value)} />
      </div>
      <WriteProblems
        error={save.error}
        fieldLabels={{
          title: t('assessmentTitleFieldLabel'),
          grades: t('gradesFieldLabel'),
          sectionId: t('sectionFieldLabel'),
          quarter: t('quarterFieldLabel'),
          selection: t('itemsChoiceLabel'),
          criteria: t('criteriaFieldLabel'),
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isSaving}>
          {t('saveAssessmentAction')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancelAction')}
        </button>
      </div>
    </form>
  );
}
