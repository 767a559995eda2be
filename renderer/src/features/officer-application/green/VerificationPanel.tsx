import { useCallback, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import type { GreenProject } from '../../../../../shared/package/schema';
import type { GreenResult } from '../../../../../shared/scoring/green';
import { KeptTextNotice } from '../../../components/KeptTextNotice';
import { useVersionedSave } from '../../../db/hooks/useVersionedSave';
import { projectFromRow, saveProjectFields } from '../../../db/repositories/projects';
import type { ProjectRow } from '../../../db/types';
import { formatPercent } from '../../../i18n/format';
import { draftOf, figuresFrom, FiguresFields } from './FiguresFields';

/** Achieved as a share of promised; null when nothing was promised or nothing measured. */
export function achievedShare(promised: number | null, achieved: number | null): number | null {
  if (promised === null || achieved === null || promised <= 0) return null;
  return (achieved / promised) * 100;
}

const ROWS = [
  ['specificEnergyReductionPct', 'green.energyReduction'],
  ['co2ReductionPct', 'green.co2Reduction'],
  ['waterIntensityReductionPct', 'green.waterReduction'],
] as const;

/** After installation: measured figures against the promise, in % of what was promised. */
export function VerificationPanel({
  orgId,
  projectId,
  project,
  promised,
  current,
}: {
  orgId: string;
  projectId: string;
  project: GreenProject;
  /** Result on the projected figures. */
  promised: GreenResult;
  /** Result on the measured figures, when recorded. */
  current: GreenResult;
}) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const v = project.verification;
  const [draft, setDraft] = useState(draftOf(v?.measured ?? project.projected));
  const [from, setFrom] = useState(v?.measuredFrom ?? '');
  const [to, setTo] = useState(v?.measuredTo ?? '');
  const measured = figuresFrom(draft, v?.measured ?? project.projected);
  const period = /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/;
  const valid = measured !== null && period.test(from) && period.test(to) && from <= to;
  const pct = (x: number | null) => (x === null ? '—' : formatPercent(x, language, 1));
  // The verification as this form took it: refused if another window recorded one since.
  const base = useRef(v);
  const onConflict = useCallback((stored: ProjectRow) => {
    const now = projectFromRow(stored);
    base.current = now.verification;
    setDraft(draftOf(now.verification?.measured ?? now.projected));
    setFrom(now.verification?.measuredFrom ?? '');
    setTo(now.verification?.measuredTo ?? '');
  }, []);
  type Mine = { draft: typeof draft; from: string; to: string };
  const saver = useVersionedSave<Mine, ProjectRow>(onConflict);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    if (!valid) return;
    const verification = { measured, measuredFrom: from, measuredTo: to };
    await saver.save({ draft, from, to }, async () => {
      await saveProjectFields(orgId, projectId, { verification: base.current }, { verification });
      base.current = verification;
    });
  }

  return (
    <section className="panel" aria-labelledby="verify-title">
      <h3 id="verify-title">{t('green.verification')}</h3>
      <p className="hint">{t('green.verificationHint')}</p>
      {v && (
        <table className="data" data-testid="verification">
          <thead>
            <tr>
              <th scope="col">{t('green.indicator')}</th>
              <th scope="col">{t('green.promised')}</th>
              <th scope="col">{t('green.achieved')}</th>
              <th scope="col">{t('green.achievedShare')}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([key, label]) => {
              const p = promised[key].value;
              const a = current[key].value;
              return (
                <tr key={key}>
                  <td>{t(label)}</td>
                  <td className="num">{pct(p)}</td>
                  <td className="num">{pct(a)}</td>
                  <td className="num">{pct(achievedShare(p, a))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form onSubmit={(e) => void onSubmit(e)}>
        {saver.conflict && (
          <KeptTextNotice
            kind="changedElsewhere"
            testId="verification-conflict"
            yours={`${saver.conflict.from} – ${saver.conflict.to}: ${Object.values(saver.conflict.draft).join(' · ')}`}
            onApply={() => {
              if (saver.conflict) {
                setDraft(saver.conflict.draft);
                setFrom(saver.conflict.from);
                setTo(saver.conflict.to);
              }
              saver.clearConflict();
            }}
            onDiscard={saver.clearConflict}
          />
        )}
        <FiguresFields legend={t('green.measured')} draft={draft} onChange={setDraft} />
        <label>
          {t('green.measuredFrom')}
          <input value={from} placeholder="2026-01" onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('green.measuredTo')}
          <input value={to} placeholder="2026-12" onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" disabled={!valid || saver.status === 'saving'}>
          {t('green.saveMeasured')}
        </button>
        {saver.status === 'saved' && <span className="status">{t('common:saved')}</span>}
      </form>
    </section>
  );
}
