import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import type { EsCheck } from '../../../../../shared/catalogue/types';
import { SEVERITIES, type Severity } from '../../../../../shared/package/enums';
import type { EsCheckResult } from '../../../../../shared/package/schema';
import type { EsCheckOutcome } from '../../../../../shared/scoring/esChecks';
import { ExplainableValue } from '../../../components/ExplainableValue';

type Result = EsCheckResult['result'];

/** One sector check: the VCP prefill, and the officer's result, severity, note and confirmation. */
export function CheckRow({
  check,
  outcome,
  onSave,
}: {
  check: EsCheck;
  outcome: EsCheckOutcome;
  onSave: (result: EsCheckResult) => void;
}) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const [note, setNote] = useState(outcome.note ?? '');
  const status: Result | '' = outcome.status === 'unconfirmed' ? '' : outcome.status;
  const severity: Severity = outcome.severity ?? check.findingSeverity;

  function save(result: Result, sev: Severity, confirmed: boolean) {
    onSave({
      result,
      confirmed,
      ...(result === 'finding' ? { severity: sev } : {}),
      ...(note.trim() ? { note } : {}),
    });
  }

  const id = `check-${check.id}`;
  return (
    <li
      className={`card check ${outcome.confirmed ? 'confirmed' : ''}`}
      data-testid="check"
      data-check={check.id}
    >
      <div className="check-head">
        <code>{check.id}</code> <strong>{check.question[language]}</strong>
      </div>
      <p className="hint">
        <ExplainableValue explanation={outcome.explanation}>
          {t(`check.source.${outcome.source}`)}
        </ExplainableValue>
        {outcome.vcpAnswers.length > 0 && (
          <span>
            {' '}
            ·{' '}
            {outcome.vcpAnswers
              .map((a) => `${a.itemId}: ${a.answer ? t(`answer.${a.answer}`) : '—'}`)
              .join(', ')}
          </span>
        )}
        {outcome.severityLowered && <span> · {t('check.lowered')}</span>}
      </p>
      <div className="check-fields">
        <label htmlFor={`${id}-result`}>
          {t('check.result')}
          <select
            id={`${id}-result`}
            value={status}
            onChange={(e) => {
              if (e.target.value) save(e.target.value as Result, severity, true);
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
            onChange={(e) => save('finding', e.target.value as Severity, true)}
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
              if (status && note !== (outcome.note ?? ''))
                save(status, severity, outcome.confirmed);
            }}
          />
        </label>
        {status && !outcome.confirmed && (
          <button type="button" onClick={() => save(status, severity, true)}>
            {t('check.confirm')}
          </button>
        )}
        {outcome.confirmed && <span className="badge">{t('check.confirmed')}</span>}
      </div>
    </li>
  );
}
