import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/package/enums';
import type { Review } from '../../../../shared/workbook';
import { useLanguage } from '../../app/LanguageContext';
import { useAssessmentHistory } from '../../db/hooks/useAssessmentHistory';
import { useImportVerification } from '../../db/hooks/useImportVerification';
import { useProfile } from '../../db/hooks/useProfile';
import { isLocked } from '../../db/repositories/signOff';
import { platform } from '../../platform/platform';
import { MemoDocument } from './memo/MemoDocument';
import { memoToDocx } from './memo/memoDocx';
import { buildMemo, type Say } from './memo/memoModel';
import { buildScreeningWorkbook } from './screeningWorkbook';
import { signedVersions } from './signedVersions';
import type { ApplicationData } from './useApplicationData';

function safeName(s: string): string {
  return s.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'application';
}

const MEMO_NAMESPACES = [
  'officer',
  'screening',
  'actions',
  'project',
  'explain',
  'common',
  'monitoring',
  'verdicts',
];

/** The credit committee's decision memo: printable, as a Word file, plus the screening workbook. */
export function MemoTab({ data }: { data: ApplicationData }) {
  const { t, i18n } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const profile = useProfile();
  const history = useAssessmentHistory(data.esAssessment?.id);
  const verification = useImportVerification(data.app.id);
  const [memoLanguage, setMemoLanguage] = useState<Language>(language);
  const [busy, setBusy] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const base = safeName(data.pkg.organisation.nameEn || data.pkg.organisation.nameMn);

  const memo = useMemo(() => {
    // The memo's own language, whatever the screen's: a committee in Ulaanbaatar may need the
    // Mongolian memo from an officer who works in English.
    const fixed = i18n.getFixedT(memoLanguage, MEMO_NAMESPACES);
    const say: Say = (key, params) => fixed(key, params ?? {});
    const last = signedVersions(history).at(-1) ?? null;
    return buildMemo(
      {
        data,
        signed: isLocked(data.esAssessment) ? last : null,
        preparedBy: { name: profile?.name ?? '', bank: profile?.affiliation ?? '' },
        verification: verification ?? null,
      },
      say,
      memoLanguage,
    );
  }, [data, history, profile, verification, i18n, memoLanguage]);

  async function print() {
    const r = await platform.printReport(`${base}-memo-${memoLanguage}.pdf`);
    if (r.saved) setMessage(t('memo.printed'));
  }

  async function saveWord() {
    try {
      const bytes = await memoToDocx(memo);
      const r = await platform.saveFile({
        kind: 'document',
        suggestedName: `${base}-memo-${memoLanguage}.docx`,
        bytes,
      });
      if (r.saved) setMessage(t('memo.wordSaved', { name: r.name ?? '' }));
    } catch (e) {
      setMessage(t('memo.wordFailed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  }

  /** The signed-off reviewer, or else the officer exporting (profile name), for the review block. */
  function reviewer(): Review | null {
    const last = signedVersions(history).at(-1);
    if (isLocked(data.esAssessment) && last)
      return { by: `${last.s.name}, ${last.s.role}`, date: last.s.date };
    const name = profile?.name.trim() ?? '';
    return name === '' ? null : { by: name };
  }

  async function exportWorkbook() {
    setBusy(0);
    try {
      const bytes = await buildScreeningWorkbook(
        data.pkg,
        data.pack,
        data.results,
        language,
        reviewer(),
        (f) => setBusy(f),
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
        <label className="inline">
          {t('memo.language')}{' '}
          <select
            value={memoLanguage}
            onChange={(e) => setMemoLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`common:languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void print()}>
          {t('memo.print')}
        </button>
        <button type="button" onClick={() => void saveWord()}>
          {t('memo.word')}
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
      <p className="hint no-print">{t('memo.printHint')}</p>
      <MemoDocument memo={memo} />
    </div>
  );
}
