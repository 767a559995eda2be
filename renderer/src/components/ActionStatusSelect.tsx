import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/package/enums';

/**
 * The one control that sets the status of an action, ESAP item or covenant: the MSME's plan, the
 * officer's ESAP step and the Monitoring tab all use it, so the words and the choices are the
 * same on every screen. A native select: arrow keys change it, type-ahead finds a status by its
 * first letter in either language, and screen readers announce the `label` it is given.
 */
export function ActionStatusSelect({
  value,
  label,
  onChange,
  disabled,
}: {
  value: ActionStatus;
  /** Names the item whose status this is ("E&S 3: Status"), since a table holds many. */
  label: string;
  onChange: (status: ActionStatus) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('actions');
  return (
    <select
      className="action-status"
      data-testid="action-status"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => {
        const next = ACTION_STATUSES.find((s) => s === e.target.value);
        if (next !== undefined && next !== value) onChange(next);
      }}
    >
      {ACTION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </select>
  );
}
