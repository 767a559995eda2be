import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { MonitoringTab } from '../officer-monitoring/MonitoringTab';
import { SignedElsewhereBanner } from '../officer-import/SignedElsewhereBanner';
import { GreenTab } from './GreenTab';
import { MemoTab } from './MemoTab';
import { OverviewTab } from './OverviewTab';
import { ScreeningTab } from './ScreeningTab';
import { SignOffPanel } from './SignOffPanel';
import { useApplicationData } from './useApplicationData';
import './officer-application.css';

const TABS = ['overview', 'screening', 'green', 'monitoring', 'memo'] as const;
type Tab = (typeof TABS)[number];

function isTab(tab: string): tab is Tab {
  return (TABS as readonly string[]).includes(tab);
}

export function ApplicationPage({ applicationId, tab }: { applicationId: string; tab: string }) {
  const { t } = useTranslation(['officer', 'common', 'verdicts']);
  const { language } = useLanguage();
  const data = useApplicationData(applicationId);
  const ready = data.state === 'ready' ? data : null;
  const current: Tab = isTab(tab) ? tab : 'overview';

  if (data.state === 'loading') return <p className="page">{t('common:loading')}</p>;
  if (data.state === 'missing' || !ready) {
    return (
      <section className="page">
        <h1>{t('app.notFound')}</h1>
        <p>
          <a href={hrefFor({ name: 'officer', section: 'portfolio' })}>{t('app.toPortfolio')}</a>
        </p>
      </section>
    );
  }
  const org = ready.pkg.organisation;
  return (
    <section className="page officer-application" aria-labelledby="app-title">
      <header className="app-header no-print">
        <h1 id="app-title">{org.nameMn}</h1>
        <p className="lead">
          {org.nameEn && <span>{org.nameEn} · </span>}
          {t('org.registrationNo')}: {org.registrationNo || '—'} · {t(`status.${ready.app.status}`)}
        </p>
        <nav className="tabs" aria-label={t('app.tabs')}>
          {TABS.map((k) => (
            <a
              key={k}
              href={hrefFor({ name: 'officer', section: 'application', id: applicationId, tab: k })}
              aria-current={k === current ? 'page' : undefined}
              className={k === current ? 'tab active' : 'tab'}
            >
              {t(`app.tab.${k}`)}
            </a>
          ))}
        </nav>
      </header>
      {/* One notice for the page: the pack's Mongolian texts are not reviewed yet. */}
      {language === 'mn' && current !== 'memo' && (
        <p className="toast warn no-print" role="note" data-testid="mn-unreviewed">
          {t('verdicts:trust.applicationPage')}
        </p>
      )}
      {current !== 'memo' && <SignedElsewhereBanner orgId={ready.app.orgId} />}
      {current !== 'memo' && <SignOffPanel data={ready} />}
      {current === 'overview' && <OverviewTab data={ready} />}
      {current === 'screening' && <ScreeningTab data={ready} />}
      {current === 'green' && <GreenTab data={ready} />}
      {current === 'monitoring' && <MonitoringTab data={ready} />}
      {current === 'memo' && <MemoTab data={ready} />}
    </section>
  );
}
