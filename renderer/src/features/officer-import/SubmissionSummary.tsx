import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { formatDate, formatMnt } from '../../i18n/format';

/** Who sent it and what it holds, so the officer knows what they are about to store. */
export function SubmissionSummary({ pkg }: { pkg: ApplicationPackage }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const o = pkg.organisation;
  const periods = pkg.periods.map((p) => p.period).sort();
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('import.summary')}</h2>
      <dl className="facts">
        <dt>{t('org.name')}</dt>
        <dd data-testid="summary-name">
          {o.nameMn}
          {o.nameEn ? ` · ${o.nameEn}` : ''}
        </dd>
        <dt>{t('org.registrationNo')}</dt>
        <dd>{o.registrationNo || '—'}</dd>
        <dt>{t('org.processes')}</dt>
        <dd>{o.processes.map((p) => t(`process.${p}`)).join(', ') || '—'}</dd>
        <dt>{t('org.employees')}</dt>
        <dd>{o.employees}</dd>
        <dt>{t('import.periods')}</dt>
        <dd>
          {periods.length > 0
            ? t('import.periodRange', {
                count: periods.length,
                from: periods[0],
                to: periods[periods.length - 1],
              })
            : '—'}
        </dd>
        <dt>{t('import.vcpAnswers')}</dt>
        <dd>{Object.keys(pkg.vcp?.answers ?? {}).length}</dd>
        <dt>{t('import.project')}</dt>
        <dd>
          {pkg.project
            ? `${pkg.project.title} (${formatMnt(pkg.project.investmentMnt, language)})`
            : '—'}
        </dd>
        <dt>{t('import.preparedBy')}</dt>
        <dd>
          {pkg.preparedBy || '—'}, {formatDate(pkg.createdAt, language)}
        </dd>
      </dl>
    </section>
  );
}
