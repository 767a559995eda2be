import { Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileOpenedDialog } from '../features/file-open/FileOpenedDialog';
import { FirstStartPage } from '../features/first-start/FirstStartPage';
import { AppShell } from '../features/shell/AppShell';
import { AboutDialog } from './AboutDialog';
import { RestoreElsewhereNotice } from './RestoreElsewhereNotice';
import { AppNav } from './AppNav';
import { pageFor } from './routes';
import { hrefFor, useRoute } from './router';
import { FeatureErrorBoundary } from './FeatureErrorBoundary';
import { useDesktopIntegration } from './useDesktopIntegration';
import { useProfileSummary } from './useProfileRole';

export function App() {
  const { route, pending } = useRoute();
  const profile = useProfileSummary();
  const { t } = useTranslation('common');
  const [aboutOpen, setAboutOpen] = useState(false);
  const openAbout = useCallback(() => setAboutOpen(true), []);
  useDesktopIntegration(route, openAbout, profile !== undefined && profile !== null);
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
      {pending && <div className="route-pending" role="progressbar" aria-label={t('loading')} />}
      {/* keyed by the route: moving to another page leaves a failed one behind */}
      <FeatureErrorBoundary key={hrefFor(route)}>
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>{pageFor(route)}</Suspense>
      </FeatureErrorBoundary>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <FileOpenedDialog role={profile.role} />
      <RestoreElsewhereNotice />
    </AppShell>
  );
}
