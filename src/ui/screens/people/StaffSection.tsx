/** Staff on the People screen: the list, and for the head a form to add someone. */
import { useId } from 'react';
import type { StaffRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { AddStaffForm } from './AddStaffForm';
import { StaffTable } from './StaffTable';

export function StaffSection({ staff, canEdit }: { staff: readonly StaffRow[]; canEdit: boolean }) {
  const { t } = useTranslation('people');
  const headingId = useId();
  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staffTitle')}</h2>
      <StaffTable staff={staff} />
      <p className="hint">{t('staffAccountsHintMessage')}</p>
      {canEdit && <AddStaffForm />}
    </section>
  );
}
