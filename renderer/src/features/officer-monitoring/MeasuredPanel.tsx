import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  takeReport,
  withReport,
  type ReportRefusal,
} from '../../../../shared/monitoring/reportIntake';
import { purposeMismatchText, unmarkedReportYear } from '../../../../shared/monitoring/purpose';
import { checkKeyPin } from '../../../../shared/workbook';
import { useLanguage } from '../../app/LanguageContext';
import { DataTable } from '../../components/DataTable';
import { updateApplicationMonitoring } from '../../db/repositories/applications';
import { getLastImport } from '../../db/repositories/lastImport';
import { getKeyPin } from '../../db/repositories/signingKeyPins';
import { formatDate } from '../../i18n/format';
import { platform } from '../../platform/platform';
import type { ApplicationData } from '../officer-application/useApplicationData';
import {
  readSubmission,
  type PackageSubmission,
  type WorkbookSubmission,
} from '../officer-import/readSubmission';
import { comparisonText, type ComparisonTable } from './comparisonText';
import { monitoringComparison } from './monitoringComparison';

type Message = { text: string; error: boolean };
type Readable = WorkbookSubmission | PackageSubmission;
/** An unmarked file that may be an older report, waiting for the officer to confirm its year. */
type Unmarked = { file: Readable; year: number };

// Every column after the first (what is measured) holds a number.
const afterFirst = (t: ComparisonTable) => t.columns.map((_, i) => i).slice(1);

/**
 * Measured against promised: the officer imports the company's monitoring report for a year
 * after the loan, and sees each promised saving and each criterion the figures decide beside
 * what the year measured. A report for another company, older than what is on file or for a
 * part year is refused in words, and nothing is stored.
 */
