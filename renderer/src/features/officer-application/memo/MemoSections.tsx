import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { formatDate, formatMnt, formatPercent } from '../../../i18n/format';
import { GreenCriteriaTable } from '../green/GreenCriteriaTable';
import { isEsapAction, splitEsapPlan } from '../screeningModel';
import type { ApplicationData } from '../useApplicationData';
import { MemoSignatures } from './MemoSignatures';

export function MemoSections({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'screening', 'common']);
  const { language } = useLanguage();
  const { pkg, results, pack, terms } = data;
  const es = results.es;
  const org = pkg.organisation;
  const checks = new Map(pack.esChecks.map((c) => [c.id, c]));
  const pillars = new Map(pack.pillars.map((p) => [p.id, p]));
  // The ESAP follows the findings: items for findings the officer removed are not printed.
  const esap = splitEsapPlan(pkg.actions.filter(isEsapAction), data.results.es.esap).current;
  const cps = esap.filter((a) => a.conditionPrecedent === true);
  const findings = es.checks.filter((c) => c.status === 'finding');
  const decision = pkg.project?.decision;
  const green = results.green;

  return (
    <>
      <section className="memo-section">
        <h2>{t('memo.s.organisation')}</h2>
        <table className="data memo-facts">
          <tbody>
            <tr>
              <th scope="row">{t('org.registrationNo')}</th>
              <td>{org.registrationNo || '—'}</td>
              <th scope="row">{t('org.address')}</th>
              <td>{[org.address, org.district, org.aimag].filter(Boolean).join(', ')}</td>
            </tr>
            <tr>
              <th scope="row">{t('org.processes')}</th>
              <td>{org.processes.map((p) => t(`process.${p}`)).join(', ')}</td>
              <th scope="row">{t('org.employees')}</th>
              <td>{org.employees}</td>
            </tr>
            <tr>
              <th scope="row">{t('memo.amount')}</th>
              <td>{formatMnt(data.app.amountMnt, language)}</td>
              <th scope="row">{t('app.signingDate')}</th>
              <td>
                {terms.signingDate ? formatDate(terms.signingDate, language) : '—'} ·{' '}
                {t('memo.term', { years: terms.termYears })}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('app.womenLed')}</th>
              <td>{results.womenLed.flag ? t('app.yes') : t('app.no')}</td>
              <th scope="row">{t('app.turnover')}</th>
              <td>{formatMnt(org.annualTurnoverMnt, language)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="memo-section">
        <h2>{t('memo.s.exclusion')}</h2>
        <p data-testid="memo-exclusion">
          {es.exclusion.excluded
            ? `${t('app.excluded')}: ${es.exclusion.hits.map((h) => `${h.id} ${h.text[language]}${h.note ? ` (${h.note})` : ''}`).join('; ')}`
            : t('memo.noExclusion', { count: pack.exclusions.length })}
        </p>
      </section>

      <section className="memo-section">
        <h2>{t('memo.s.category')}</h2>
        <p data-testid="memo-category">
          {t('memo.categoryLine', { suggested: es.suggestedCategory, final: es.finalCategory })}
        </p>
        <ul>
          {es.reasons.map((r) => (
            <li key={r.code}>{r.text[language]}</li>
          ))}
        </ul>
        {es.override && (
          <p>
            <strong>{t('memo.overrideReason')}:</strong> {es.override.reason}
          </p>
        )}
      </section>

      <section className="memo-section">
        <h2>{t('memo.s.findings', { count: findings.length })}</h2>
        {findings.length === 0 ? (
          <p>{t('screening:findings.none')}</p>
        ) : (
          <table className="data">
            <tbody>
              {findings.map((f) => (
                <tr key={f.id}>
                  <td>
                    <code>{f.id}</code>
                  </td>
                  <td>{checks.get(f.id)?.question[language]}</td>
                  <td>{f.severity ? t(`screening:severity.${f.severity}`) : ''}</td>
                  <td>{f.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="memo-section">
        <h2>{t('memo.s.esap')}</h2>
        <h3>{t('memo.cps', { count: cps.length })}</h3>
        {cps.length > 0 && (
          <ol data-testid="memo-cps">
            {cps.map((a) => (
              <li key={a.id}>
                {a.action}
                {a.covenant ? ` — ${a.covenant}` : ''}
              </li>
            ))}
          </ol>
        )}
        <table className="data" data-testid="memo-esap">
          <thead>
            <tr>
              <th scope="col">{t('screening:esap.no')}</th>
              <th scope="col">{t('screening:esap.priority')}</th>
              <th scope="col">{t('screening:esap.action')}</th>
              <th scope="col">{t('screening:esap.deadline')}</th>
              <th scope="col">{t('screening:esap.covenant')}</th>
            </tr>
          </thead>
          <tbody>
            {esap.map((a, i) => (
              <tr key={a.id}>
                <td>
                  {t('screening:esap.itemNo', { no: i + 1 })}
                  {a.conditionPrecedent ? ' ★' : ''}
                </td>
                <td>{t(`screening:priority.${a.priority}`)}</td>
                <td>{a.action}</td>
                <td>{a.deadline ? formatDate(a.deadline, language) : '—'}</td>
                <td>{a.covenant ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">★ {t('screening:esap.cp')}</p>
        {es.outstandingDocuments.length > 0 && (
          <p>
            <strong>{t('screening:documents.missing')}:</strong>{' '}
            {es.documents
              .filter((d) => d.outstanding)
              .map((d) => d.title[language])
              .join('; ')}
          </p>
        )}
      </section>

      <section className="memo-section">
        <h2>{t('memo.s.green')}</h2>
        {!green ? (
          <p>{t('green.noProject')}</p>
        ) : (
          <>
            <p data-testid="memo-green">
              {pkg.project?.title}:{' '}
              <strong>
                {decision ? t(`decision.${decision.decision}`) : t('memo.noDecision')}
              </strong>
              {decision?.taxonomyCode ? ` · ${decision.taxonomyCode}` : ''}
              {decision?.reason ? ` — ${decision.reason}` : ''}
            </p>
            <GreenCriteriaTable criteria={green.criteria} language={language} explain={false} />
          </>
        )}
      </section>

      <section className="memo-section">
        <h2>{t('memo.s.vcp')}</h2>
        <p>
          {t('memo.vcpLine', {
            score:
              results.vcp.overallPct.value === null
                ? '—'
                : formatPercent(results.vcp.overallPct.value, language),
            level: results.vcp.level,
            answered: results.vcp.completion.answered,
            applicable: results.vcp.completion.applicable,
          })}
        </p>
        <table className="data">
          <tbody>
            {results.vcp.pillars.map((p) => (
              <tr key={p.pillar}>
                <td>{pillars.get(p.pillar)?.title[language] ?? p.pillar}</td>
                <td className="num">
                  {p.scorePct.value === null ? '—' : formatPercent(p.scorePct.value, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <MemoSignatures />
    </>
  );
}
