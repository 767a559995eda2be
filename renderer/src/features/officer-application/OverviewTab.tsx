import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { ExplainableValue } from '../../components/ExplainableValue';
import { setApplicationStatus, setApplicationTerms } from '../../db/repositories/applications';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../db/types';
import { formatDate, formatMnt, formatNumber, formatPercent } from '../../i18n/format';
import { screeningDeclines } from '../../../../shared/scoring/es';
import { parseNumber } from '../../../../shared/units/parseNumber';
import type { ApplicationData } from './useApplicationData';

function LoanTermsForm({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'common']);
  const [amount, setAmount] = useState(String(data.app.amountMnt));
  const [signing, setSigning] = useState(data.terms.signingDate ?? '');
  const [term, setTerm] = useState(String(data.terms.termYears));
  const [message, setMessage] = useState<string | null>(null);
  // the app's one number rule (shared parseNumber), as every other typed figure
  const parsedAmount = parseNumber(amount);
  const amountNumber = parsedAmount.ok && parsedAmount.value !== null ? parsedAmount.value : NaN;
  const termNumber = Number(term);
  const valid =
    Number.isFinite(amountNumber) &&
    amountNumber >= 0 &&
    Number.isInteger(termNumber) &&
    termNumber >= 1 &&
    termNumber <= 30;

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    if (!valid) return;
    await setApplicationTerms(data.app.id, {
      amountMnt: Math.round(amountNumber),
      signingDate: signing || null,
      termYears: termNumber,
    });
    setMessage(t('common:saved'));
  }

  return (
    <form className="form-card" onSubmit={(e) => void onSubmit(e)} aria-labelledby="terms-title">
      <h2 id="terms-title">{t('app.loanTerms')}</h2>
      <label>
        {t('app.amount')}
        <input
          inputMode="numeric"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-invalid={!Number.isFinite(amountNumber) || amountNumber < 0}
        />
      </label>
      <label>
        {t('app.signingDate')}
        <input type="date" value={signing} onChange={(e) => setSigning(e.target.value)} />
      </label>
      <label>
        {t('app.termYears')}
        <input
          type="number"
          min={1}
          max={30}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!valid}>
        {t('common:save')}
      </button>
      {message && <span className="status">{message}</span>}
    </form>
  );
}

export function OverviewTab({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const { app, pkg, results } = data;
  // any exclusion hit declines (the shared rule): no other status may be recorded beside it
  const declines = screeningDeclines(
    data.pack,
    data.esAssessment?.instrument === 'es' ? data.esAssessment.screening : undefined,
  );
  const org = pkg.organisation;
  const es = results.es;
  const vcp = results.vcp;
  const tabHref = (tab: string) =>
    hrefFor({ name: 'officer', section: 'application', id: app.id, tab });

  return (
    <div className="overview">
      <div className="grid-2">
        <section className="panel" aria-labelledby="org-title">
          <h2 id="org-title">{t('org.name')}</h2>
          <dl className="facts">
            <dt>{t('org.address')}</dt>
            <dd>{[org.address, org.district, org.aimag].filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t('org.processes')}</dt>
            <dd>{org.processes.map((p) => t(`process.${p}`)).join(', ')}</dd>
            <dt>{t('org.employees')}</dt>
            <dd>{org.employees}</dd>
            <dt>{t('app.turnover')}</dt>
            <dd>{formatMnt(org.annualTurnoverMnt, language)}</dd>
            <dt>{t('app.womenLed')}</dt>
            <dd>
              <ExplainableValue explanation={results.womenLed.detail.explanation}>
                {results.womenLed.flag ? t('app.yes') : t('app.no')}
              </ExplainableValue>
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="results-title">
          <h2 id="results-title">{t('app.results')}</h2>
          <dl className="facts">
            <dt>{t('app.category')}</dt>
            <dd data-testid="overview-category">
              <ExplainableValue explanation={es.categoryExplanation}>
                {es.finalCategory}
              </ExplainableValue>
              {es.override && <span className="badge warn">{t('app.overridden')}</span>}
            </dd>
            <dt>{t('app.exclusion')}</dt>
            <dd>{es.exclusion.excluded ? t('app.excluded') : t('app.notExcluded')}</dd>
            <dt>{t('app.findings')}</dt>
            <dd>{es.findings.total}</dd>
            <dt>{t('app.greenDecision')}</dt>
            <dd>{pkg.project?.decision ? t(`decision.${pkg.project.decision.decision}`) : '—'}</dd>
            <dt>{t('app.vcpScore')}</dt>
            <dd>
              {vcp.overallPct.value === null ? (
                '—'
              ) : (
                <ExplainableValue explanation={vcp.overallPct.explanation}>
                  {formatPercent(vcp.overallPct.value, language)}
                </ExplainableValue>
              )}{' '}
              (
              {t('app.answered', {
                answered: vcp.completion.answered,
                applicable: vcp.completion.applicable,
              })}
              )
            </dd>
          </dl>
          <p>
            <a href={tabHref('screening')}>{t('app.goScreening')}</a> ·{' '}
            <a href={tabHref('green')}>{t('app.goGreen')}</a> ·{' '}
            <a href={tabHref('memo')}>{t('app.goMemo')}</a>
          </p>
        </section>
      </div>
      <div className="grid-2">
        <LoanTermsForm key={`${app.id}-${String(app.amountMnt)}`} data={data} />
        <section className="panel" aria-labelledby="status-title">
          <h2 id="status-title">{t('app.status')}</h2>
          <label>
            {t('app.status')}
            <select
              value={app.status}
              onChange={(e) =>
                void setApplicationStatus(app.id, e.target.value as ApplicationStatus)
              }
            >
              {APPLICATION_STATUSES.map((s) => (
                <option key={s} value={s} disabled={declines && s !== 'declined'}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {declines && <p className="hint">{t('app.statusExclusion')}</p>}
          <h3>{t('app.history')}</h3>
          <ol className="history">
            {app.history.map((h) => (
              <li key={`${h.importedAt}-${h.digest}`}>
                {formatDate(h.importedAt, language)} · {h.fileName ?? '—'} ·{' '}
                <code title={h.digest}>{h.digest.slice(0, 12)}</code>
              </li>
            ))}
          </ol>
          <p className="hint">
            {t('app.amountNow', { amount: formatMnt(app.amountMnt, language) })}{' '}
            {pkg.project &&
              t('app.investment', {
                amount: formatMnt(pkg.project.investmentMnt, language),
                years: formatNumber(pkg.project.lifetimeYears, language),
              })}
          </p>
        </section>
      </div>
    </div>
  );
}
