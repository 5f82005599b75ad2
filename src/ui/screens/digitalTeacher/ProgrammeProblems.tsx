/**
 * Why a programme change was refused, in words: a programme rule (naming the pupils it is
 * about) or, for anything else, the house's `WriteProblems`. Announced to screen readers.
 */
import { ProgrammeRefusal } from '@/client/digitalTeacher/useDigitalTeacher';
import { useTranslation } from '@/client/i18n/useTranslation';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { REFUSAL_KEYS } from './programmeText';

export function ProgrammeProblems({ error, nameOf }: { error: unknown; nameOf: (pupilId: string) => string }) {
  const { t } = useTranslation(['digitalTeacher']);
  if (error === undefined) return null;
  if (!(error instanceof ProgrammeRefusal)) return <WriteProblems error={error} />;
  return (
    <div className="form-problems" role="alert">
      <ul>
        {error.reasons.map((r, i) => (
          <li key={i}>{t(REFUSAL_KEYS[r.code], { pupils: r.pupilIds.map(nameOf).join(', ') })}</li>
        ))}
      </ul>
    </div>
  );
}
