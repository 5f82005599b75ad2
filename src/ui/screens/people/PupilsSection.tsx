/**
 * Pupils on the People screen: for the head, importing a class list from CSV (first: it
 * is how a school is set up), adding one pupil by hand and exporting the list; then the
 * list itself, the whole school or one class set, where the head readmits a pupil who left.
 */
import { useId, useState } from 'react';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { SelectField } from '@/ui/components/form/SelectField';
import { AddPupilForm } from './AddPupilForm';
import { PupilExport } from './PupilExport';
import { PupilImport } from './PupilImport';
import { PupilsTable } from './PupilsTable';
import { ReadmitPupilForm } from './ReadmitPupilForm';

export function PupilsSection({ pupils, classSets, canEdit }: { pupils: readonly PupilRow[]; classSets: readonly ClassSetRow[]; canEdit: boolean }) {
  const { t } = useTranslation('people');
  const headingId = useId();
  const [classSetId, setClassSetId] = useState('');
  const [readmitting, setReadmitting] = useState<PupilRow>();
  const listed = classSets.filter((s) => s.status === 'active').sort((a, b) => a.name.localeCompare(b.name, 'kk', { numeric: true }));
  const shown = classSetId === '' ? pupils : pupils.filter((p) => p.classSetId === classSetId);
  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pupilsTitle')}</h2>
      {canEdit && (
        <>
          <PupilImport />
          <AddPupilForm classSets={classSets} />
          <PupilExport pupils={pupils} classSets={classSets} />
        </>
      )}
      <div className="field-row filter-row">
        <SelectField
          label={t('showClassSetFieldLabel')}
          value={classSetId}
          options={[{ value: '', label: t('wholeSchoolOptionLabel') }, ...listed.map((s) => ({ value: s.id, label: s.name }))]}
          onChange={setClassSetId}
        />
      </div>
      <PupilsTable pupils={shown} classSets={classSets} {...(canEdit ? { onReadmit: setReadmitting } : {})} />
      {readmitting && <ReadmitPupilForm key={readmitting.id} pupil={readmitting} classSets={listed} onDone={() => setReadmitting(undefined)} />}
    </section>
  );
}
