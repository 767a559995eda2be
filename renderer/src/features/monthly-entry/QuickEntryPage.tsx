import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_QUALITIES, type DataQuality } from '../../../../shared/package/enums';
import { useLanguage } from '../../app/LanguageContext';
import { ExplanationView } from '../../components/ExplanationView';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import { usePeriods } from '../../db/hooks/usePeriods';
import type { MetricValue } from '../../../../shared/package/schema';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform/platform';
import { useFlushOnLeave } from '../../lib/useFlushOnLeave';
import { DEFAULT_COAL_NCV_KCAL_PER_KG } from '../../../../shared/units/energy';
import { parseNumber, type NumberParse } from '../../../../shared/units/parseNumber';
import { monthCo2 } from './monthCo2';
import { KeptFigureChoice } from '../metrics/KeptFigures';
import { exportMonthWorkbook } from './exportMonthWorkbook';
import { entryToWrite, storedText } from './quickValues';
import {
  clearQuickTyping,
  journalQuickTyping,
  recoverQuickTyping,
  type QuickTyping,
} from './quickJournal';
import { saveQuickFigures, type RefusedFigure } from './quickSave';

const ELECTRICITY = 'energy.electricity';
const COAL = 'energy.coal';

/** What the user types or picks in the form, without what it is for and based on. */
type QuickFields = Omit<QuickTyping, 'orgId' | 'month' | 'electricityBase' | 'coalBase'>;

function previousMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

