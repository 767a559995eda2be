import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { hasDifferences, packDifferences } from '../../../../shared/catalogue/packDifferences';
import type { PackError } from '../../../../shared/catalogue/parsePack';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { parseBoundedJson } from '../../../../shared/json/parseBoundedJson';
import { FILE_LIMITS } from '../../../../shared/limits';
import { useLanguage } from '../../app/LanguageContext';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import {
  chooseBankPack,
  readCriteriaPacks,
  storeBankPack,
  type BankPackSource,
} from '../../db/repositories/bankPacks';
import { formatDate } from '../../i18n/format';
import { platform } from '../../platform/platform';
import { differenceLines } from './differenceLines';
import './criteria-packs.css';

/** The problem in the screen's language; a refusal stored before Mongolian wording has none. */
const packProblem = (e: { message: string; mn?: string }, language: string) =>
  language === 'mn' && e.mn ? e.mn : e.message;

type Message =
  { kind: 'loaded'; text: string } | { kind: 'refused'; text: string; errors: PackError[] } | null;

interface Row {
  key: string;
  pack: CriteriaPack;
  source: BankPackSource | { kind: 'shipped' };
  storedAt?: string;
}

/** The packs this installation holds, which one new screenings use, and loading one from a file. */
export function CriteriaPacksSection() {
  const { t } = useTranslation('criteriaPacks');
  const { language } = useLanguage();
  const state = useLiveRead(() => readCriteriaPacks(), []);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  // The radio shows the pick at once; the stored choice takes over when the live read catches up.
  const [picked, setPicked] = useState<string | null>(null);
  const stored = state?.chosen ? `${state.chosen.packId}@${state.chosen.packVersion}` : 'shipped';
  useEffect(() => setPicked(null), [stored]);
  if (!state) return null;

  const rows: Row[] = [
    { key: 'shipped', pack: ACTIVE_PACK, source: { kind: 'shipped' } },
    ...state.held.map((h) => ({
      key: `${h.pack.id}@${h.pack.version}`,
      pack: h.pack,
      source: h.source,
      storedAt: h.storedAt,
    })),
  ];
  const chosenKey = picked ?? stored;

  async function onLoad() {
    setMessage(null);
    setBusy(true);
    try {
      const [file] = await platform.openFiles({ kind: 'package', multiple: false });
      if (!file) return;
      if (file.bytes.length > FILE_LIMITS.maxPackBytes) {
        setMessage({
          kind: 'refused',
          text: t('tooLarge', {
            name: file.name,
            limit: Math.round(FILE_LIMITS.maxPackBytes / 1024),
          }),
          errors: [],
        });
        return;
      }
      const json = parseBoundedJson(new TextDecoder().decode(file.bytes));
      if (!json.ok) {
        setMessage({
          kind: 'refused',
          text: t('notJson', { name: file.name, detail: json.detail }),
          errors: [],
        });
        return;
      }
      const stored = await storeBankPack(json.value, {
        kind: 'file',
        fileName: file.name.slice(0, 300),
      });
      setMessage(
        stored.ok
          ? {
              kind: 'loaded',
              text: t(stored.alreadyHeld ? 'alreadyHeld' : 'loaded', {
                pack: `${stored.pack.title[language]} (${stored.pack.id} ${stored.pack.version})`,
              }),
            }
          : { kind: 'refused', text: t('refused', { name: file.name }), errors: stored.errors },
      );
    } catch (error) {
      setMessage({
        kind: 'refused',
        text: error instanceof Error ? error.message : String(error),
        errors: [],
      });
    } finally {
      setBusy(false);
    }
  }

  const choose = (row: Row) => {
    setPicked(row.key);
    chooseBankPack(
      row.source.kind === 'shipped' ? null : { packId: row.pack.id, packVersion: row.pack.version },
    ).catch((error: unknown) => {
      setPicked(null);
      setMessage({
        kind: 'refused',
        text: error instanceof Error ? error.message : String(error),
        errors: [],
      });
    });
  };

  const fromWords = (row: Row): string =>
    row.source.kind === 'shipped'
      ? t('from.shipped')
      : row.source.kind === 'file'
        ? t('from.file', { name: row.source.fileName })
        : t('from.server', { date: formatDate(row.source.publishedAt, language) });

  return (
    <section className="panel settings-section" aria-labelledby="criteria-packs-title">
      <h2 id="criteria-packs-title">{t('title')}</h2>
      <p className="lead">{t('intro')}</p>
      {language === 'mn' && (
        <p className="muted" role="note" data-testid="mn-unreviewed">
          {t('mnUnreviewed')}
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={() => void onLoad()} disabled={busy}>
          {t('load')}
        </button>
      </div>
      {message && (
        <div
          className={message.kind === 'refused' ? 'toast error' : 'toast'}
          role={message.kind === 'refused' ? 'alert' : 'status'}
          data-testid="criteria-pack-message"
        >
          <p>{message.text}</p>
          {message.kind === 'refused' && message.errors.length > 0 && (
            <ul>
              {message.errors.map((e, i) => (
                <li key={i}>{t('error', { path: e.path, message: packProblem(e, language) })}</li>
              ))}
            </ul>
          )}
          {message.kind === 'refused' && <p>{t('nothingWritten')}</p>}
        </div>
      )}
      {state.refused && (
        <div className="toast error" role="alert" data-testid="criteria-pack-server-refused">
          <p>
            {t('serverRefused', {
              pack: `${state.refused.packId} ${state.refused.packVersion}`,
              date: formatDate(state.refused.publishedAt, language),
            })}
          </p>
          <ul>
            {state.refused.errors.slice(0, 10).map((e, i) => (
              <li key={i}>{t('error', { path: e.path, message: packProblem(e, language) })}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="criteria-packs">
        <legend>{t('chooseLegend')}</legend>
        {rows.map((row) => {
          const d = packDifferences(row.pack, ACTIVE_PACK);
          const lines =
            row.source.kind === 'shipped'
              ? []
              : differenceLines(d, row.pack, ACTIVE_PACK, language, t);
          const id = `criteria-pack-${row.key}`;
          return (
            <div className="criteria-pack" key={row.key} data-testid="criteria-pack">
              <label htmlFor={id} className="criteria-pack-head">
                <input
                  id={id}
                  type="radio"
                  name="criteria-pack"
                  checked={row.key === chosenKey}
                  onChange={() => choose(row)}
                />
                <strong>{row.pack.title[language]}</strong>
                <span className="muted">
                  {t('version', { id: row.pack.id, version: row.pack.version })}
                </span>
                {row.key === chosenKey && <span className="badge">{t('inUse')}</span>}
              </label>
              <p className="criteria-pack-meta">
                {fromWords(row)} ·{' '}
                {t('effective', { date: formatDate(row.pack.effectiveDate, language) })}
                {row.storedAt && (
                  <> · {t('storedAt', { date: formatDate(row.storedAt, language) })}</>
                )}
              </p>
              {row.source.kind !== 'shipped' &&
                (hasDifferences(d) ? (
                  <ul className="criteria-pack-diff">
                    {lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('diff.none')}</p>
                ))}
            </div>
          );
        })}
      </fieldset>
      <p className="hint">{t('pinned')}</p>
    </section>
  );
}
