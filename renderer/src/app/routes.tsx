import { isValidElement, type ReactNode } from 'react';
import { preloadableLazy, type PreloadablePage } from './preloadableLazy';
import type { Route } from './router';

// Each feature is its own chunk: the first screen loads only what it shows (see preloadPage).
const OrganisationsPage = preloadableLazy(() =>
  import('../features/organisations/OrganisationsPage').then((m) => m.OrganisationsPage),
);
const QuickEntryPage = preloadableLazy(() =>
  import('../features/monthly-entry/QuickEntryPage').then((m) => m.QuickEntryPage),
);
const ProfilePage = preloadableLazy(() =>
  import('../features/profile/ProfilePage').then((m) => m.ProfilePage),
);
const MetricsPage = preloadableLazy(() =>
  import('../features/metrics/MetricsPage').then((m) => m.MetricsPage),
);
const SelfAssessmentPage = preloadableLazy(() =>
  import('../features/self-assessment/SelfAssessmentPage').then((m) => m.SelfAssessmentPage),
);
const DashboardPage = preloadableLazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage),
);
const ActionPlanPage = preloadableLazy(() =>
  import('../features/action-plan/ActionPlanPage').then((m) => m.ActionPlanPage),
);
const GreenProjectPage = preloadableLazy(() =>
  import('../features/green-project/GreenProjectPage').then((m) => m.GreenProjectPage),
);
const ExportPage = preloadableLazy(() =>
  import('../features/export/ExportPage').then((m) => m.ExportPage),
);
const PortfolioPage = preloadableLazy(() =>
  import('../features/officer-portfolio/PortfolioPage').then((m) => m.PortfolioPage),
);
const ImportPage = preloadableLazy(() =>
  import('../features/officer-import/ImportPage').then((m) => m.ImportPage),
);
const ApplicationPage = preloadableLazy(() =>
  import('../features/officer-application/ApplicationPage').then((m) => m.ApplicationPage),
);
const WorkshopPage = preloadableLazy(() =>
  import('../features/workshop/WorkshopPage').then((m) => m.WorkshopPage),
);
const CataloguePage = preloadableLazy(() =>
  import('../features/catalogue/CataloguePage').then((m) => m.CataloguePage),
);
const OpenedFilePage = preloadableLazy(() =>
  import('../features/file-open/OpenedFilePage').then((m) => m.OpenedFilePage),
);
const HeadOfficePage = preloadableLazy(() =>
  import('../features/head-office/HeadOfficePage').then((m) => m.HeadOfficePage),
);
const SettingsPage = preloadableLazy(() =>
  import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
);

export const ORG_SECTIONS = [
  'overview',
  'profile',
  'metrics',
  'vcp',
  'actions',
  'project',
  'export',
  'quick',
] as const;
export type OrgSection = (typeof ORG_SECTIONS)[number];

function orgPage(orgId: string, section: string): ReactNode {
  switch (section) {
    case 'profile':
      return <ProfilePage orgId={orgId} />;
    case 'metrics':
      return <MetricsPage orgId={orgId} />;
    case 'vcp':
      return <SelfAssessmentPage orgId={orgId} />;
    case 'actions':
      return <ActionPlanPage orgId={orgId} />;
    case 'project':
      return <GreenProjectPage orgId={orgId} />;
    case 'export':
      return <ExportPage orgId={orgId} />;
    case 'quick':
      return <QuickEntryPage orgId={orgId} />;
    default:
      return <DashboardPage orgId={orgId} />;
  }
}

export function pageFor(route: Route): ReactNode {
  switch (route.name) {
    case 'org':
      return orgPage(route.orgId, route.section);
    case 'officer':
      if (route.section === 'import') return <ImportPage />;
      if (route.section === 'head-office') return <HeadOfficePage />;
      if (route.section === 'application' && route.id) {
        return <ApplicationPage applicationId={route.id} tab={route.tab ?? 'overview'} />;
      }
      return <PortfolioPage />;
    case 'workshop':
      return <WorkshopPage section={route.section} />;
    case 'settings':
      return <SettingsPage />;
    case 'catalogue':
      return <CataloguePage section={route.section} />;
    case 'opened':
      return <OpenedFilePage />;
    case 'home':
      return <OrganisationsPage />;
  }
}

/** Loads the chunk of the page a route shows, so its first render does not suspend. */
export function preloadPage(route: Route): Promise<void> {
  const page = pageFor(route);
  const type: unknown = isValidElement(page) ? page.type : null;
  return typeof type === 'function' && 'preload' in type
    ? (type as PreloadablePage<object>).preload()
    : Promise.resolve();
}
