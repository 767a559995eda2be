import { useLiveRead } from '../../db/hooks/useLiveRead';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { packToShow } from '../../../../shared/catalogue/resolvePack';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import { LANGUAGES, type Language } from '../../../../shared/package/enums';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { exportPackage } from '../../db/package/exportPackage';
import { missingEvidence } from '../../db/repositories/evidence';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform/platform';
import { ContradictionList } from '../self-assessment/ContradictionList';
import { recordYears } from '../../../../shared/monitoring/reportPackage';
import { buildLoanWorkbook, buildPackageFile } from './exportFiles';
import { MonitoringReportExport } from './MonitoringReportExport';
import { evidenceExpected } from '../../../../shared/scoring/vcpEvidence';
import { readiness, type ReadinessWarning } from './readiness';
import './export.css';

const WARNING_SECTION: Record<ReadinessWarning['key'], string> = {
  noProcesses: 'profile',
  noPeriods: 'metrics',
  fewMonths: 'metrics',
  vcpMissing: 'vcp',
  vcpUnanswered: 'vcp',
  vcpMissingEvidence: 'vcp',
  vcpKnockOuts: 'actions',
  vcpKnockOutsPlanned: 'actions',
  vcpDraft: 'vcp',
  noProject: 'project',
  projectNotEligible: 'project',
};

