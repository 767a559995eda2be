import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { FirstStartPage } from '../features/first-start/FirstStartPage';
import { AppShell } from '../features/shell/AppShell';
import { AppNav } from './AppNav';
import { pageFor } from './routes';
import { useRoute } from './router';
import { useProfileSummary } from './useProfileRole';

export function App() {
  const route = useRoute();
  const profile = useProfileSummary();
  const { t } = useTranslation('common');
  if (profile === undefined) return <p className="muted">{t('loading')}</p>;
  if (profile === null) {
    return (
      <AppShell nav={null}>
        <FirstStartPage />
      </AppShell>
    );
  }
  return (
    <AppShell nav={<AppNav route={route} role={profile.role} />}>
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>{pageFor(route)}</Suspense>
    </AppShell>
  );
}
