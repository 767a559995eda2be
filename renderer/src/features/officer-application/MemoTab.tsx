import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useProfile } from '../../db/hooks/useProfile';
import { formatMnt } from '../../i18n/format';
import { platform } from '../../platform/platform';
import { MemoSections } from './memo/MemoSections';
import { buildScreeningWorkbook } from './screeningWorkbook';
import type { ApplicationData } from './useApplicationData';

function safeName(s: string): string {
  return s.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'application';
}

/** The credit committee's decision memo: printable, plus the screening workbook. */
export function MemoTab({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const profile = useProfile();
  const [busy, setBusy] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const base = safeName(data.pkg.organisation.nameEn || data.pkg.organisation.nameMn);

  async function print() {
    const r = await platform.printReport(`${base}-memo.pdf`);
    if (r.saved) setMessage(t('memo.printed'));
  }

  async function exportWorkbook() {
    setBusy(0);
    try {
      const bytes = await buildScreeningWorkbook(data.pkg, data.pack, data.results, language, (f) =>
        setBusy(f),
      );
      const r = await platform.saveFile({
        kind: 'workbook',
        suggestedName: `${base}-screening.xlsx`,
        bytes,
      });
      if (r.saved) setMessage(t('memo.exported', { name: r.name ?? '' }));
    } catch (e) {
      setMessage(t('memo.exportFailed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="memo-tab">
      <div className="button-row no-print">
        <button type="button" className="primary" onClick={() => void print()}>
          {t('memo.print')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void exportWorkbook()}>
          {t('memo.exportWorkbook')}
        </button>
        {busy !== null && (
          <progress className="progress" max={1} value={busy} aria-label={t('memo.exporting')} />
        )}
        {message && (
          <span className="status" role="status">
            {message}
          </span>
        )}
      </div>
      <article className="decision-memo" aria-labelledby="memo-title">
        <header>
          <h1 id="memo-title">{t('memo.title')}</h1>
          <p>
            {data.pkg.organisation.nameMn}
            {data.pkg.organisation.nameEn ? ` · ${data.pkg.organisation.nameEn}` : ''} ·{' '}
            {t('memo.amount')}: {formatMnt(data.app.amountMnt, language)}
          </p>
          <p className="muted">
            {t('memo.preparedBy', {
              name: profile?.name ?? '—',
              bank: profile?.affiliation ?? '',
              date: data.today,
            })}
          </p>
        </header>
        <MemoSections data={data} />
      </article>
    </div>
  );
}
