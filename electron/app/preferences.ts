// Shell preferences that must exist before the renderer loads (the menu language).
import type { UiLanguage } from '../../shared/ipc/contract';

export interface ShellPreferences {
  language: UiLanguage;
}

export interface PreferencesFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}

/** First run follows the OS locale: Mongolian for mn*, English otherwise. */
export function defaultLanguage(osLocale: string): UiLanguage {
  return osLocale.toLowerCase().startsWith('mn') ? 'mn' : 'en';
}

export async function loadPreferences(
  fs: PreferencesFs,
  file: string,
  osLocale: string,
): Promise<ShellPreferences> {
  try {
    const raw: unknown = JSON.parse(await fs.readFile(file));
    if (typeof raw === 'object' && raw !== null) {
      const language = (raw as Record<string, unknown>).language;
      if (language === 'en' || language === 'mn') return { language };
    }
  } catch {
    // first run or unreadable file
  }
  return { language: defaultLanguage(osLocale) };
}

export async function savePreferences(
  fs: PreferencesFs,
  file: string,
  prefs: ShellPreferences,
): Promise<void> {
  await fs.writeFile(file, JSON.stringify(prefs));
}
