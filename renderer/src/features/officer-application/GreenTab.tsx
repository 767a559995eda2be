import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useProject } from '../../db/hooks/useProject';
import { isLocked } from '../../db/repositories/signOff';
import { formatMnt } from '../../i18n/format';
import { GreenCriteriaTable } from './green/GreenCriteriaTable';
import { GreenDecisionForm } from './green/GreenDecisionForm';
import { GreenInputsForm } from './green/GreenInputsForm';
import { ProjectChanges } from './green/ProjectChanges';
import { VerificationPanel } from './green/VerificationPanel';
import type { ApplicationData } from './useApplicationData';

export function GreenTab({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const projectRow = useProject(data.app.orgId);
  const locked = isLocked(data.esAssessment);
  const project = data.pkg.project;
  const green = data.results.green;
  if (!project || !green) {
    return (
      <section className="panel">
        <h2>{t('green.title')}</h2>
        <p>{t('green.noProject')}</p>
      </section>
    );
  }
  const category = data.pack.taxonomy.find((c) => c.code === project.taxonomyCode);
  const projectId = projectRow?.id;
  return (
    <div className="green">
      <section className="panel" aria-labelledby="green-title">
        <h2 id="green-title">{t('green.title')}</h2>
        <p className="lead">
          {project.title} · {project.taxonomyCode} {category ? category.title[language] : ''} ·{' '}
          {formatMnt(project.investmentMnt, language)}
        </p>
        <p>
          {t('green.suggested')}:{' '}
          <strong data-testid="green-suggested">{t(`decision.${green.suggestedDecision}`)}</strong>
          {green.blockingGates.length > 0 &&
            ` · ${t('green.blocked', { gates: green.blockingGates.join(', ') })}`}
        </p>
        <GreenCriteriaTable criteria={green.criteria} language={language} />
      </section>
      <fieldset className="locked-when-signed" disabled={locked}>
        <GreenDecisionForm
          key={project.decision?.decidedAt ?? 'none'}
          applicationId={data.app.id}
          orgId={data.app.orgId}
          projectId={projectId}
          project={project}
          pack={data.pack}
          suggested={green.suggestedDecision}
        />
        <GreenInputsForm
          key={`inputs-${projectRow?.updatedAt ?? ''}`}
          orgId={data.app.orgId}
          projectId={projectId}
          project={project}
        />
      </fieldset>
      <ProjectChanges orgId={data.app.orgId} />
      <fieldset className="locked-when-signed" disabled={locked}>
        <VerificationPanel
          orgId={data.app.orgId}
          projectId={projectId}
          project={project}
          promised={data.promised ?? green}
          current={green}
        />
      </fieldset>
    </div>
  );
}
