import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor, navigate } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import { openDemoScreening } from '../../db/repositories/demoScreening';
import { seedDemoCompanies } from '../../lib/demo/seedDemoCompanies';
import { clearCollected, collectedFigures, useCollected } from './collectStore';
import { DEMO_STORY_KEY, demoCompanyPackages } from './demoCompanies';
import { useProjectorView } from './projectorView';

type ResetState =
  { name: 'idle' } | { name: 'running' } | { name: 'done' } | { name: 'failed'; error: string };

export function TrainerHome() {
  const { t } = useTranslation(['workshop', 'common']);
  const { language } = useLanguage();
  const organisations = useOrganisations();
  const collected = useCollected();
  const [projector, setProjector] = useProjectorView();
  const [confirming, setConfirming] = useState(false);
  const [reset, setReset] = useState<ResetState>({ name: 'idle' });
  const files = collected.length;
  const participants = collectedFigures(collected).length;

  async function runReset() {
    setConfirming(false);
    setReset({ name: 'running' });
    try {
      await seedDemoCompanies();
      clearCollected();
      setReset({ name: 'done' });
    } catch (error) {
      setReset({ name: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>

      <h2>{t('home.companies')}</h2>
      <ul className="card-list workshop-companies">
        {demoCompanyPackages().map((pkg) => {
          const org = pkg.organisation;
          const present = organisations?.some((o) => o.id === org.id) ?? true;
          const name = language === 'en' && org.nameEn ? org.nameEn : org.nameMn;
          return (
            <li key={org.id} className="card" data-testid="demo-company">
              <h3>{name}</h3>
              <p className="muted">{org.processes.map((p) => t(`processes.${p}`)).join(' · ')}</p>
              <p>{t(DEMO_STORY_KEY[org.id] ?? 'home.stories.khangai')}</p>
              {present ? (
                <p className="button-row">
                  <a href={hrefFor({ name: 'org', orgId: org.id, section: 'overview' })}>
                    {t('home.open', { name })}
                  </a>{' '}
                  <button
                    type="button"
                    onClick={() =>
                      void openDemoScreening(org.id).then((id) =>
                        navigate({ name: 'officer', section: 'application', id, tab: 'screening' }),
                      )
                    }
                  >
                    {t('home.screenAsOfficer', { name })}
                  </button>
                </p>
              ) : (
                <p className="status error">{t('home.missing')}</p>
              )}
            </li>
          );
        })}
      </ul>

      <div className="grid-2 workshop-home-tools">
        <div className="panel">
          <h2>{t('home.resetTitle')}</h2>
          <p>{t('home.resetLead')}</p>
          <button
            type="button"
            className="danger"
            disabled={reset.name === 'running'}
            onClick={() => setConfirming(true)}
          >
            {t('home.reset')}
          </button>
          <p className={`status ${reset.name === 'failed' ? 'error' : ''}`} role="status">
            {reset.name === 'running' && t('home.resetRunning')}
            {reset.name === 'done' && t('home.resetDone')}
            {reset.name === 'failed' && t('home.resetFailed', { error: reset.error })}
          </p>
        </div>
        <div className="panel">
          <h2>{t('projector.title')}</h2>
          <p>{t('projector.lead')}</p>
          <button
            type="button"
            aria-pressed={projector}
            className={projector ? 'primary' : ''}
            onClick={() => setProjector(!projector)}
          >
            {projector ? t('projector.turnOff') : t('projector.turnOn')}
          </button>
        </div>
      </div>

      <h2>{t('home.planTitle')}</h2>
      <ol className="workshop-plan">
        <li>
          <a href={hrefFor({ name: 'workshop', section: 'exercises' })}>{t('tabs.exercises')}</a>
          {' — '}
          {t('home.planExercises')}
        </li>
        <li>
          <a href={hrefFor({ name: 'workshop', section: 'collect' })}>{t('tabs.collect')}</a>
          {' — '}
          {t('home.planCollect')}
        </li>
        <li>
          <a href={hrefFor({ name: 'workshop', section: 'benchmark' })}>{t('tabs.benchmark')}</a>
          {' — '}
          {t('home.planBenchmark')}
        </li>
      </ol>

      <ConfirmDialog
        open={confirming}
        title={t('home.confirmTitle')}
        confirmLabel={t('home.confirmReset')}
        cancelLabel={t('common:cancel')}
        danger
        onConfirm={() => void runReset()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('home.confirmIntro')}</p>
        <ul>
          <li>{t('home.confirmRewrite')}</li>
          <li>{t('home.confirmCollected', { files, participants })}</li>
          <li>{t('home.confirmKeep')}</li>
        </ul>
      </ConfirmDialog>
    </>
  );
}