export function QuickEntryPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['quickEntry', 'common', 'explain', 'metrics']);
  const { language } = useLanguage();
  const organisations = useOrganisations();
  const org = organisations?.find((o) => o.id === orgId);
  const periods = usePeriods(orgId);
  // Typing the form closed on (a crash, or a restore in another window reloaded it): its month
  // opens first, and the typing is offered back until put back or discarded.
  const [recovered, setRecovered] = useState<QuickTyping | undefined>(() =>
    recoverQuickTyping(orgId),
  );
  const [month, setMonth] = useState(() => recovered?.month ?? previousMonth());
  const stored = periods?.find((p) => p.period === month)?.values;

  const [electricity, setElectricity] = useState('');
  const [coal, setCoal] = useState('');
  const [ncv, setNcv] = useState('');
  const [eQuality, setEQuality] = useState<DataQuality | null>(null);
  const [cQuality, setCQuality] = useState<DataQuality | null>(null);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  // Nothing is written until the user changes a field: a visit leaves the data as it was.
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [showHow, setShowHow] = useState(false);
  // The figures each write is based on: as loaded, then as this form last stored them. A write
  // lands only while its cell still holds its base, as in the monthly grid.
  const bases = useRef<Record<typeof ELECTRICITY | typeof COAL, MetricValue | null>>({
    [ELECTRICITY]: null,
    [COAL]: null,
  });
  // The typing as last journalled: what a save compares against to know whether it may clear
  // the journal. null: nothing typed on this month since it was loaded.
  const latestTyping = useRef<QuickTyping | null>(null);

  // Figures another window changed first: the inputs keep the user's, nothing is said saved.
  const [refused, setRefused] = useState<RefusedFigure[]>([]);
  // Raised by "Apply mine again" to save once more over the figure now stored.
  const [attempt, setAttempt] = useState(0);

  // Load the stored values once per month; afterwards the inputs are the source of truth.
  useEffect(() => {
    if (periods === undefined || loadedFor === month) return;
    setElectricity(storedText('energy.electricity', stored?.['energy.electricity'], 'kWh'));
    setCoal(storedText('energy.coal', stored?.['energy.coal'], 't'));
    setNcv(stored?.['energy.coal']?.ncvKcalPerKg?.toString() ?? '');
    setEQuality(stored?.['energy.electricity']?.quality ?? null);
    setCQuality(stored?.['energy.coal']?.quality ?? null);
    bases.current = {
      [ELECTRICITY]: stored?.[ELECTRICITY] ?? null,
      [COAL]: stored?.[COAL] ?? null,
    };
    setRefused([]);
    setTouched(false);
    latestTyping.current = null;
    setLoadedFor(month);
  }, [periods, stored, month, loadedFor]);

  const e = parseNumber(electricity);
  const c = parseNumber(coal);
  const n = parseNumber(ncv);
  const valid = e.ok && c.ok && n.ok;
  const eValue = e.ok ? e.value : null;
  const cValue = c.ok ? c.value : null;
  const nValue = n.ok ? n.value : null;

  /**
   * Every change goes through here: the typing is journalled in the handler itself, before React
   * renders it, as the monthly grid does, so a killed window loses at most the last keystroke;
   * the journal goes once what it holds is stored.
   */
  function edit(change: Partial<QuickFields>) {
    const typing: QuickTyping = {
      // the newest typing, should two handlers run before React renders the first
      ...(latestTyping.current ?? {
        electricity,
        coal,
        ncv,
        electricityQuality: eQuality,
        coalQuality: cQuality,
      }),
      ...change,
      orgId,
      month,
      electricityBase: bases.current[ELECTRICITY],
      coalBase: bases.current[COAL],
    };
    // Until the month's stored figures are in, the fields are about to be replaced by them.
    if (loadedFor === month) {
      latestTyping.current = typing;
      journalQuickTyping(typing);
    }
    setTouched(true);
    setElectricity(typing.electricity);
    setCoal(typing.coal);
    setNcv(typing.ncv);
    setEQuality(typing.electricityQuality);
    setCQuality(typing.coalQuality);
  }

  // Autosave once the user has changed something: debounced, flushed when the page is left.
  const pending = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (loadedFor !== month || !valid || !touched) return;
    const save = async () => {
      setStatus('saving');
      const saving = latestTyping.current;
      try {
        // Notes and evidence come from the figure the write is based on: if another window
        // changed the cell, the write is refused anyway and nothing of theirs is mixed in.
        const b = bases.current;
        const { landed, refused: now } = await saveQuickFigures(orgId, month, [
          {
            metricId: ELECTRICITY,
            entry: entryToWrite(b[ELECTRICITY] ?? undefined, eValue, 'kWh', { quality: eQuality }),
            base: b[ELECTRICITY],
          },
          {
            metricId: COAL,
            entry: entryToWrite(b[COAL] ?? undefined, cValue, 't', {
              quality: cQuality,
              ncvKcalPerKg: nValue,
            }),
            base: b[COAL],
          },
        ]);
        for (const f of landed) bases.current[f.metricId as typeof ELECTRICITY] = f.entry;
        setRefused(now);
        setStatus(now.length === 0 ? 'saved' : 'idle');
        // Typing that went on during the save stays journalled for the next one.
        const same =
          saving !== null &&
          latestTyping.current !== null &&
          JSON.stringify({ ...saving, electricityBase: null, coalBase: null }) ===
            JSON.stringify({ ...latestTyping.current, electricityBase: null, coalBase: null });
        if (now.length === 0 && same) clearQuickTyping(orgId);
      } catch (err) {
        setStatus('error');
        setMessage({ text: t('common:saveFailed', { error: String(err) }), error: true });
      }
    };
    pending.current = save;
    const timer = setTimeout(() => {
      // Saved already when the window was hidden or left: once is enough (a second write racing
      // the first would be refused as if another window had changed the figure).
      if (pending.current !== save) return;
      pending.current = null;
      void save();
    }, 300);
    return () => clearTimeout(timer);
  }, [
    orgId,
    month,
    loadedFor,
    valid,
    touched,
    eValue,
    cValue,
    nValue,
    eQuality,
    cQuality,
    attempt,
    t,
  ]);

  /** Puts the recovered typing back into the form; it saves as any edit would, over its bases. */
  function putBack(r: QuickTyping) {
    bases.current = { [ELECTRICITY]: r.electricityBase, [COAL]: r.coalBase };
    edit({
      electricity: r.electricity,
      coal: r.coal,
      ncv: r.ncv,
      electricityQuality: r.electricityQuality,
      coalQuality: r.coalQuality,
    });
    setRecovered(undefined);
  }

  function dropRecovered() {
    clearQuickTyping(orgId);
    setRecovered(undefined);
  }

  /** Writes the user's figure again, now over the one the other window stored. */
  function applyMine(r: RefusedFigure) {
    bases.current[r.metricId as typeof ELECTRICITY] = r.stored;
    edit({});
    setRefused((all) => all.filter((x) => x.metricId !== r.metricId));
    setAttempt((n) => n + 1);
  }

  /** Takes the other window's figure into the form: the user's goes. */
  function discardMine(r: RefusedFigure) {
    bases.current[r.metricId as typeof ELECTRICITY] = r.stored;
    if (r.metricId === ELECTRICITY)
      edit({
        electricity: storedText(ELECTRICITY, r.stored ?? undefined, 'kWh'),
        electricityQuality: r.stored?.quality ?? null,
      });
    else
      edit({
        coal: storedText(COAL, r.stored ?? undefined, 't'),
        ncv: r.stored?.ncvKcalPerKg?.toString() ?? '',
        coalQuality: r.stored?.quality ?? null,
      });
    setRefused((all) => all.filter((x) => x.metricId !== r.metricId));
  }

  const flushPending = useCallback(() => {
    const p = pending.current;
    pending.current = null;
    if (p) void p();
  }, []);
  useFlushOnLeave(flushPending);

  const co2 = monthCo2(eValue ?? 0, cValue ?? 0, nValue ?? undefined);

  async function onExport() {
    setMessage(null);
    try {
      const bytes = await exportMonthWorkbook({
        organisationName: org?.nameMn ?? orgId,
        month,
        electricityKwh: eValue ?? 0,
        coalT: cValue ?? 0,
        co2,
        language,
      });
      const safe = (org?.nameEn || org?.nameMn || 'organisation').replace(
        /[^\p{L}\p{N}_-]+/gu,
        '_',
      );
      const result = await platform.saveFile({
        kind: 'workbook',
        suggestedName: `GreenThread_${safe}_${month}.xlsx`,
        bytes,
      });
      if (result.saved)
        setMessage({ text: t('exported', { name: result.name ?? '' }), error: false });
    } catch (err) {
      setMessage({ text: t('exportFailed', { error: String(err) }), error: true });
    }
  }

  const qualityField = (
    label: 'electricitySource' | 'coalSource',
    value: DataQuality | null,
    field: 'electricityQuality' | 'coalQuality',
  ) => (
    <label>
      {t(label)}
      <select
        value={value ?? ''}
        onChange={(ev) => edit({ [field]: (ev.target.value || null) as DataQuality | null })}
      >
        <option value="">{t('metrics:quality.unknown')}</option>
        {DATA_QUALITIES.map((q) => (
          <option key={q} value={q}>
            {t(`metrics:quality.${q}`)}
          </option>
        ))}
      </select>
    </label>
  );

  const fieldError = (r: NumberParse) =>
    r.ok ? null : t(`common:errors.${r.error === 'incomplete' ? 'notANumber' : r.error}`);

  return (
    <section className="page" aria-labelledby="quick-title">
      <h1 id="quick-title">{t('title')}</h1>
      {org && <p className="muted">{org.nameMn}</p>}
      <p className="lead">{t('intro')}</p>
      <div className="grid-2">
        <form className="panel" onSubmit={(ev) => ev.preventDefault()}>
          <label>
            {t('month')}
            <input
              type="month"
              value={month}
              onChange={(ev) => {
                if (/^\d{4}-\d{2}$/.test(ev.target.value)) setMonth(ev.target.value);
              }}
            />
          </label>
          <label>
            {t('electricity')}
            <input
              inputMode="decimal"
              value={electricity}
              onChange={(ev) => edit({ electricity: ev.target.value })}
              aria-invalid={!e.ok}
              name="electricity"
            />
            {fieldError(e) && <span className="error">{fieldError(e)}</span>}
          </label>
          {qualityField('electricitySource', eQuality, 'electricityQuality')}
          <label>
            {t('coal')}
            <input
              inputMode="decimal"
              value={coal}
              onChange={(ev) => edit({ coal: ev.target.value })}
              aria-invalid={!c.ok}
              name="coal"
            />
            {fieldError(c) && <span className="error">{fieldError(c)}</span>}
          </label>
          {qualityField('coalSource', cQuality, 'coalQuality')}
          <label>
            {t('ncv')}
            <input
              inputMode="decimal"
              value={ncv}
              onChange={(ev) => edit({ ncv: ev.target.value })}
              aria-invalid={!n.ok}
              name="ncv"
            />
            <span className="hint">{t('ncvHint', { value: DEFAULT_COAL_NCV_KCAL_PER_KG })}</span>
          </label>
          {recovered && recovered.month === month && loadedFor === month && (
            <KeptTextNotice
              kind="recovered"
              testId="quick-recovered"
              yours={[
                recovered.electricity && `${t('electricity')}: ${recovered.electricity}`,
                recovered.coal && `${t('coal')}: ${recovered.coal}`,
                recovered.ncv && `${t('ncv')}: ${recovered.ncv}`,
              ]
                .filter(Boolean)
                .join('; ')}
              onApply={() => putBack(recovered)}
              onDiscard={dropRecovered}
            />
          )}
          {refused.map((r) => (
            <div key={r.metricId} data-testid={`quick-kept-${r.metricId}`}>
              <p>
                <strong>{t(r.metricId === ELECTRICITY ? 'electricity' : 'coal')}</strong>
              </p>
              <KeptFigureChoice
                figure={r}
                onApply={() => applyMine(r)}
                onDiscard={() => discardMine(r)}
              />
            </div>
          ))}
          <p className="status" aria-live="polite" data-testid="save-status">
            {status === 'saving' ? t('common:saving') : status === 'saved' ? t('common:saved') : ''}
          </p>
        </form>
        <div className="panel" aria-labelledby="co2-title">
          <h2 id="co2-title">{t('co2Title')}</h2>
          <table className="data">
            <tbody>
              <tr>
                <th>{t('co2Electricity')}</th>
                <td className="num" data-testid="co2-electricity">
                  {formatNumber(co2.electricity.value ?? 0, language, 2)} {t('tco2')}
                </td>
              </tr>
              <tr>
                <th>{t('co2Coal')}</th>
                <td className="num" data-testid="co2-coal">
                  {formatNumber(co2.coal.value ?? 0, language, 2)} {t('tco2')}
                </td>
              </tr>
              <tr>
                <th>{t('co2Total')}</th>
                <td className="num kpi" data-testid="co2-total">
                  {formatNumber(co2.total.value ?? 0, language, 2)}
                  <span className="kpi-unit">{t('tco2')}</span>
                </td>
              </tr>
            </tbody>
          </table>
          <button type="button" onClick={() => setShowHow((s) => !s)} aria-expanded={showHow}>
            {showHow ? t('explain:hide') : t('howComputed')}
          </button>
          {showHow && (
            <>
              <ExplanationView explanation={co2.electricity.explanation} />
              <ExplanationView explanation={co2.coal.explanation} />
            </>
          )}
          <p>
            <button
              type="button"
              className="primary"
              onClick={() => void onExport()}
              disabled={!valid}
            >
              {t('export')}
            </button>
          </p>
          {message && (
            <p className={message.error ? 'toast error' : 'toast'} role="status">
              {message.text}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
