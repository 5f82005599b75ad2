/**
 * The head creates a login for one person: the login suggested from their name (editable),
 * and for staff the roles their staff record has, among those a head may give. The server
 * answers with the one-time password, handed straight to the sign-in card.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { HeadAccountCalls } from '@/client/people/headAccounts';
import type { LoginRow } from '@/client/people/loginRows';
import { isValidLogin } from '@/client/people/suggestLogin';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { Role } from '@/domain/roles';
import type { OneTimePasswordResponse } from '@/sync/peopleMessages';
import { LoginFormEnd } from './LoginFormEnd';
import { RoleChoices } from './RoleChoices';

interface Props {
  row: LoginRow;
  suggestedLogin: string;
  initialRoles: readonly Role[];
  calls: HeadAccountCalls;
  onCreated: (answer: OneTimePasswordResponse) => void;
  onCancel: () => void;
}

export function CreateLoginForm({ row, suggestedLogin, initialRoles, calls, onCreated, onCancel }: Props) {
  const { t } = useTranslation(['people', 'common']);
  const headingId = useId();
  const loginId = useId();
  const hintId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const isPupil = row.person.table === 'pupils';
  const [login, setLogin] = useState(suggestedLogin);
  const [roles, setRoles] = useState<Role[]>([...initialRoles]);
  const [problem, setProblem] = useState('');
  const save = useSaveAction();
  useEffect(() => heading.current?.focus(), [row.person.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = login.trim().toLowerCase();
    if (!isValidLogin(trimmed)) return setProblem(t('logins.loginInvalidMessage'));
    if (!isPupil && roles.length === 0) return setProblem(t('logins.noRoleMessage'));
    setProblem('');
    let answer: OneTimePasswordResponse | undefined;
    const isDone = await save.run(async () => {
      answer = await calls.createLogin({ person: row.person, login: trimmed, roles: isPupil ? [Role.pupil] : roles });
    });
    if (isDone && answer) onCreated(answer);
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('logins.createTitle', { name: row.name })}
      </h3>
      <div className="field">
        <label htmlFor={loginId}>{t('logins.loginFieldLabel')}</label>
        <input
          id={loginId}
          value={login}
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-invalid={problem === t('logins.loginInvalidMessage')}
          onChange={(e) => setLogin(e.target.value)}
        />
        <p id={hintId} className="hint">
          {t('logins.loginHintMessage')}
        </p>
      </div>
      {isPupil ? <p className="hint">{t('logins.pupilRoleMessage')}</p> : <RoleChoices value={roles} onChange={setRoles} />}
      <LoginFormEnd problem={problem} error={save.error} submitLabel={t('logins.createAction')} isSaving={save.isSaving} onCancel={onCancel} />
    </form>
  );
}
