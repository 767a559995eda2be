import { useTranslation } from 'react-i18next';

/**
 * "Skip to content": the first stop of Tab on every screen, shown when focused. The app routes
 * by the URL's hash, so the link moves the focus itself instead of following a #fragment.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation('common');
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        e.preventDefault();
        const main = document.getElementById(target);
        main?.focus();
        main?.scrollIntoView({ block: 'start' });
      }}
    >
      {t('skipToContent')}
    </a>
  );
}