async function preview(orgId: string) {
  try {
    const pkg = await exportPackage(orgId);
    const pack = packToShow(pkg.packId, pkg.packVersion);
    const results = scorePackage(pkg, pack);
    const missing = await missingEvidence(orgId, evidenceExpected(pack, results.vcp));
    return {
      ok: true as const,
      pack,
      results,
      years: recordYears(pkg),
      ...readiness(pkg, results, missing),
    };
  } catch (err) {
    return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The step a progress stage belongs to (every sheet is one step: "Writing the sheets"). */
export function stageKey(
  stage: string,
): 'package' | 'score' | 'charts' | 'sheets' | 'zip' | 'done' {
  if (stage.startsWith('sheet:')) return 'sheets';
  if (stage === 'package' || stage === 'score' || stage === 'charts' || stage === 'zip')
    return stage;
  return 'done';
}

export function ExportPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['export', 'common']);
  const { language: uiLanguage } = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const state = useLiveRead(() => preview(orgId), [orgId]);

  async function run(kind: 'workbook' | 'package', monitoringYear?: number) {
    setBusy(true);
    setMessage(null);
    setProgress(kind === 'workbook' ? { fraction: 0, stage: 'package' } : null);
    try {
      const file =
        kind === 'workbook'
          ? await buildLoanWorkbook(
              orgId,
              language,
              (fraction, stage) => setProgress({ fraction, stage }),
              monitoringYear,
            )
          : await buildPackageFile(orgId, language);
      const result = await platform.saveFile({ kind, suggestedName: file.name, bytes: file.bytes });
      if (result.saved)
        setMessage({ text: t('saved', { name: result.name ?? file.name }), error: false });
      else setMessage({ text: t('cancelled'), error: false });
    } catch (err) {
      setMessage({
        text: t('failed', { error: err instanceof Error ? err.message : String(err) }),
        error: true,
      });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  if (state === undefined) return <p className="status">{t('common:loading')}</p>;
  if (!state.ok) return <p className="toast error">{state.error}</p>;
  const inc = state.included;
  const pick = (x: { en: string; mn: string }) => (uiLanguage === 'mn' ? x.mn : x.en);
  // Questions by their words, the id beside them (codes never instead of words).
  const question = (id: string) => {
    const item = state.pack.vcpItems.find((i) => i.id === id);
    return item ? `${pick(item.question)} (${id})` : id;
  };
  const n = (v: number) => formatNumber(v, uiLanguage, 0);
  return (
    <section className="page export-page" aria-labelledby="export-title">
      <h1 id="export-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="grid-2">
        <section className="panel" aria-labelledby="export-included">
          <h2 id="export-included">{t('included.title')}</h2>
          <ul className="included" data-testid="export-included">
            <li>
              {inc.periods > 0
                ? t('included.periods', {
                    count: inc.periods,
                    from: inc.firstPeriod ?? '',
                    to: inc.lastPeriod ?? '',
                  })
                : t('included.noPeriods')}
            </li>
            <li>
              {inc.vcpStatus
                ? t('included.vcp', {
                    answered: n(inc.vcpAnswered),
                    applicable: n(inc.vcpApplicable),
                    status: t(`status.${inc.vcpStatus}`),
                    version: inc.vcpVersion ?? 1,
                  })
                : t('included.noVcp')}
            </li>
            <li>
              {inc.project
                ? t('included.project', { title: inc.project })
                : t('included.noProject')}
            </li>
            <li>{t('included.actions', { count: inc.actions })}</li>
            <li>{t('included.evidence', { count: inc.evidence })}</li>
          </ul>
          <p className="hint">{t('included.note')}</p>
        </section>
        <section className="panel" aria-labelledby="export-warnings">
          <h2 id="export-warnings">{t('warnings.title')}</h2>
          {state.warnings.length === 0 ? (
            <p className="pass">{t('warnings.none')}</p>
          ) : (
            <ul className="warnings" data-testid="export-warnings">
              {state.warnings.map((w) => (
                <li key={w.key} data-warning={w.key}>
                  {t(`warnings.${w.key}`, {
                    count: 'count' in w ? w.count : 0,
                    gates:
                      'gates' in w
                        ? w.gates
                            .map((id) => {
                              const c = state.results.green?.criteria.find((x) => x.id === id);
                              return c ? `${pick(c.title)} (${id})` : id;
                            })
                            .join('; ')
                        : '',
                  })}{' '}
                  <a href={hrefFor({ name: 'org', orgId, section: WARNING_SECTION[w.key] })}>
                    {t(`warnings.fixWhere.${WARNING_SECTION[w.key] ?? 'vcp'}`)}
                  </a>
                  {'ids' in w && (
                    <ul className="warning-items">
                      {w.ids.slice(0, 8).map((id) => (
                        <li key={id}>{question(id)}</li>
                      ))}
                      {w.ids.length > 8 && (
                        <li>{t('warnings.more', { count: w.ids.length - 8 })}</li>
                      )}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="hint">{t('warnings.note')}</p>
        </section>
      </div>
      <ContradictionList
        orgId={orgId}
        contradictions={state.results.contradictions}
        documents={state.results.es.documents}
        pack={state.pack}
        asOf={state.results.asOf}
        testId="export-contradictions"
      />

      <section className="panel export-actions" aria-labelledby="export-do">
        <h2 id="export-do">{t('do.title')}</h2>
        <fieldset>
          <legend>{t('do.language')}</legend>
          {LANGUAGES.map((l) => (
            <label key={l} className="inline">
              <input
                type="radio"
                name="export-language"
                value={l}
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              {t(`common:languages.${l}`)}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void run('workbook')}
          >
            {t('do.workbook')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('package')}>
            {t('do.package')}
          </button>
        </div>
        <p className="hint">{t('do.hint')}</p>
        {progress !== null && (
          <>
            <div
              className="progress"
              role="progressbar"
              aria-label={t('do.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(progress.fraction * 100)}
              aria-valuetext={t(`do.stage.${stageKey(progress.stage)}`)}
            >
              <span style={{ width: `${String(Math.round(progress.fraction * 100))}%` }} />
            </div>
            <p className="hint" aria-live="polite" data-testid="export-stage">
              {t(`do.stage.${stageKey(progress.stage)}`)}
            </p>
          </>
        )}
        {message && (
          <p className={message.error ? 'toast error' : 'toast'} role="status">
            {message.text}
          </p>
        )}
      </section>
      <MonitoringReportExport
        years={state.years}
        language={uiLanguage}
        busy={busy}
        onExport={(year) => void run('workbook', year)}
      />
    </section>
  );
}
