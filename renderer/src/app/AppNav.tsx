import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/package/enums';
import { useOrganisation } from '../db/hooks/useOrganisation';
import { ORG_SECTIONS } from './routes';
import { hrefFor, type Route } from './router';

function NavLink({ to, label, current }: { to: Route; label: string; current: boolean }) {
  return (
    <a href={hrefFor(to)} aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  );
}

export function AppNav({ route, role }: { route: Route; role: Role }) {
  const { t } = useTranslation('common');
  // Only the open organisation: the list of all of them is the home page's query, not the nav's.
  const org = useOrganisation(route.name === 'org' ? route.orgId : undefined);
  return (
    <>
      {role === 'officer' && (
        <>
          <div className="nav-heading">{t('nav.bank')}</div>
          <NavLink
            to={{ name: 'officer', section: 'portfolio' }}
            label={t('nav.portfolio')}
            current={route.name === 'officer' && route.section === 'portfolio'}
          />
          <NavLink
            to={{ name: 'officer', section: 'import' }}
            label={t('nav.import')}
            current={route.name === 'officer' && route.section === 'import'}
          />
          <NavLink
            to={{ name: 'officer', section: 'head-office' }}
            label={t('nav.headOffice')}
            current={route.name === 'officer' && route.section === 'head-office'}
          />
        </>
      )}
      {role === 'trainer' && (
        <>
          <div className="nav-heading">{t('nav.workshop')}</div>
          <NavLink
            to={{ name: 'workshop', section: 'home' }}
            label={t('nav.workshopHome')}
            current={route.name === 'workshop'}
          />
        </>
      )}
      <div className="nav-heading">{t('nav.companies')}</div>
      <NavLink to={{ name: 'home' }} label={t('nav.home')} current={route.name === 'home'} />
      {route.name === 'org' && (
        <>
          <div className="nav-heading nav-org" title={org?.nameMn}>
            {org?.nameMn ?? ''}
          </div>
          {ORG_SECTIONS.map((section) => (
            <NavLink
              key={section}
              to={{ name: 'org', orgId: route.orgId, section }}
              label={t(`nav.${section}`)}
              current={route.section === section}
            />
          ))}
        </>
      )}
      <div className="nav-spacer" />
      <NavLink
        to={{ name: 'catalogue', section: 'vcp' }}
        label={t('nav.catalogue')}
        current={route.name === 'catalogue'}
      />
      <NavLink
        to={{ name: 'settings' }}
        label={t('nav.settings')}
        current={route.name === 'settings'}
      />
    </>
  );
}
