import { useTranslation } from 'react-i18next';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { QuickEntryPage } from '../features/monthly-entry/QuickEntryPage';
import { AppShell } from '../features/shell/AppShell';
import { hrefFor, useRoute, type Route } from './router';

function NavLink({ route, label, current }: { route: Route; label: string; current: boolean }) {
  return (
    <a href={hrefFor(route)} aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  );
}

export function App() {
  const route = useRoute();
  const { t } = useTranslation('common');
  const nav = (
    <>
      <NavLink route={{ name: 'home' }} label={t('nav.home')} current={route.name === 'home'} />
      {route.name === 'org' && (
        <NavLink
          route={{ name: 'org', orgId: route.orgId, section: 'overview' }}
          label={t('nav.quick')}
          current={route.section === 'overview'}
        />
      )}
    </>
  );
  return (
    <AppShell nav={nav}>
      {route.name === 'org' ? <QuickEntryPage orgId={route.orgId} /> : <OrganisationsPage />}
    </AppShell>
  );
}
