import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { ExplainableValue } from '../../components/ExplainableValue';
import { useProject } from '../../db/hooks/useProject';
import { formatMnt, formatNumber, formatPercent } from '../../i18n/format';
import type { GreenCriterionResult } from '../../../../shared/scoring/green';
import { GreenDecisionForm } from './green/GreenDecisionForm';
import { GreenInputsForm } from './green/GreenInputsForm';
import { ProjectChanges } from './green/ProjectChanges';
import { VerificationPanel } from './green/VerificationPanel';
import type { ApplicationData } from './useApplicationData';

export function criterionValue(c: GreenCriterionResult, language: 'en' | 'mn'): string {
  if (c.measured === null) return '—';
  if (typeof c.measured === 'boolean') return c.measured ? '✓' : '✗';
  return c.unit === '%'
    ? formatPercent(c.measured, language, 1)
    : `${formatNumber(c.measured, language)} ${c.unit}`;
}

export function GreenTab({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const projectRow = useProject(data.app.orgId);
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
        <table className="data" data-testid="green-criteria">
          <thead>
            <tr>
              <th scope="col">{t('green.criterion')}</th>
              <th scope="col">{t('green.role')}</th>
              <th scope="col">{t('green.measuredValue')}</th>
              <th scope="col">{t('green.threshold')}</th>
              <th scope="col">{t('green.result')}</th>
            </tr>
          </thead>
          <tbody>
            {green.criteria.map((c) => (
              <tr key={c.id}>
                <td>
                  <code>{c.id}</code> {c.title[language]}
                </td>
                <td>{t(`green.roles.${c.role}`)}</td>
                <td className="num">
                  <ExplainableValue explanation={c.explanation.explanation}>
                    {criterionValue(c, language)}
                  </ExplainableValue>
                </td>
                <td className="num">
                  {c.kind === 'payback' ? '≤ ' : '≥ '}
                  {formatNumber(c.threshold, language)} {c.unit}
                </td>
                <td>
                  {c.pass === null ? (
                    <span className="muted">{t('green.na')}</span>
                  ) : c.pass ? (
                    <span className="pass">{t('green.pass')}</span>
                  ) : (
                    <span className="fail">{t('green.fail')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
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
      <ProjectChanges orgId={data.app.orgId} />
      <VerificationPanel
        orgId={data.app.orgId}
        projectId={projectId}
        project={project}
        promised={data.promised ?? green}
        current={green}
      />
    </div>
  );
}
