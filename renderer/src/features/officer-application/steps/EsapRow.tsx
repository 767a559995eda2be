import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority } from '../../../../../shared/package/enums';
import type { ActionItem } from '../../../../../shared/package/schema';

/** One editable ESAP line; text fields save when they lose focus, choices at once. */
export function EsapRow({
  no,
  signingDate,
  today,
  item,
  onSave,
  onDelete,
}: {
  /** The item's number in the plan as handed to the borrower ("E&S 3"). */
  no: number;
  signingDate: string | null;
  today: string;
  item: ActionItem;
  onSave: (next: ActionItem) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation(['screening', 'common']);
  const [action, setAction] = useState(item.action);
  const [covenant, setCovenant] = useState(item.covenant ?? '');
  const [owner, setOwner] = useState(item.owner ?? '');
  const label = (what: string) => `${t('esap.itemNo', { no })}: ${what}`;
  const open = item.status !== 'done';
  const deadlineWarning =
    open && item.deadline
      ? item.deadline < today
        ? t('esap.deadlinePast')
        : signingDate && item.deadline < signingDate
          ? t('esap.deadlineBeforeSigning')
          : null
      : null;

  function commit(patch: Partial<ActionItem>) {
    const next: ActionItem = { ...item, ...patch };
    if (!next.action.trim()) return;
    if (next.covenant === '') delete next.covenant;
    if (next.owner === '') delete next.owner;
    if (next.deadline === '') delete next.deadline;
    onSave(next);
  }

  return (
    <tr data-testid="esap-row" className={item.conditionPrecedent ? 'cp' : ''}>
      <td>
        {t('esap.itemNo', { no })}
        {item.source.ref && (
          <>
            {' '}
            <code className="hint">{item.source.ref}</code>
          </>
        )}
      </td>
      <td>
        <select
          aria-label={label(t('esap.priority'))}
          value={item.priority}
          onChange={(e) => {
            const priority = e.target.value as Priority;
            commit({ priority, conditionPrecedent: priority === 'high' });
          }}
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <textarea
          aria-label={label(t('esap.action'))}
          rows={2}
          value={action}
          maxLength={10_000}
          onChange={(e) => setAction(e.target.value)}
          onBlur={() => action !== item.action && commit({ action })}
        />
        <input
          aria-label={label(t('esap.owner'))}
          placeholder={t('esap.owner')}
          value={owner}
          maxLength={500}
          onChange={(e) => setOwner(e.target.value)}
          onBlur={() => owner !== (item.owner ?? '') && commit({ owner })}
        />
      </td>
      <td>
        <input
          type="date"
          aria-label={label(t('esap.deadline'))}
          value={item.deadline ?? ''}
          onChange={(e) => commit({ deadline: e.target.value })}
        />
        {deadlineWarning && (
          <p className="error" data-testid="esap-deadline-warning">
            {deadlineWarning}
          </p>
        )}
      </td>
      <td>
        <textarea
          aria-label={label(t('esap.covenant'))}
          rows={2}
          value={covenant}
          maxLength={10_000}
          onChange={(e) => setCovenant(e.target.value)}
          onBlur={() => covenant !== (item.covenant ?? '') && commit({ covenant })}
        />
      </td>
      <td>
        <label>
          <input
            type="checkbox"
            checked={item.conditionPrecedent === true}
            onChange={(e) => commit({ conditionPrecedent: e.target.checked })}
          />
          <span className="sr-only">{label(t('esap.cp'))}</span>
        </label>
      </td>
      <td>
        <button type="button" onClick={onDelete} aria-label={label(t('common:delete'))}>
          {t('common:delete')}
        </button>
      </td>
    </tr>
  );
}
