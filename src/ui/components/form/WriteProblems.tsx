/**
 * The reasons a save was refused, in the head's language, announced to screen readers
 * (role="alert"). A problem about a known field is prefixed with that field's label, so
 * "Quarter 3, last day: the end comes before the start" says where to look.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { isIsoDate } from '@/domain/dates';
import { useIsoDateFormat } from '../schoolDates';
import { writeProblems } from '@/client/workspace/writeProblems';

export function WriteProblems({ error, fieldLabels = {} }: { error: unknown; fieldLabels?: Readonly<Record<string, string>> }) {
  const { t } = useTranslation('validation');
  const formatIsoDate = useIsoDateFormat();
  if (error === undefined) return null;
  const all = writeProblems(error).map((problem) => {
    const values = Object.fromEntries(
      Object.entries(problem.values).map(([k, v]) => [k, typeof v === 'string' && isIsoDate(v) ? formatIsoDate(v) : v]),
    );
    const message = t(problem.key as 'notSavedMessage', values);
    const field = problem.path === undefined ? undefined : fieldLabels[problem.path];
    return field === undefined ? message : t('fieldProblemMessage', { field, problem: message });
  });
  // The year's first day is also its first quarter's: one problem can come on two paths.
  const lines = [...new Set(all)];
  return (
    <div className="form-problems" role="alert">
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
