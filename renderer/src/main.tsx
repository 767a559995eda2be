// Bundled so Cyrillic renders the same offline on every system; only the subsets we need.
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LanguageProvider } from './app/LanguageProvider';
import { seedDemoOnFirstStart } from './app/seedDemo';
import { purgeTrash } from './db/repositories/trash';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Trash older than 30 days is removed at start; a failure here must not block the app.
void purgeTrash().catch((e: unknown) => console.error('purging the trash failed', e));

void seedDemoOnFirstStart().finally(() => {
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </StrictMode>,
  );
});
