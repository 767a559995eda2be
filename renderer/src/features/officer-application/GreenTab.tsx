import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useProject } from '../../db/hooks/useProject';
import { projectFromRow } from '../../db/repositories/projects';
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
  // The forms edit the stored row and carry what they took from it. They wait for it: mounting
  // them before it loaded, keyed by its updatedAt, remounted them when it arrived and threw away
  // what the officer had typed meanwhile (officer-record e2e: the corrected water was lost and the
  // unchanged figures saved), and an own save remounted them with the package's older copy.
  const stored = projectRow ? projectFromRow(projectRow) : null;
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
        <GreenCriteriaTable criteria={green.criteria} language={language} pack={data.pack} />
      </section>
      {projectRow && stored && (
        <fieldset className="locked-when-signed" disabled={locked}>
          <GreenDecisionForm
            key={`decision-${projectRow.id}`}
            applicationId={data.app.id}
            orgId={data.app.orgId}
            projectId={projectRow.id}
            project={stored}
            pack={data.pack}
            suggested={green.suggestedDecision}
          />
          <GreenInputsForm
            key={`inputs-${projectRow.id}`}
            orgId={data.app.orgId}
            projectId={projectRow.id}
            project={stored}
          />
        </fieldset>
      )}
      <ProjectChanges orgId={data.app.orgId} pack={data.pack} />
      {projectRow && stored && (
        <fieldset className="locked-when-signed" disabled={locked}>
          <VerificationPanel
            key={`verify-${projectRow.id}`}
            orgId={data.app.orgId}
            projectId={projectRow.id}
            project={stored}
            promised={data.promised ?? green}
            current={green}
          />
        </fieldset>
      )}
    </div>
  );
}
