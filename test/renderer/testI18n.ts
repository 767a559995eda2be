// An i18next instance of the app's own texts in one language, ready at once (no async init), for
// tests that render a component outside the app's provider.
import i18next, { type i18n } from 'i18next';
import type { Language } from '../../shared/package/enums';
import { buildResources } from '../../renderer/src/i18n/i18n';

export function testI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: buildResources(),
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
