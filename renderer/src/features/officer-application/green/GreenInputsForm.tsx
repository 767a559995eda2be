import { useCallback, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreenProject } from '../../../../../shared/package/schema';
import { KeptTextNotice } from '../../../components/KeptTextNotice';
import { useVersionedSave } from '../../../db/hooks/useVersionedSave';
import { saveDecidedProjectFields } from '../../../db/repositories/decidedProject';
import { projectFromRow } from '../../../db/repositories/projects';
import type { ProjectRow } from '../../../db/types';
import {
  draftOf,
  figuresFrom,
  FiguresFields,
  requiredNumber,
  type FigureDraft,
} from './FiguresFields';

type Inputs = Pick<GreenProject, 'baseline' | 'projected' | 'investmentMnt' | 'lifetimeYears'>;

const inputsOf = (p: GreenProject): Inputs => ({
  baseline: p.baseline,
  projected: p.projected,
  investmentMnt: p.investmentMnt,
  lifetimeYears: p.lifetimeYears,
});

interface Draft {
  baseline: FigureDraft;
  projected: FigureDraft;
  investment: string;
  lifetime: string;
}

const draftOfInputs = (i: Inputs): Draft => ({
  baseline: draftOf(i.baseline),
  projected: draftOf(i.projected),
  investment: String(i.investmentMnt),
  lifetime: String(i.lifetimeYears),
});

/**
 * The officer corrects the project's inputs; the repository audits before and after. The write
 * carries the inputs as this form took them: if another window changed them meanwhile it is
 * refused, the form shows the stored inputs and keeps the officer's to apply again.
 */
export function GreenInputsForm({
  orgId,
  projectId,
  project,
}: {
  orgId: string;
  projectId: string;
  project: GreenProject;
}) {
  const { t } = useTranslation(['officer', 'common']);
  const [draft, setDraft] = useState<Draft>(() => draftOfInputs(inputsOf(project)));
  const base = useRef<Inputs>(inputsOf(project));
  const onConflict = useCallback((stored: ProjectRow) => {
    const now = inputsOf(projectFromRow(stored));
    base.current = now;
    setDraft(draftOfInputs(now));
  }, []);
  const saver = useVersionedSave<Draft, ProjectRow>(onConflict);
  const b = figuresFrom(draft.baseline, project.baseline);
  const p = figuresFrom(draft.projected, project.projected);
  const inv = requiredNumber(draft.investment);
  const life = requiredNumber(draft.lifetime);
  const valid =
    b !== null && p !== null && inv !== null && life !== null && life >= 1 && life <= 50;

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    if (!valid) return;
    const mine: Inputs = { baseline: b, projected: p, investmentMnt: inv, lifetimeYears: life };
    await saver.save(draft, async () => {
      await saveDecidedProjectFields(orgId, projectId, base.current, mine);
      base.current = mine;
    });
  }

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="form-card wide"
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="inputs-title"
    >
      <h3 id="inputs-title">{t('green.inputs')}</h3>
      <p className="hint">{t('green.inputsHint')}</p>
      {saver.conflict && (
        <KeptTextNotice
          kind="changedElsewhere"
          testId="inputs-conflict"
          yours={changedText(saver.conflict, draft, t)}
          onApply={() => {
            if (saver.conflict) setDraft(saver.conflict);
            saver.clearConflict();
          }}
          onDiscard={saver.clearConflict}
        />
      )}
      <div className="grid-2">
        <FiguresFields
          legend={t('green.baseline')}
          draft={draft.baseline}
          onChange={(baseline) => set({ baseline })}
        />
        <FiguresFields
          legend={t('green.projected')}
          draft={draft.projected}
          onChange={(projected) => set({ projected })}
        />
      </div>
      <label>
        {t('green.investment')}
        <input
          inputMode="numeric"
          value={draft.investment}
          aria-invalid={inv === null}
          onChange={(e) => set({ investment: e.target.value })}
        />
      </label>
      <label>
        {t('green.lifetime')}
        <input
          inputMode="decimal"
          value={draft.lifetime}
          aria-invalid={life === null}
          onChange={(e) => set({ lifetime: e.target.value })}
        />
      </label>
      <button type="submit" className="primary" disabled={!valid || saver.status === 'saving'}>
        {t('green.saveInputs')}
      </button>
      <span className="status" role="status">
        {saver.status === 'saved' ? t('common:saved') : ''}
      </span>
      {saver.status === 'locked' && (
        <p role="alert" className="error" data-testid="inputs-locked">
          {t('green.lockedBeforeSaved')}
        </p>
      )}
    </form>
  );
}

/** The officer's values that differ from what is stored now, as "label: value" lines. */
function changedText(mine: Draft, shown: Draft, t: (key: string) => string): string {
  const parts: string[] = [];
  for (const side of ['baseline', 'projected'] as const) {
    for (const [k, v] of Object.entries(mine[side])) {
      if (v !== shown[side][k as keyof FigureDraft])
        parts.push(`${t(`green.${side}`)} · ${t(`green.figure.${k}`)}: ${v}`);
    }
  }
  if (mine.investment !== shown.investment)
    parts.push(`${t('green.investment')}: ${mine.investment}`);
  if (mine.lifetime !== shown.lifetime) parts.push(`${t('green.lifetime')}: ${mine.lifetime}`);
  return parts.join('; ');
}
