/**
 * The pupils as the same CSV the import reads (UTF-8 with a BOM, ';', headers in the
 * interface language): the whole school or one class set. Made on this laptop, so it
 * works offline; re-importing it into the school changes nothing.
 */
import { useId, useState } from 'react';
import { exportPupilsCsv } from '@/client/csv/exportPupilsCsv';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { SelectField } from '@/ui/components/form/SelectField';

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function PupilExport({ pupils, classSets }: { pupils: readonly PupilRow[]; classSets: readonly ClassSetRow[] }) {
  const { t } = useTranslation('people');
  const headingId = useId();
  const [classSetId, setClassSetId] = useState('');
  const current = classSets.filter((s) => s.status === 'active').sort((a, b) => a.name.localeCompare(b.name, 'kk', { numeric: true }));
  const chosen = current.find((s) => s.id === classSetId);

  const exportFile = () => {
    const bytes = exportPupilsCsv(pupils, classSets, { language: currentLanguage(), ...(chosen ? { classSetId: chosen.id } : {}) });
    const base = t('exportFileNameLabel');
    download(bytes, `${chosen ? `${base}-${chosen.name}` : base}.csv`.replace(/[\\/:*?"<>|\s]+/g, '_'));
  };

  return (
    <section className="panel setup-form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('exportTitle')}</h3>
      <SelectField
        label={t('exportWhichFieldLabel')}
        value={classSetId}
        options={[{ value: '', label: t('wholeSchoolOptionLabel') }, ...current.map((s) => ({ value: s.id, label: s.name }))]}
        onChange={setClassSetId}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={exportFile}>
          {t('exportAction')}
        </button>
      </div>
    </section>
  );
}
