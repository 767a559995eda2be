import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMIT_KINDS, type PermitKind } from '../../../../shared/package/enums';
import { newId } from '../../db/repositories/organisations';
import type { FieldError } from './parseField';
import type { PermitDraft, PermitField } from './profileDraft';
import { permitExpiry } from './permitStatus';
import { todayIn } from '../../../../shared/package/calendarDay';

function PermitInput({
  label,
  value,
  error,
  type = 'text',
  className,
  onChange,
}: {
  label: string;
  value: string;
  error: FieldError | undefined;
  type?: 'text' | 'date';
  className?: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('profile');
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(ev) => onChange(ev.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {t(`errors.${error}`)}
        </span>
      )}
    </div>
  );
}

function ExpiryBadge({ expiresOn, today }: { expiresOn: string; today: string }) {
  const { t } = useTranslation('profile');
  const { state, daysLeft } = permitExpiry(expiresOn || undefined, today);
  const cls = state === 'expired' ? 'badge bad' : state === 'expiring' ? 'badge warn' : 'badge';
  const days = daysLeft === null ? 0 : Math.abs(daysLeft);
  return (
    <span className={cls} data-testid="permit-state" data-state={state}>
      {t(`permits.state.${state}`, { days })}
    </span>
  );
}

export function PermitsEditor({
  permits,
  errors,
  onChange,
}: {
  permits: PermitDraft[];
  errors: Record<string, Partial<Record<PermitField, FieldError>>>;
  onChange: (next: PermitDraft[]) => void;
}) {
  const { t } = useTranslation('profile');
  // Read once per visit: a badge that changes at midnight while typing would only confuse.
  const [today] = useState(() => todayIn());
  const patch = (id: string, p: Partial<PermitDraft>) =>
    onChange(permits.map((x) => (x.id === id ? { ...x, ...p } : x)));
  const add = () =>
    onChange([
      ...permits,
      { id: newId('permit'), kind: 'other', number: '', issuedOn: '', expiresOn: '', note: '' },
    ]);

  return (
    <fieldset className="panel permits" aria-describedby="permits-help">
      <legend>{t('permits.title')}</legend>
      <p id="permits-help" className="hint">
        {t('permits.help')}
      </p>
      {permits.length === 0 && <p className="muted">{t('permits.empty')}</p>}
      {permits.map((p, i) => {
        const e = errors[p.id] ?? {};
        const index = i + 1;
        return (
          <div
            key={p.id}
            className="permit-row"
            role="group"
            aria-label={t('permits.row', { index })}
          >
            <label>
              {t('permits.kind')}
              <select
                value={p.kind}
                onChange={(ev) => patch(p.id, { kind: ev.target.value as PermitKind })}
              >
                {PERMIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`permits.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <PermitInput
              label={t('permits.number')}
              value={p.number}
              error={e.number}
              onChange={(v) => patch(p.id, { number: v })}
            />
            <PermitInput
              label={t('permits.issuedOn')}
              type="date"
              value={p.issuedOn}
              error={e.issuedOn}
              onChange={(v) => patch(p.id, { issuedOn: v })}
            />
            <PermitInput
              label={t('permits.expiresOn')}
              type="date"
              value={p.expiresOn}
              error={e.expiresOn}
              onChange={(v) => patch(p.id, { expiresOn: v })}
            />
            <div className="permit-state">
              <ExpiryBadge expiresOn={p.expiresOn} today={today} />
              <button
                type="button"
                className="danger"
                aria-label={t('permits.removeLabel', { index })}
                onClick={() => onChange(permits.filter((x) => x.id !== p.id))}
              >
                {t('permits.remove')}
              </button>
            </div>
            <PermitInput
              label={t('permits.note')}
              className="permit-note"
              value={p.note}
              error={e.note}
              onChange={(v) => patch(p.id, { note: v })}
            />
          </div>
        );
      })}
      <p>
        <button type="button" onClick={add}>
          + {t('permits.add')}
        </button>
      </p>
    </fieldset>
  );
}
