import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import type { EsCheck, Text } from '../../../../../shared/catalogue/types';
import type { DeclarationChange } from '../../../../../shared/officer-record/declarationChanges';
import { SEVERITIES, type Severity } from '../../../../../shared/package/enums';
import type { EsCheckResult } from '../../../../../shared/package/schema';
import type { EsCheckOutcome } from '../../../../../shared/scoring/esChecks';
import { ExplainableValue } from '../../../components/ExplainableValue';
import { patchCheck, type CheckPatch } from '../screeningModel';
import { OverDataForm } from './OverDataForm';

type Result = EsCheckResult['result'];

export interface CheckWords {
  /** Title of a Code of Practice item by id. */
  vcpTitle: (itemId: string) => Text | undefined;
  /** The company's own view of this check in its submission, if it sent one. */
  declaredResult: Result | null;
  /** Set when a re-submission changed a declaration behind the officer's result. */
  changes: readonly DeclarationChange[] | null;
  /** What the firm's own records say on this check and what decides it now (dataVerdictText). */
  dataSays: string | null;
}

/**
 * One sector check: what the company says (its answers, in words) beside the officer's own
 * result, severity, note and confirmation. The officer's result starts empty.
 */
export function CheckRow({
  check,
  outcome,
  words,
  onSave,
}: {
  check: EsCheck;
  outcome: EsCheckOutcome;
  words: CheckWords;
  /** A change of the check as stored (see patchCheck), queued by the caller. */
  onSave: (change: (stored: EsCheckResult | undefined) => EsCheckResult) => void;
}) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const [note, setNote] = useState(outcome.note ?? '');
  // An "ok" or "not applicable" against the data waits here for its reason.
  const [againstData, setAgainstData] = useState<Result | null>(null);
  const dataDecides = outcome.source === 'data';
  const flagged = words.changes !== null;
  // A saved but unconfirmed result is the officer's only when it was sent back to them;
  // otherwise it holds just a note beside the company's prefill.
  const officerHas = outcome.source === 'screening' && (outcome.confirmed || flagged);
  const status: Result | '' = officerHas && outcome.status !== 'unconfirmed' ? outcome.status : '';
  const prefill: Result | '' = outcome.status === 'unconfirmed' ? '' : outcome.status;
  const severity: Severity = outcome.severity ?? check.findingSeverity;

  function save(patch: CheckPatch, result: Result, confirmed: boolean) {
    const fallback: EsCheckResult = {
      result,
      confirmed,
      ...(result === 'finding' ? { severity } : {}),
      ...(note.trim() ? { note } : {}),
    };
    onSave((stored) => patchCheck(stored, fallback, patch));
  }

  const answerWord = (a: string | null) => (a ? t(`answer.${a}`) : t('record.unanswered'));
  const resultWord = (r: string | null) => (r ? t(`check.${r}`) : t('record.unanswered'));
  const itemWords = (c: DeclarationChange) =>
    c.kind === 'vcp'
      ? `${words.vcpTitle(c.itemId)?.[language] ?? c.itemId} (${c.itemId}): ${answerWord(c.before)} → ${answerWord(c.after)}`
      : `${t('record.ownView')}: ${resultWord(c.before)} → ${resultWord(c.after)}`;

  const id = `check-${check.id}`;
  return (
    <li
      className={`card check ${outcome.confirmed ? 'confirmed' : ''} ${flagged ? 'flagged' : ''}`}
      data-testid="check"
      data-check={check.id}
    >
      <div className="check-head">
        <strong>{check.question[language]}</strong> <code>{check.id}</code>
      </div>
      {flagged && (
        <div className="panel warn" role="status" data-testid="declaration-changed">
          <strong>{t('record.declarationChanged')}</strong>
          <ul>
            {(words.changes ?? []).map((c, i) => (
              <li key={`${c.itemId}-${String(i)}`}>{itemWords(c)}</li>
            ))}
          </ul>
        </div>
      )}
      {words.dataSays !== null && (
        <div className="panel warn" data-testid="data-says">
          <p>{words.dataSays}</p>
          {dataDecides && <p className="hint">{t('overData.decidesHint')}</p>}
          {againstData !== null && (
            <OverDataForm
              id={id}
              result={againstData}
              onSave={(patch) => {
                save(patch, againstData, true);
                setAgainstData(null);
              }}
              onCancel={() => setAgainstData(null)}
            />
          )}
        </div>
      )}
      <div className="check-columns">
        <div className="company-says" data-testid="company-says">
          <p className="kpi-label">{t('record.companySays')}</p>
          {outcome.vcpAnswers.length === 0 && words.declaredResult === null ? (
            <p className="hint">{t('record.companySaysNothing')}</p>
          ) : (
            <ul className="plain">
              {outcome.vcpAnswers.map((a) => (
                <li key={a.itemId}>
                  {words.vcpTitle(a.itemId)?.[language] ?? a.itemId} <code>{a.itemId}</code>:{' '}
                  <strong>{answerWord(a.answer)}</strong>
                </li>
              ))}
              {words.declaredResult !== null && (
                <li>
                  {t('record.ownView')}: <strong>{resultWord(words.declaredResult)}</strong>
                </li>
              )}
            </ul>
          )}
          {prefill && !officerHas && (
            <p className="hint">
              <ExplainableValue explanation={outcome.explanation}>
                {t('record.suggests', { result: resultWord(prefill) })}
              </ExplainableValue>
              {outcome.severityLowered && <span> · {t('check.lowered')}</span>}
            </p>
          )}
        </div>
        <div className="check-fields">
          <label htmlFor={`${id}-result`}>
            {t('record.officerResult')}
            <select
              id={`${id}-result`}
              value={againstData ?? status}
              onChange={(e) => {
                if (e.target.value) {
                  const result = e.target.value as Result;
                  if (dataDecides && result !== 'finding') setAgainstData(result);
                  else save({ result, confirmed: true }, result, true);
                }
              }}
            >
              <option value="">{t('check.unconfirmed')}</option>
              <option value="ok">{t('check.ok')}</option>
              <option value="finding">{t('check.finding')}</option>
              <option value="na">{t('check.na')}</option>
            </select>
          </label>
          <label htmlFor={`${id}-severity`}>
            {t('check.severity')}
            <select
              id={`${id}-severity`}
              value={severity}
              disabled={status !== 'finding'}
              onChange={(e) =>
                save(
                  { result: 'finding', severity: e.target.value as Severity, confirmed: true },
                  'finding',
                  true,
                )
              }
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={`${id}-note`} className="grow">
            {t('note')}
            <input
              id={`${id}-note`}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              onBlur={() => {
                // A note before any result rides on the company's prefill, unconfirmed.
                const result = status || prefill;
                if (result && note !== (outcome.note ?? ''))
                  save({ note }, result, officerHas && outcome.confirmed);
              }}
            />
          </label>
          {status && !outcome.confirmed && (
            <button type="button" onClick={() => save({ confirmed: true }, status, true)}>
              {t('check.confirm')}
            </button>
          )}
          {outcome.confirmed && <span className="badge">{t('check.confirmed')}</span>}
        </div>
      </div>
    </li>
  );
}
