/**
 * A typed score that another laptop changed at the same time: the value that lost is shown
 * beside the one that stands, and the teacher puts it back or keeps the one shown, as in
 * the register. Nothing either teacher typed is lost until someone decides.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useGradebookCommands } from '@/client/gradebook/gradebookCommands';
import type { GradebookCell } from '@/client/gradebook/readGradebook';
import { useSaveAction } from '@/client/workspace/useSaveAction';

export function CellConflict({ cell, staffId, name }: { cell: GradebookCell; staffId: string; name: string }) {
  const { t } = useTranslation(['gradebook']);
  const commands = useGradebookCommands();
  const save = useSaveAction();
  const conflict = cell.conflicts?.[0];
  if (!conflict) return null;
  const resolver = { staffId, now: Date.now() };
  const other = String(conflict.losingValue ?? '');
  return (
    <details className="cell-conflict">
      <summary>
        <span aria-hidden="true">⚠ </span>
        {other}
        <span className="visually-hidden"> {t('cellConflictLabel', { pupil: name, other })}</span>
      </summary>
      <p>{t('cellConflictMessage', { other, current: cell.score })}</p>
      <button
        type="button"
        className="button"
        disabled={save.isSaving}
        onClick={() => void save.run(() => commands.restoreMarkConflict(conflict, resolver))}
      >
        {t('restoreOtherAction', { other })}
      </button>
      <button
        type="button"
        className="button"
        disabled={save.isSaving}
        onClick={() => void save.run(() => commands.dismissMarkConflict(conflict, resolver))}
      >
        {t('keepCurrentAction', { current: cell.score })}
      </button>
    </details>
  );
}
