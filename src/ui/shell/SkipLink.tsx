/** The first thing Tab reaches: jumps past the header and menu to the screen itself. */
import { useTranslation } from '@/client/i18n/useTranslation';

export const MAIN_CONTENT_ID = 'main-content';

export function SkipLink() {
  const { t } = useTranslation('shell');
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={focusMain}>
      {t('skipToContentAction')}
    </a>
  );
}

// The app routes on the hash, so the link focuses the target itself instead of navigating.
function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_CONTENT_ID)?.focus();
}
