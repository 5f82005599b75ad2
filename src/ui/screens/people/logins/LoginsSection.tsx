/**
 * The head's logins on the People screen: who may sign in, with what roles. Online only,
 * since the server checks and records every action; offline it says so and offers nothing.
 * A one-time password is held in this section's state for the card, and nowhere else.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { loginRows, type LoginRow } from '@/client/people/loginRows';
import { suggestLogin } from '@/client/people/suggestLogin';
import { useHeadAccounts } from '@/client/people/useHeadAccounts';
import type { PupilRow, StaffRow } from '@/client/setup/setupRows';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { Role } from '@/domain/roles';
import { HEAD_GRANTABLE_ROLES, type OneTimePasswordResponse, type PersonAccount } from '@/sync/peopleMessages';
import { AuditLog } from './AuditLog';
import { CallProblem } from './CallProblem';
import { CreateLoginForm } from './CreateLoginForm';
import { LoginsTable, type LoginAction } from './LoginsTable';
import { peopleFailureText } from './peopleFailureText';
import { RolesForm } from './RolesForm';
import { SignInCard, type SignInCardData } from './SignInCard';
import './logins.css';

type Audience = 'staff' | 'pupils';
type Open = { kind: 'create' | 'roles'; personId: string } | undefined;

export function LoginsSection({ staff, pupils }: { staff: readonly StaffRow[]; pupils: readonly PupilRow[] }) {
  const { t } = useTranslation(['people', 'common']);
  const user = useSignedInUser();
  const headingId = useId();
  const showId = useId();
  const { state, calls, reload, remember } = useHeadAccounts(user.id);
  const [audience, setAudience] = useState<Audience>('staff');
  const [open, setOpen] = useState<Open>();
  const [card, setCard] = useState<SignInCardData>();
  const [done, setDone] = useState('');
  const [busyPersonId, setBusyPersonId] = useState<string>();
  const [isAuditShown, setAuditShown] = useState(false);
  const [auditKey, setAuditKey] = useState(0);
  const action = useSaveAction();

  const accounts = useMemo(() => (state.status === 'ready' ? state.accounts : []), [state]);
  const rows = useMemo(
    () => (audience === 'staff' ? loginRows('staff', staff, accounts) : loginRows('pupils', pupils, accounts)),
    [audience, staff, pupils, accounts],
  );
  const taken = useMemo(() => new Set(accounts.map((a) => a.login)), [accounts]);
  const openRow = open && rows.find((r) => r.person.id === open.personId);

  const changed = (account: PersonAccount) => {
    remember(account);
    setAuditKey((k) => k + 1);
  };
  const showCard = (row: LoginRow, answer: OneTimePasswordResponse) => {
    changed(answer.account);
    setOpen(undefined);
    setCard({ schoolName: user.schoolName, name: row.name, login: answer.account.login, oneTimePassword: answer.oneTimePassword });
  };

  const onAction = (row: LoginRow, kind: LoginAction) => {
    setDone('');
    setCard(undefined);
    action.reset();
    if (kind === 'create' || kind === 'roles') return setOpen({ kind, personId: row.person.id });
    setOpen(undefined);
    const account = row.account!;
    setBusyPersonId(row.person.id);
    void action
      .run(async () => {
        if (kind === 'reset') showCard(row, await calls.resetPassword(account.id));
        if (kind === 'disable') {
          changed(await calls.disableLogin(account.id));
          setDone(t('logins.disabledMessage', { name: row.name }));
        }
        if (kind === 'enable') {
          changed(await calls.enableLogin(account.id));
          setDone(t('logins.enabledMessage', { name: row.name }));
        }
      })
      .finally(() => setBusyPersonId(undefined));
  };

  return (
    <section className="setup-section logins-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('logins.sectionTitle')}</h2>
      <p className="hint">{t('logins.introMessage')}</p>
      {state.status === 'offline' && (
        <p className="offline-notice" role="status">
          {t('logins.offlineMessage')}
        </p>
      )}
      {state.status === 'loading' && <p className="screen-loading">{t('logins.loadingMessage')}</p>}
      {state.status === 'failed' && (
        <div className="form-problems" role="alert">
          <p>{peopleFailureText(t, state.failure)}</p>
          <button type="button" className="button" onClick={reload}>
            {t('logins.retryAction')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <div className="inline-field">
            <label htmlFor={showId}>{t('logins.showFieldLabel')}</label>
            <select id={showId} value={audience} onChange={(e) => (setAudience(e.target.value as Audience), setOpen(undefined))}>
              <option value="staff">{t('logins.staffOptionLabel')}</option>
              <option value="pupils">{t('logins.pupilsOptionLabel')}</option>
            </select>
          </div>
          <LoginsTable rows={rows} busyPersonId={busyPersonId} onAction={onAction} />
          <CallProblem error={action.error} />
          <p className="field-status" role="status">
            {done}
          </p>
          {card && <SignInCard card={card} onDone={() => setCard(undefined)} />}
          {openRow && open?.kind === 'create' && (
            <CreateLoginForm
              key={openRow.person.id}
              row={openRow}
              suggestedLogin={suggestLogin({ surname: openRow.surname, name: openRow.givenName }, taken)}
              initialRoles={initialRoles(openRow, staff)}
              calls={calls}
              onCreated={(answer) => showCard(openRow, answer)}
              onCancel={() => setOpen(undefined)}
            />
          )}
          {openRow?.account && open?.kind === 'roles' && (
            <RolesForm
              key={openRow.person.id}
              row={{ ...openRow, account: openRow.account }}
              calls={calls}
              onSaved={(account) => (changed(account), setOpen(undefined), setDone(t('logins.rolesSavedMessage', { name: openRow.name })))}
              onCancel={() => setOpen(undefined)}
            />
          )}
          <div className="form-actions">
            <button type="button" className="button" aria-expanded={isAuditShown} onClick={() => setAuditShown(!isAuditShown)}>
              {isAuditShown ? t('logins.hideAuditAction') : t('logins.showAuditAction')}
            </button>
          </div>
          {isAuditShown && <AuditLog calls={calls} refreshKey={auditKey} />}
        </>
      )}
    </section>
  );
}

/** A staff login starts with the roles of the staff record that a head may give. */
function initialRoles(row: LoginRow, staff: readonly StaffRow[]): Role[] {
  if (row.person.table === 'pupils') return [Role.pupil];
  const record = staff.find((s) => s.id === row.person.id);
  const grantable = (record?.roles ?? []).filter((r): r is (typeof HEAD_GRANTABLE_ROLES)[number] =>
    (HEAD_GRANTABLE_ROLES as readonly Role[]).includes(r),
  );
  return grantable.length > 0 ? grantable : [Role.teacher];
}
