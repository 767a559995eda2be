import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { LANGUAGES } from '../../../../shared/package/enums';

export function AppShell({ nav, children }: { nav: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('common');
  const { language, setLanguage } = useLanguage();
  return (
    <div className="shell">
      <header className="topbar">
        <a href="#/" className="brand" aria-label={t('appName')}>
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>{' '}
          {t('appName')}
        </a>
        <span className="tagline">{t('tagline')}</span>
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
        <main className="content">{children}</main>
      </div>
    </div>
  );
}
