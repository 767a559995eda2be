import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/package/enums';

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({
  language: 'mn',
  setLanguage: () => undefined,
});

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
