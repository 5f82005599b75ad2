/**
 * The school's item bank: found by subject, grade, topic, objective code, kind and words;
 * each item with its answer (staff only), points and whether it is self-check; written and
 * changed in the editor (a change is a new version), imported from GIFT or a spreadsheet,
 * exported in both. The filter lives in the address, so the back button returns to it.
 */
import { useId, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useItemCommands } from '@/client/assessments/itemCommands';
import { titleOf, type BankItem, type ItemFilter } from '@/client/assessments/readItemBank';
import { useItemBank, useTopicChoices } from '@/client/assessments/useAssessments';
import { encodeCsv } from '@/client/csv/encodeCsv';
import type { SubjectRow } from '@/client/setup/setupRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { writeGift } from '@/domain/assessments/gift';
import { writeItemSheet } from '@/domain/assessments/itemSheet';
import { ItemKind } from '@/domain/entities/item';
import type { Language } from '@/domain/language';
import { SelectField } from '@/ui/components/form/SelectField';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { downloadFile, safeFileName } from '@/ui/screens/reports/downloadFile';
import { ITEM_KIND_LABEL_KEYS, GRADES } from '../assessmentsText';
import { ItemEditor } from './ItemEditor';
import { ItemImport } from './ItemImport';
import { keyText } from './keyText';

export function ItemBankPanel({ schoolId, subjects }: { schoolId: string; subjects: readonly SubjectRow[] }) {
  const { t, i18n } = useTranslation(['assessments']);
  const params = useScreenParams();
  const searchId = useId();
  const grade = Number(params.get('grade'));
  const filter: ItemFilter = {
    subjectId: params.get('subject') || undefined,
    grade: grade >= 1 && grade <= 11 ? grade : undefined,
    topicId: params.get('topic') || undefined,
    kind: Object.values(ItemKind).find((k) => k === params.get('kind')),
    text: params.get('q') || undefined,
  };
  const bank = useItemBank(schoolId, filter);
  const topics = useTopicChoices(filter.subjectId, filter.grade);
  const [editing, setEditing] = useState<BankItem | 'new' | undefined>();
  const language = i18n.language as Language;
  const set = (patch: Record<string, string | undefined>) => params.set(patch, { replace: true });
  const any = { value: '', label: t('anyOptionLabel') };
  const exportable = (bank ?? []).map((b) => ({
    ...b.item,
    sectionTitle: titleOf(b.sectionTitles, language),
    topicTitle: titleOf(b.topicTitles, language),
    objectiveCode: b.objectiveCode,
  }));
  const exportName = safeFileName(t('itemBankFileNameLabel'), ...(filter.grade ? [String(filter.grade)] : []));

  return (
    <section aria-label={t('itemBankTitle')}>
      <div role="search" className="bank-filters" aria-label={t('findItemsTitle')}>
        <div className="field bank-search">
          <label htmlFor={searchId}>{t('searchFieldLabel')}</label>
          <input id={searchId} type="search" value={filter.text ?? ''} onChange={(e) => set({ q: e.target.value })} />
        </div>
        <SelectField
          label={t('subjectFieldLabel')}
          value={filter.subjectId ?? ''}
          options={[any, ...subjects.map((s) => ({ value: s.id, label: subjectName(s.names, language) }))]}
          onChange={(subject) => set({ subject, topic: undefined })}
        />
        <SelectField
          label={t('gradeFieldLabel')}
          value={filter.grade ? String(filter.grade) : ''}
          options={[any, ...GRADES.map((g) => ({ value: String(g), label: String(g) }))]}
          onChange={(g) => set({ grade: g, topic: undefined })}
        />
        <SelectField
          label={t('topicFieldLabel')}
          value={filter.topicId ?? ''}
          options={[any, ...(topics ?? []).map((tp) => ({ value: tp.id, label: titleOf(tp.titles, language) }))]}
          onChange={(topic) => set({ topic })}
        />
        <SelectField
          label={t('itemKindFieldLabel')}
          value={filter.kind ?? ''}
          options={[any, ...Object.values(ItemKind).map((k) => ({ value: k, label: t(ITEM_KIND_LABEL_KEYS[k]) }))]}
          onChange={(kind) => set({ kind })}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('newItemAction')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!bank?.length}
          onClick={() => downloadFile(new TextEncoder().encode(writeGift(exportable)), `${exportName}.gift`, 'text/plain;charset=utf-8')}
        >
          {t('exportGiftAction')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!bank?.length}
          onClick={() => downloadFile(encodeCsv(writeItemSheet(exportable)), `${exportName}.csv`, 'text/csv;charset=utf-8')}
        >
          {t('exportSheetAction')}
        </button>
      </div>
      {editing !== undefined && (
        <ItemEditor
          schoolId={schoolId}
          key={editing === 'new' ? 'new' : editing.item.id}
          subjects={subjects}
          editing={editing === 'new' ? undefined : editing}
          defaults={filter}
          onDone={() => setEditing(undefined)}
        />
      )}
      <ItemImport subjects={subjects} defaults={filter} />
      {bank === undefined ? (
        <p className="screen-loading">{t('loadingItemsMessage')}</p>
      ) : bank.length === 0 ? (
        <p>{t('noItemsMessage')}</p>
      ) : (
        <>
          <p role="status">{t('itemsFoundMessage', { count: bank.length })}</p>
          <ul className="item-list">
            {bank.map((b) => (
              <ItemCard key={b.item.id} bank={b} language={language} onEdit={() => setEditing(b)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ItemCard({ bank, language, onEdit }: { bank: BankItem; language: Language; onEdit: () => void }) {
  const { t } = useTranslation(['assessments']);
  const items = useItemCommands();
  const remove = useSaveAction();
  const item = bank.item;
  return (
    <li className="panel item-card">
      <p className="item-card-prompt">{item.prompt}</p>
      <p className="hint">
        {[
          t(ITEM_KIND_LABEL_KEYS[item.kind]),
          titleOf(bank.topicTitles, language),
          bank.objectiveCode,
          t('pointsValueLabel', { count: item.points }),
          item.selfCheck ? t('selfCheckBadgeLabel') : undefined,
          item.version ? t('versionLabel', { version: item.version }) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>
        {t('answerLabel')}: {keyText(item)}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onEdit} aria-label={t('editItemAction', { prompt: item.prompt.slice(0, 60) })}>
          {t('editAction')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void remove.run(() => items.removeItem(item.id))}
          aria-label={t('removeItemAction', { prompt: item.prompt.slice(0, 60) })}
        >
          {t('removeAction')}
        </button>
      </div>
      <WriteProblems error={remove.error} />
    </li>
  );
}
