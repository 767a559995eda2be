import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreenProject } from '../../../../../shared/package/schema';
import { saveProject } from '../../../db/repositories/projects';
import { draftOf, figuresFrom, FiguresFields, requiredNumber } from './FiguresFields';

/** The officer corrects the project's inputs; the repository audits before and after. */
export function GreenInputsForm({
  orgId,
  projectId,
  project,
}: {
  orgId: string;
  projectId: string | undefined;
  project: GreenProject;
}) {
  const { t } = useTranslation(['officer', 'common']);
  const [baseline, setBaseline] = useState(draftOf(project.baseline));
  const [projected, setProjected] = useState(draftOf(project.projected));
  const [investment, setInvestment] = useState(String(project.investmentMnt));
  const [lifetime, setLifetime] = useState(String(project.lifetimeYears));
  const [message, setMessage] = useState<string | null>(null);
  const b = figuresFrom(baseline, project.baseline);
  const p = figuresFrom(projected, project.projected);
  const inv = requiredNumber(investment);
  const life = requiredNumber(lifetime);
  const valid =
    b !== null && p !== null && inv !== null && life !== null && life >= 1 && life <= 50;

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    if (!valid) return;
    await saveProject(
      orgId,
      { ...project, baseline: b, projected: p, investmentMnt: inv, lifetimeYears: life },
      projectId,
    );
    setMessage(t('common:saved'));
  }

  return (
    <form
      className="form-card wide"
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="inputs-title"
    >
      <h3 id="inputs-title">{t('green.inputs')}</h3>
      <p className="hint">{t('green.inputsHint')}</p>
      <div className="grid-2">
        <FiguresFields legend={t('green.baseline')} draft={baseline} onChange={setBaseline} />
        <FiguresFields legend={t('green.projected')} draft={projected} onChange={setProjected} />
      </div>
      <label>
        {t('green.investment')}
        <input
          inputMode="numeric"
          value={investment}
          aria-invalid={inv === null}
          onChange={(e) => setInvestment(e.target.value)}
        />
      </label>
      <label>
        {t('green.lifetime')}
        <input
          inputMode="decimal"
          value={lifetime}
          aria-invalid={life === null}
          onChange={(e) => setLifetime(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!valid}>
        {t('green.saveInputs')}
      </button>
      {message && <span className="status">{message}</span>}
    </form>
  );
}
