/** The head changes the roles of a staff member's login (the server keeps the school's last head). */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { HeadAccountCalls } from '@/client/people/headAccounts';
import type { LoginRow } from '@/client/people/loginRows';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import type { Role } from '@/domain/roles';
import type { PersonAccount } from '@/sync/peopleMessages';
import { LoginFormEnd } from './LoginFormEnd';
import { RoleChoices } from './RoleChoices';

interface Props {
  row: LoginRow & { account: PersonAccount };
  calls: HeadAccountCalls;
  onSaved: (account: PersonAccount) => void;
  onCancel: () => void;
}

export function RolesForm({ row, calls, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['people', 'common']);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [roles, setRoles] = useState<Role[]>([...row.account.roles]);
  const [problem, setProblem] = useState('');
  const save = useSaveAction();
  useEffect(() => heading.current?.focus(), [row.person.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) return setProblem(t('logins.noRoleMessage'));
    setProblem('');
    let saved: PersonAccount | undefined;
    const isDone = await save.run(async () => {
      saved = await calls.setRoles(row.account.id, roles);
    });
    if (isDone && saved) onSaved(saved);
  };

  return (
    <form className="panel setup-form" aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('logins.rolesTitle', { name: row.name })}
      </h3>
      <RoleChoices value={roles} onChange={setRoles} />
      <LoginFormEnd problem={problem} error={save.error} submitLabel={t('logins.saveRolesAction')} isSaving={save.isSaving} onCancel={onCancel} />
    </form>
  );
}