export function MeasuredPanel({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['monitoring', 'officer', 'explain']);
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [unmarked, setUnmarked] = useState<Unmarked | null>(null);
  const comparison = useMemo(() => monitoringComparison(data), [data]);
  const text = comparison
    ? comparisonText(comparison, (key, params) => t(key, params ?? {}), language)
    : null;

  function refusalText(r: ReportRefusal): string {
    switch (r.reason) {
      case 'otherCompany':
        return t('measured.refused.otherCompany', {
          offered: r.offered.name,
          offeredReg: r.offered.registrationNo || '—',
          onFile: r.onFile.name,
          onFileReg: r.onFile.registrationNo || '—',
        });
      case 'older':
        return t('measured.refused.older', {
          offered: formatDate(r.offered, language),
          onFile: formatDate(r.onFile, language),
        });
      case 'partYear':
        return t('measured.refused.partYear', { year: r.year, count: r.months });
      case 'beforeSigning':
        return t('measured.refused.beforeSigning', {
          year: r.year,
          signingDate: formatDate(r.signingDate, language),
        });
      case 'noPeriods':
      case 'noProject':
        return t(`measured.refused.${r.reason}`);
      case 'activeContent':
        return t('measured.refused.activeContent', {
          what: r.kinds.map((k) => t(`officer:verify.foreign.${k}`)).join(', '),
        });
    }
  }

  async function importReport() {
    setMessage(null);
    setUnmarked(null);
    const [file] = await platform.openFiles({ kind: 'workbook', multiple: false });
    if (!file) return;
    setBusy(true);
    try {
      const s = await readSubmission(file, language, undefined, 'monitoring');
      if (s.kind === 'unreadable') {
        setMessage({
          text: s.wrongPurpose ? s.reason : t('measured.refused.unreadable', { reason: s.reason }),
          error: true,
        });
        return;
      }
      if (s.kind !== 'package') {
        // The figures are read from the signed data: refused when that data does not hold.
        if (s.word === 'invalid' || !s.digestMatches) {
          setMessage({ text: t('measured.refused.dataChanged'), error: true });
          return;
        }
        const pin = checkKeyPin(
          await getKeyPin(data.app.orgId),
          s.pkg.organisation.registrationNo,
          s.signature,
        );
        if (pin.status === 'other') {
          setMessage({ text: t('measured.refused.otherKey'), error: true });
          return;
        }
      }
      if (!s.pkg.purpose) {
        // Not marked as a report: an older report, or an application (the one on file included).
        const year = unmarkedReportYear(s.pkg, await getLastImport(data.app.orgId));
        if (year === null) {
          setMessage({
            text: purposeMismatchText({ offered: 'application' }, language),
            error: true,
          });
        } else {
          setUnmarked({ file: s, year });
        }
        return;
      }
      await take(s, false);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  async function confirmUnmarked() {
    if (!unmarked) return;
    setUnmarked(null);
    setBusy(true);
    try {
      await take(unmarked.file, true);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  function failed(e: unknown) {
    setMessage({
      text: t('measured.refused.unreadable', { reason: e instanceof Error ? e.message : '' }),
      error: true,
    });
  }

  async function take(s: Readable, yearConfirmed: boolean) {
    const last = await getLastImport(data.app.orgId);
    const org = data.pkg.organisation;
    const taken = takeReport({
      application: {
        name: org.nameMn || org.nameEn,
        registrationNo: org.registrationNo,
        ...(data.terms.signingDate ? { signingDate: data.terms.signingDate } : {}),
        hasProject: data.pkg.project !== undefined,
        reports: data.app.monitoring?.reports ?? [],
        ...(last ? { submissionExportedAt: last.createdAt } : {}),
      },
      report: s.pkg,
      foreign: s.kind === 'package' ? [] : s.foreign,
      fileName: s.fileName,
      verdict: s.kind === 'package' ? 'unsigned' : s.word,
      importedAt: new Date().toISOString(),
      ...(yearConfirmed ? { yearConfirmed: true as const } : {}),
    });
    if (!taken.ok) {
      setMessage({ text: refusalText(taken.refusal), error: true });
      return;
    }
    await updateApplicationMonitoring(data.app.id, (r) => withReport(r, taken.report));
    setMessage({
      text: t('measured.stored', {
        year: taken.report.year,
        verdict: t(`measured.verdict.${taken.report.verdict}`),
      }),
      error: false,
    });
  }

  return (
    <section aria-labelledby="mon-measured" className="panel" data-testid="measured-panel">
      <h2 id="mon-measured">{t('measured.title')}</h2>
      <p className="hint">{t('measured.intro')}</p>
      {!data.pkg.project ? (
        <p className="hint">{t('measured.refused.noProject')}</p>
      ) : (
        <p>
          <button type="button" disabled={busy} onClick={() => void importReport()}>
            {t('measured.import')}
          </button>
        </p>
      )}
      {unmarked && (
        <div className="toast warn" role="status" data-testid="measured-unmarked">
          <p>
            {t('measured.unmarked.note', { year: unmarked.year, file: unmarked.file.fileName })}
          </p>
          <p className="button-row">
            <button type="button" className="primary" onClick={() => void confirmUnmarked()}>
              {t('measured.unmarked.confirm', { year: unmarked.year })}
            </button>
            <button type="button" onClick={() => setUnmarked(null)}>
              {t('measured.unmarked.cancel')}
            </button>
          </p>
        </div>
      )}
      {message && (
        <p
          className={message.error ? 'error' : 'pass'}
          role={message.error ? 'alert' : 'status'}
          data-testid="measured-message"
        >
          {message.text}
        </p>
      )}
      {text === null ? (
        data.pkg.project && <p className="hint">{t('measured.none')}</p>
      ) : (
        <>
          <p className="hint" data-testid="measured-source">
            {text.source}
          </p>
          <ul className="measured-words" data-testid="measured-words">
            {text.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p>
            <strong>{text.verdicts.join(' ')}</strong>
          </p>
          <DataTable
            {...text.savings}
            className="measured"
            testId="measured-savings"
            numeric={afterFirst(text.savings)}
            rowHeaders
          />
          <p className="hint">{text.production}</p>
          <h3>{t('measured.criteriaTitle')}</h3>
          <DataTable
            {...text.criteria}
            className="measured"
            testId="measured-criteria"
            numeric={afterFirst(text.criteria)}
            rowHeaders
          />
          <p className="hint">{t('measured.criteriaNote')}</p>
        </>
      )}
    </section>
  );
}
