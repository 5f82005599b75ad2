/**
 * Importing pupils from a CSV file, in the head's hands at every step: pick a file, read
 * the preview (nothing is stored yet), then either "import all" (only when no row has an
 * error) or, explicitly, "import only the N valid rows". Picking the same file again shows
 * every row as already imported and imports nothing. The enrolment date is the day the
 * pupils join their class sets (default today).
 */
import { useEffect, useId, useState } from 'react';
import type { CsvErrorCode } from '@/client/csv/csvErrorCode';
import type { PupilImportPlan } from '@/client/csv/planPupilImport';
import { PupilImportChoice } from '@/client/csv/pupilImportWrites';
import { useTranslation } from '@/client/i18n/useTranslation';
import { type StoreImportResult } from '@/client/setup/pupilImport';
import { schoolToday } from '@/client/setup/schoolToday';
import { isIsoDate } from '@/domain/dates';
import { DateField } from '@/ui/components/DateField';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { useCsvMessages } from './useCsvMessages';
import { ImportPreview } from './ImportPreview';
import { useSetupCommands } from '@/client/setup/setupCommands';

/** Far above any school's class list (a few hundred rows); a bigger file is not one. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function PupilImport() {
  const { t } = useTranslation('people');
  const { fileMessage } = useCsvMessages();
  const headingId = useId();
  const fileId = useId();
  const hintId = useId();
  const [inputKey, setInputKey] = useState(0);
  const [file, setFile] = useState<PickedFile | undefined>(undefined);
  const [isTooLarge, setIsTooLarge] = useState(false);
  const [enrolledFrom, setEnrolledFrom] = useState(schoolToday());
  const [plan, setPlan] = useState<PupilImportPlan | undefined>(undefined);
  const [imported, setImported] = useState<number | undefined>(undefined);
  const [refusal, setRefusal] = useState<CsvErrorCode | undefined>(undefined);
  const save = useSaveAction();
  const setup = useSetupCommands();

  useEffect(() => {
    let isCurrent = true;
    setPlan(undefined);
    if (file && isIsoDate(enrolledFrom)) {
      void setup.previewPupilImport(file.bytes, enrolledFrom).then((p) => isCurrent && setPlan(p));
    }
    return () => {
      isCurrent = false;
    };
  }, [file, enrolledFrom, setup]);

  const pick = async (picked: File | undefined) => {
    setImported(undefined);
    setRefusal(undefined);
    save.reset();
    setIsTooLarge(picked !== undefined && picked.size > MAX_FILE_BYTES);
    if (!picked || picked.size > MAX_FILE_BYTES) return setFile(undefined);
    setFile({ name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) });
  };

  const clear = () => {
    setFile(undefined);
    setInputKey((k) => k + 1);
  };

  const store = async (choice: PupilImportChoice) => {
    if (!plan) return;
    let result: StoreImportResult | undefined;
    await save.run(async () => {
      result = await setup.storePupilImport(plan, choice);
    });
    const stored: StoreImportResult | undefined = result;
    if (stored?.ok === false) setRefusal(stored.error);
    if (stored?.ok === true) {
      setImported(stored.pupilsCreated);
      clear();
    }
  };

  const ready = plan?.ok === true ? plan : undefined;
  return (
    <section className="panel setup-wide setup-form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('importTitle')}</h3>
      <p className="hint" id={hintId}>
        {t('importHintMessage')}
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fileId}>{t('csvFileFieldLabel')}</label>
          <input
            key={inputKey}
            id={fileId}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby={hintId}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </div>
        <DateField label={t('enrolledFromFieldLabel')} value={enrolledFrom} onChange={setEnrolledFrom} />
      </div>
      {isTooLarge && (
        <p className="form-problems" role="alert">
          {t('fileTooLargeMessage')}
        </p>
      )}
      {plan?.ok === false && (
        <p className="form-problems" role="alert">
          {fileMessage(plan.error, plan.columns)}
        </p>
      )}
      {ready && file && (
        <>
          <ImportPreview plan={ready} fileName={file.name} />
          {ready.counts.invalid > 0 && <p className="hint">{t('importAllBlockedMessage')}</p>}
          {ready.counts.create === 0 && ready.counts.invalid === 0 && <p className="hint">{t('nothingToImportMessage')}</p>}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={save.isSaving || !ready.isAllValid || ready.counts.create === 0}
              onClick={() => void store(PupilImportChoice.all)}
            >
              {t('importAllAction')}
            </button>
            {ready.counts.invalid > 0 && (
              <button
                type="button"
                className="button"
                disabled={save.isSaving || ready.counts.create === 0}
                onClick={() => void store(PupilImportChoice.validRowsOnly)}
              >
                {t('importValidRowsAction', { count: ready.counts.create })}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={clear}>
              {t('cancelImportAction')}
            </button>
          </div>
        </>
      )}
      {refusal && (
        <p className="form-problems" role="alert">
          {fileMessage(refusal)}
        </p>
      )}
      {/* One transaction: no share to show, but the head sees it is working. */}
      {save.isSaving && <progress className="import-progress" aria-label={t('importingLabel')} />}
      <WriteProblems error={save.error} />
      <p className="field-status" role="status">
        {imported !== undefined ? t('importedMessage', { count: imported }) : ''}
      </p>
    </section>
  );
}
