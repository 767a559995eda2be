import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { SkipLink } from '../../components/SkipLink';
import { platform } from '../../platform/platform';
import { LANGUAGES } from '../../../../shared/package/enums';
import { startAppSyncLoop } from '../../sync/appSync';
import { SyncStatusBadge } from '../bank-server/SyncStatusBadge';

// Projector view (workshops): the 'projector' class on <html> is the state (styles/app.css);
// remembered in localStorage. The trainer home toggles the same class and key.
const PROJECTOR_KEY = 'gt.projector';
const root = () => document.documentElement;
function setProjector(on: boolean): void {
  root().classList.toggle('projector', on);
  try {
    localStorage.setItem(PROJECTOR_KEY, on ? '1' : '0');
  } catch {
    // No storage (private window): the view still switches for this session.
  }
}
function subscribeClass(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(root(), { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

export function AppShell({ nav, children }: { nav: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('common');
  const { language, setLanguage } = useLanguage();
  const projector = useSyncExternalStore(
    subscribeClass,
    () => root().classList.contains('projector'),
    () => false,
  );
  // Syncs with the bank server in the background when this computer is signed in to one.
  useEffect(() => startAppSyncLoop(), []);
  useEffect(() => {
    if (localStorage.getItem(PROJECTOR_KEY) === '1') root().classList.add('projector');
    return platform.onMenuCommand?.((command) => {
      if (command === 'toggle-projector') setProjector(!root().classList.contains('projector'));
    });
  }, []);
  return (
    <div className="shell">
      <SkipLink target="main-content" />
      <header className="topbar">
        <a href="#/" className="brand" aria-label={t('appName')}>
          {/* Drawn, not a text glyph: the bundled font has no ◆ and a system font would stand in. */}
          <svg
            className="brand-mark"
            aria-hidden="true"
            viewBox="0 0 10 10"
            width="0.8em"
            height="0.8em"
          >
            <path d="M5 0 10 5 5 10 0 5Z" fill="currentColor" />
          </svg>{' '}
          {t('appName')}
        </a>
        <span className="tagline">{t('tagline')}</span>
        <SyncStatusBadge />
        <button
          type="button"
          className="projector-toggle"
          aria-pressed={projector}
          onClick={() => setProjector(!projector)}
        >
          {t('workshop:projector.toggle')}
          {projector ? ' ✓' : ''}
        </button>
        <label className="lang-switch">
          <span className="sr-only">{t('language')}</span>
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'mn')}
            aria-label={t('language')}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="body">
        <nav className="sidebar" aria-label="main">
          {nav}
        </nav>
        <main className="content" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
