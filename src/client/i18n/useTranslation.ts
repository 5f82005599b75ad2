/**
 * The one door to react-i18next for the UI (as zustand has `src/client/stores/`): screens
 * import translation hooks from here, never from i18next packages directly.
 */
export { useTranslation, Trans } from 'react-i18next';
