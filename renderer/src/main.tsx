// Bundled so Cyrillic renders the same offline on every system; only the subsets we need.
// Mongolian's Ө and Ү are in cyrillic-ext, not cyrillic: without it they came from a system font.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-700.css';
// latin-ext carries the tögrög sign ₮.
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LanguageProvider } from './app/LanguageProvider';
import { seedDemoOnFirstStart } from './app/seedDemo';
import { preloadPage } from './app/routes';
import { parseHash } from './app/router';
import { purgeTrashWhenDue } from './app/trashActions';
import { db } from './db/db';
import { refreshPendingSummaries } from './db/repositories/applicationSummaries';
import { adoptRestoreEpoch } from './db/writeGate';
import { recoverJournalsAfterCrash } from './lib/typingJournal';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

purgeTrashWhenDue();

// The first page's chunk loads beside the demo check, so the first render does not suspend.
void Promise.allSettled([
  // Before any screen can write: the restore epoch this window's data is read under.
  adoptRestoreEpoch(db),
  // Before any form reads its journal: typing a killed process saved only to IndexedDB.
  recoverJournalsAfterCrash(),
  seedDemoOnFirstStart(),
  preloadPage(parseHash(window.location.hash)),
]).finally(() => {
  // In the background, after the first render's reads: the portfolio shows the old summaries
  // until each is refreshed.
  void refreshPendingSummaries(db).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </StrictMode>,
  );
});
