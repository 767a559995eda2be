import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EsCheckResult } from '../../../../../shared/package/schema';
import { OVERRIDE_MIN_REASON, patchOverData, type CheckPatch } from '../screeningModel';

/**
 * Opens with the focus in the reason (the officer just asked to go against the data); Escape
 * closes it like Cancel; on closing the focus returns to what opened it; a refused reason marks the field invalid and names why.
 *
 * The reason for an officer's "ok" or "not applicable" on a check the firm's own data decides:
 * saved only with one (patchOverData), so the officer's record never silently contradicts it.
 */
export function OverDataForm({
  id,
  result,
  onSave,
  onCancel,
}: {
  id: string;
  result: EsCheckResult['result'];
  onSave: (patch: CheckPatch) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['screening']);
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState(false);
  const min = OVERRIDE_MIN_REASON;
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // Whatever opened the form (the result select, a button) had the focus: it gets it back when
    // the form closes, by Cancel, Escape or Save, so a keyboard user is not dropped on the page.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    field.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const hintId = `${id}-over-data-hint`;
  const refusedId = `${id}-over-data-refused`;
  return (
    <div
      className="over-data"
      data-testid="over-data-form"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <label htmlFor={`${id}-over-data`}>
        {t('overData.reasonLabel')}
        <textarea
          ref={field}
          id={`${id}-over-data`}
          rows={2}
          maxLength={2000}
          value={reason}
          aria-describedby={refused ? `${hintId} ${refusedId}` : hintId}
          aria-invalid={refused}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <p id={hintId} className="hint">
        {t('overData.reasonHint', { min })}
      </p>
      {refused && (
        <p id={refusedId} role="alert" className="error" data-testid="over-data-refused">
          {t('overData.refused', { min })}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          const r = patchOverData(result, reason);
          if ('refused' in r) setRefused(true);
          else onSave(r.patch);
        }}
      >
        {t('overData.save')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('overData.cancel')}
      </button>
    </div>
  );
}
