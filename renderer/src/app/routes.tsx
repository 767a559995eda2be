import { lazy, type ReactNode } from 'react';
import type { Route } from './router';

// Each feature is its own chunk: the first screen loads only what it shows.
const OrganisationsPage = lazy(() =>
  import('../features/organisations/OrganisationsPage').then((m) => ({
    default: m.OrganisationsPage,
  })),
);
const QuickEntryPage = lazy(() =>
  import('../features/monthly-entry/QuickEntryPage').then((m) => ({ default: m.QuickEntryPage })),
);
const ProfilePage = lazy(() =>
  import('../features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const MetricsPage = lazy(() =>
  import('../features/metrics/MetricsPage').then((m) => ({ default: m.MetricsPage })),
);
const SelfAssessmentPage = lazy(() =>
  import('../features/self-assessment/SelfAssessmentPage').then((m) => ({
    default: m.SelfAssessmentPage,
  })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const ActionPlanPage = lazy(() =>
  import('../features/action-plan/ActionPlanPage').then((m) => ({ default: m.ActionPlanPage })),
);
const GreenProjectPage = lazy(() =>
  import('../features/green-project/GreenProjectPage').then((m) => ({
    default: m.GreenProjectPage,
  })),
);
const ExportPage = lazy(() =>
  import('../features/export/ExportPage').then((m) => ({ default: m.ExportPage })),
);
const PortfolioPage = lazy(() =>
  import('../features/officer-portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })),
);
const ImportPage = lazy(() =>
  import('../features/officer-import/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const ApplicationPage = lazy(() =>
  import('../features/officer-application/ApplicationPage').then((m) => ({
    default: m.ApplicationPage,
  })),
);
const WorkshopPage = lazy(() =>
  import('../features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })),
);
const CataloguePage = lazy(() =>
  import('../features/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
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
    case 'home':
      return <OrganisationsPage />;
  }
}
