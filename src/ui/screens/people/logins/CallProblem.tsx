/** A failed People call, said in the interface language where the head's eyes are. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { peopleFailureText } from './peopleFailureText';

export function CallProblem({ error }: { error: unknown }) {
  const { t } = useTranslation(['people', 'common']);
  if (error === undefined) return null;
  return (
    <p className="form-problems" role="alert">
      {peopleFailureText(t, error)}
    </p>
  );
}
