/**
 * Staff on the People screen: the list, and for the head a form to add someone and a button
 * to mark someone as left (or back). Their login is the Logins section's: disable it there.
 */
import { useId, useState } from 'react';
import { useSetupCommands } from '@/client/setup/setupCommands';
import type { StaffRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { StaffStatus } from '@/domain/entities/staff';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { AddStaffForm } from './AddStaffForm';
import { StaffTable } from './StaffTable';

export function StaffSection({ staff, canEdit }: { staff: readonly StaffRow[]; canEdit: boolean }) {
  const { t } = useTranslation('people');
  const headingId = useId();
  const setup = useSetupCommands();
  const change = useSaveAction();
  const [busyId, setBusyId] = useState<string>();
  const toggleLeft = (member: StaffRow) => {
    setBusyId(member.id);
    void change
      .run(() => (member.status === StaffStatus.left ? setup.readmitStaff(member.id) : setup.markStaffLeft(member.id)))
      .finally(() => setBusyId(undefined));
  };
  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staffTitle')}</h2>
      <StaffTable staff={staff} busyId={busyId} {...(canEdit ? { onStatusChange: toggleLeft } : {})} />
      <WriteProblems error={change.error} fieldLabels={{}} />
      <p className="hint">{t('staffAccountsHintMessage')}</p>
      {canEdit && <AddStaffForm />}
    </section>
  );
}
