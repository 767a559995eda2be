import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import type { CriteriaPack } from '../../../../../shared/catalogue/types';
import { GREEN_DECISIONS, type GreenDecision } from '../../../../../shared/package/enums';
import type { GreenProject } from '../../../../../shared/package/schema';
import {
  DECISION_MIN_REASON,
  decisionNeedsReason,
  greenDecisionAllowed,
} from '../../../../../shared/officer-record/signOff';
import { useProfile } from '../../../db/hooks/useProfile';
import { saveProject } from '../../../db/repositories/projects';
import { setApplicationOutcome } from '../../../db/repositories/applications';

/** Eligible (with its taxonomy code), not eligible, or eligible subject to verification. */
export function GreenDecisionForm({
  applicationId,
  orgId,
  projectId,
  project,
  pack,
  suggested,
}: {
  applicationId: string;
  orgId: string;
  projectId: string | undefined;
  project: GreenProject;
  pack: CriteriaPack;
  suggested: GreenDecision;
}) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const profile = useProfile();
  const current = project.decision;
  const [decision, setDecision] = useState<GreenDecision>(current?.decision ?? suggested);
  const [code, setCode] = useState(current?.taxonomyCode ?? project.taxonomyCode);
  const [reason, setReason] = useState(current?.reason ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const green = decision !== 'not_eligible';
  // Departing from the engine's suggestion (e.g. "Eligible" when every criterion fails) needs
  // a written reason; both are kept and printed.
  const departs = decisionNeedsReason(suggested, decision);
  const allowed = greenDecisionAllowed(suggested, decision, reason);

  async function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    if (!allowed) return;
    const record = {
      decision,
      ...(green ? { taxonomyCode: code } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(profile?.name ? { decidedBy: profile.name } : {}),
      decidedAt: new Date().toISOString(),
    };
    await saveProject(orgId, { ...project, decision: record }, projectId);
    await setApplicationOutcome(applicationId, {
      greenDecision: decision,
      taxonomyCode: green ? code : null,
    });
    setMessage(t('common:saved'));
  }

  return (
    <form className="form-card" onSubmit={(e) => void onSubmit(e)} aria-labelledby="decision-title">
      <h3 id="decision-title">{t('green.decisionTitle')}</h3>
      <p>
        {t('green.suggested')}: <strong>{t(`decision.${suggested}`)}</strong>
      </p>
      <fieldset>
        <legend>{t('green.decision')}</legend>
        {GREEN_DECISIONS.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="green-decision"
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            {t(`decision.${d}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('green.taxonomy')}
        <select value={code} disabled={!green} onChange={(e) => setCode(e.target.value)}>
          {pack.taxonomy.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} — {c.title[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('green.reason')}
        <textarea
          rows={2}
          value={reason}
          maxLength={5000}
          required={departs}
          aria-invalid={departs && !allowed}
          aria-describedby="green-reason-rule"
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {departs && (
        <p id="green-reason-rule" className={allowed ? 'hint' : 'error'}>
          {t('green.reasonRequired', { min: DECISION_MIN_REASON })}
        </p>
      )}
      <button type="submit" className="primary" disabled={!allowed}>
        {t('green.recordDecision')}
      </button>
      {message && <span className="status">{message}</span>}
      {current && (
        <p className="hint" data-testid="green-decision">
          {t('green.recorded', {
            decision: t(`decision.${current.decision}`),
            code: current.taxonomyCode ?? '—',
          })}
        </p>
      )}
    </form>
  );
}
