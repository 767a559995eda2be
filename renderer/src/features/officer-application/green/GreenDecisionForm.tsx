import { useCallback, useRef, useState, type SyntheticEvent } from 'react';
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
import { KeptTextNotice } from '../../../components/KeptTextNotice';
import { useVersionedSave } from '../../../db/hooks/useVersionedSave';
import { saveDecidedProjectFields } from '../../../db/repositories/decidedProject';
import { projectFromRow } from '../../../db/repositories/projects';
import type { ProjectRow } from '../../../db/types';
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
  projectId: string;
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
  // The decision as this form took it: the write is refused if another window recorded one since.
  const base = useRef(current);
  const onConflict = useCallback(
    (stored: ProjectRow) => {
      const now = projectFromRow(stored);
      base.current = now.decision;
      setDecision(now.decision?.decision ?? suggested);
      setCode(now.decision?.taxonomyCode ?? now.taxonomyCode);
      setReason(now.decision?.reason ?? '');
    },
    [suggested],
  );
  const saver = useVersionedSave<{ decision: GreenDecision; reason: string }, ProjectRow>(
    onConflict,
  );
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
    await saver.save({ decision, reason }, async () => {
      await saveDecidedProjectFields(
        orgId,
        projectId,
        { decision: base.current },
        { decision: record },
      );
      base.current = record;
      await setApplicationOutcome(applicationId, {
        greenDecision: decision,
        taxonomyCode: green ? code : null,
      });
    });
  }

  return (
    <form className="form-card" onSubmit={(e) => void onSubmit(e)} aria-labelledby="decision-title">
      <h3 id="decision-title">{t('green.decisionTitle')}</h3>
      <p>
        {t('green.suggested')}: <strong>{t(`decision.${suggested}`)}</strong>
      </p>
      {saver.conflict && (
        <KeptTextNotice
          kind="changedElsewhere"
          testId="decision-conflict"
          yours={[t(`decision.${saver.conflict.decision}`), saver.conflict.reason.trim()]
            .filter((s) => s !== '')
            .join(' — ')}
          onApply={() => {
            if (saver.conflict) {
              setDecision(saver.conflict.decision);
              setReason(saver.conflict.reason);
            }
            saver.clearConflict();
          }}
          onDiscard={saver.clearConflict}
        />
      )}
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
      <button type="submit" className="primary" disabled={!allowed || saver.status === 'saving'}>
        {t('green.recordDecision')}
      </button>
      {saver.status === 'saved' && <span className="status">{t('common:saved')}</span>}
      {saver.status === 'locked' && (
        <p role="alert" className="error" data-testid="decision-locked">
          {t('green.lockedBeforeSaved')}
        </p>
      )}
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
