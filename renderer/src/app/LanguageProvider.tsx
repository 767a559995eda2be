import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/package/enums';
import { db } from '../db/db';
import { platform } from '../platform/platform';
import { initI18n, i18next } from '../i18n/i18n';
import { LanguageContext } from './LanguageContext';

const KEY = 'language';

function initialLanguage(): Language {
  const stored = localStorage.getItem('gt.language');
  return stored === 'en' ? 'en' : 'mn';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  initI18n(language);

  useEffect(() => {
    void db.settings.get(KEY).then((row) => {
      if (row?.value === 'en' || row?.value === 'mn') setLanguageState(row.value);
    });
  }, []);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    // localStorage gives the first paint the right language; the database is the record.
    localStorage.setItem('gt.language', next);
    void db.settings.put({ key: KEY, value: next });
    // The desktop menu follows the interface language.
    void platform.setLanguage?.(next);
  }, []);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <I18nextProvider i18n={i18next}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}
