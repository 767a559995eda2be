import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { buildAnnualEsReport, reportAsOf } from '../../../../shared/reports/annualEsReport';
import { STATUS_WORDS } from '../../../../shared/reports/annualEsWords';
import { summarisePortfolio, UNSET } from '../../../../shared/sync/portfolio';
import { CATEGORY_WORDS } from '../../../../shared/workbook/enumWords';
import { writeAnnualEsWorkbook } from '../../../../adapters/excel/annualEsWorkbook';
import { useLanguage } from '../../app/LanguageContext';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import { getPackSetting } from '../../db/repositories/bankPacks';
import { readHeadOfficeRecords, THIS_COMPUTER } from '../../db/repositories/headOffice';
import { formatMnt, formatNumber } from '../../i18n/format';
import { useSyncStatus } from '../../db/hooks/useSyncStatus';
import { platform } from '../../platform/platform';
import { annualReportFromServer } from '../../sync/appSync';
import { SyncRefused } from '../../sync/client';
import { serverErrorWords } from '../../../../shared/sync/serverErrors';
import { BucketTable } from './BucketTable';
import './head-office.css';
import { todayIn } from '../../../../shared/package/calendarDay';

const today = () => todayIn();

/**
 * Head office's E&S unit: the portfolio across branches from the records on this computer (for a
 * signed-in E&S unit, every branch's synced records), and the annual E&S report built here by the
 * same builder and writer as the bank server's.
 */
export function HeadOfficePage() {
  const { t } = useTranslation('headOffice');
  const { language } = useLanguage();
  const li = language === 'en' ? 0 : 1;
  const records = useLiveRead(() => readHeadOfficeRecords(), []);
  const setting = useLiveRead(() => getPackSetting(), []);
  const device = useSyncStatus()?.device;
  const fromServer = device?.token && device.user.role !== 'officer';
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // A message says what happened in the language it was shown in; another language clears it.
  useEffect(() => setMessage(null), [language]);

  const summary = useMemo(
    () =>
      records ? summarisePortfolio(records.rows.filter((r) => r.table === 'applications')) : null,
    [records],
  );
  const pack = useMemo(() => {
    const chosen = setting?.chosen;
    const held = chosen
      ? setting.held.find((p) => p.id === chosen.packId && p.version === chosen.packVersion)
      : undefined;
    return held ?? ACTIVE_PACK;
  }, [setting]);
  if (!records || !summary) return null;

  const years = [
    ...new Set([
      thisYear,
      ...records.rows
        .filter((r) => r.table === 'applications')
        .map((r) => Number((r.data as { importedAt?: string }).importedAt?.slice(0, 4)))
        .filter((y) => Number.isInteger(y) && y > 2000),
    ]),
  ].sort((a, b) => b - a);

  const branchWords = (id: string) =>
    id === THIS_COMPUTER ? t('thisComputer') : t('branch', { id });
  const categoryWords = (k: string) =>
    k === 'A' || k === 'B' || k === 'C' ? CATEGORY_WORDS[k][li] : t('notScreened');
  const taxonomyWords = (code: string) => {
    if (code === UNSET) return t('noTaxonomy');
    const title = pack.taxonomy.find((c) => c.code === code)?.title[language];
    return title ? `${title} (${code})` : code;
  };
  const statusWords = (s: string) => STATUS_WORDS[s]?.[li] ?? s;

  async function onReport() {
    setMessage(null);
    setBusy(true);
    try {
      if (!records) return;
      const report = buildAnnualEsReport({
        rows: records.rows,
        branches: records.branchIds.map((id) => ({ id, name: branchWords(id) })),
        year,
        asOf: reportAsOf(year, today()),
        language,
        pack,
      });
      const bytes = await writeAnnualEsWorkbook(report);
      const saved = await platform.saveFile({
        kind: 'workbook',
        suggestedName: `GreenThread_annual_ES_report_${String(year)}_${language.toUpperCase()}.xlsx`,
        bytes,
      });
      if (saved.saved) setMessage({ text: t('saved', { name: saved.name ?? '' }), error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function onServerReport() {
    setMessage(null);
    setBusy(true);
    try {
      const file = await annualReportFromServer(year, language);
      const saved = await platform.saveFile({
        kind: 'workbook',
        suggestedName:
          file.name ??
          `GreenThread_annual_ES_report_${String(year)}_${language.toUpperCase()}.xlsx`,
        bytes: file.bytes,
      });
      if (saved.saved) setMessage({ text: t('saved', { name: saved.name ?? '' }), error: false });
    } catch (error) {
      const text =
        error instanceof SyncRefused
          ? t('serverRefused', {
              status: error.status,
              reason: serverErrorWords(error.refusal, language),
            })
          : error instanceof Error
            ? error.message
            : String(error);
      setMessage({ text, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page head-office" aria-labelledby="head-office-title">
      <h1 id="head-office-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {language === 'mn' && (
        <p className="muted" role="note" data-testid="mn-unreviewed">
          {t('mnUnreviewed')}
        </p>
      )}
      <p data-testid="head-office-total">
        {t('total', {
          count: summary.total.count,
          n: formatNumber(summary.total.count, language, 0),
          amount: formatMnt(summary.total.amountMnt, language),
        })}{' '}
        {summary.notLive.count > 0 &&
          t('notLive', { n: formatNumber(summary.notLive.count, language, 0) })}
      </p>
      {summary.unreadable.length > 0 && (
        <p className="toast error" role="status">
          {t('unreadable', { n: summary.unreadable.length })}
        </p>
      )}
      <div className="head-office-grid">
        <BucketTable
          title={t('byBranch')}
          head={t('colBranch')}
          buckets={summary.byBranch}
          label={branchWords}
          testId="by-branch"
        />
        <BucketTable
          title={t('byCategory')}
          head={t('colCategory')}
          buckets={summary.byCategory}
          label={categoryWords}
          testId="by-category"
        />
        <BucketTable
          title={t('byTaxonomy')}
          head={t('colTaxonomy')}
          buckets={summary.byTaxonomyCode}
          label={taxonomyWords}
          testId="by-taxonomy"
        />
        <BucketTable
          title={t('byStatus')}
          head={t('colStatus')}
          buckets={summary.byStatus}
          label={statusWords}
          testId="by-status"
        />
      </div>
      <section className="panel" aria-labelledby="annual-report-title">
        <h2 id="annual-report-title">{t('reportTitle')}</h2>
        <p>{t('reportIntro')}</p>
        <div className="row-actions">
          <label>
            {t('year')}{' '}
            <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void onReport()} disabled={busy}>
            {t('buildReport')}
          </button>
          {fromServer && (
            <button type="button" onClick={() => void onServerReport()} disabled={busy}>
              {t('serverReport')}
            </button>
          )}
        </div>
        {message && (
          <p
            className={message.error ? 'toast error' : 'toast'}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </section>
    </section>
  );
}
