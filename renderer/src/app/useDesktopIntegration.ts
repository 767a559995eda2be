import { useEffect, useRef } from 'react';
import { platform } from '../platform/platform';
import { autoBackupIfDue } from './autoBackup';
import { useLanguage } from './LanguageContext';
import { menuIntent } from './menuCommandRoute';
import { navigate, type Route } from './router';

/** Application-menu commands and the daily automatic backup (desktop build; no-ops in a browser). */
export function useDesktopIntegration(route: Route, openAbout: () => void, ready: boolean): void {
  const { language, setLanguage } = useLanguage();
  const state = useRef({ route, language });
  useEffect(() => {
    state.current = { route, language };
  });

  useEffect(() => {
    return platform.onMenuCommand?.((command) => {
      const intent = menuIntent(command, state.current.route);
      switch (intent.kind) {
        case 'navigate':
          navigate(intent.route);
          break;
        case 'print':
          void platform.printReport('GreenThread');
          break;
        case 'about':
          openAbout();
          break;
        case 'switch-language':
          setLanguage(state.current.language === 'mn' ? 'en' : 'mn');
          break;
        case 'none':
          break;
      }
    });
  }, [openAbout, setLanguage]);

  useEffect(() => {
    if (ready) void autoBackupIfDue();
  }, [ready]);
}
