import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, PRIORITIES } from '../../../../shared/package/enums';
import type { ActionItem } from '../../../../shared/package/schema';
import { EvidenceAttachments } from '../../components/EvidenceAttachments';
import { useAutosave } from '../../db/hooks/useAutosave';
import { deleteAction, saveAction } from '../../db/repositories/actions';
import { clearJournal } from '../../lib/typingJournal';
import { actionJournalKey, recoverAction } from './actionJournal';
import { isOverdue } from './suggestions';

/** Only whole, non-negative tögrög amounts are costs; anything else stays in the field as an error. */
function parseCost(text: string): number | undefined | null {
  const clean = text.replace(/[\s,₮]/g, '');
  if (clean === '') return undefined;
  const n = Number(clean);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/** One editable action: every field autosaves after a pause; an empty action text is not saved. */
export function ActionRowEditor({
  orgId,
  initial,
  today,
  number,
}: {
  orgId: string;
  initial: ActionItem;
  today: string;
  /** The row's place in the plan (1, 2, …): screen readers name fields by it, not by an id. */
  number: number;
}) {
  const { t } = useTranslation(['actions', 'common']);
  const journalKey = actionJournalKey(orgId, initial.id);
  // Typing from before a reload that the database did not receive in time. The row is only
  // shown while the action is stored, so a deleted action is never brought back by its journal.
  const [recovered] = useState(() => recoverAction(orgId, initial.id));
  const [action, setAction] = useState<ActionItem>(recovered ?? initial);
  const [costText, setCostText] = useState((recovered ?? initial).costMnt?.toString() ?? '');
  const cost = parseCost(costText);
  const valid = action.action.trim() !== '' && cost !== null;

  // A deleted row must not be written back by the autosave flush that runs when it unmounts.
  const deleted = useRef(false);
  const save = useCallback(
    async (a: ActionItem) => {
      if (deleted.current || a.action.trim() === '') return;
      await saveAction(orgId, a);
    },
    [orgId],
  );
  const autosave = useAutosave(action, save, { journalKey, recovered: recovered !== undefined });

  const set = (patch: Partial<ActionItem>) => {
    setAction((prev) => {
      const { owner, deadline, costMnt, ...rest } = { ...prev, ...patch };
      // Cleared optional fields are left out rather than stored empty (the schema refuses "").
      return {
        ...rest,
        ...(owner ? { owner } : {}),
        ...(deadline ? { deadline } : {}),
        ...(costMnt !== undefined ? { costMnt } : {}),
      };
    });
  };

  const overdue = isOverdue(action, today);
  const short = action.action.length > 60 ? `${action.action.slice(0, 59)}…` : action.action;
  const label = (field: string) =>
    field === 'action'
      ? t('actionNumber', { n: number })
      : t('fieldFor', { field: t(`columns.${field}`), n: number, action: short });
  return (
    <tr className={overdue ? 'overdue' : undefined} data-action={action.id}>
      <td>
        <textarea
          rows={4}
          aria-label={label('action')}
          value={action.action}
          aria-invalid={action.action.trim() === ''}
          onChange={(ev) => set({ action: ev.target.value })}
        />
        <div className="hint">
          {action.source.kind === 'manual'
            ? t('source.manual')
            : t('source.from', {
                kind: t(`source.${action.source.kind}`),
                ref: action.source.ref ?? '',
              })}
        </div>
      </td>
      <td>
        <select
          aria-label={label('priority')}
          value={action.priority}
          onChange={(ev) => set({ priority: ev.target.value as ActionItem['priority'] })}
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={label('owner')}
          value={action.owner ?? ''}
          onChange={(ev) => set({ owner: ev.target.value })}
        />
      </td>
      <td>
        <input
          type="date"
          aria-label={label('deadline')}
          value={action.deadline ?? ''}
          onChange={(ev) => set({ deadline: ev.target.value })}
        />
        {overdue && (
          <div>
            <span className="badge bad" data-testid={`overdue-${action.id}`}>
              {t('overdue')}
            </span>
          </div>
        )}
      </td>
      <td>
        <input
          inputMode="numeric"
          aria-label={label('cost')}
          aria-invalid={cost === null}
          value={costText}
          onChange={(ev) => {
            setCostText(ev.target.value);
            const c = parseCost(ev.target.value);
            if (c !== null) set({ costMnt: c });
          }}
        />
        {cost === null && <div className="error">{t('common:errors.notANumber')}</div>}
      </td>
      <td>
        <select
          aria-label={label('status')}
          value={action.status}
          onChange={(ev) => set({ status: ev.target.value as ActionItem['status'] })}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <div className={`status ${autosave.status === 'error' ? 'error' : ''}`}>
          {!valid
            ? t('notSaved')
            : autosave.status === 'saving'
              ? t('common:saving')
              : autosave.status === 'error'
                ? t('common:saveFailed', { error: String(autosave.error) })
                : t('common:saved')}
        </div>
      </td>
      <td>
        <details>
          <summary>{t('evidenceSummary')}</summary>
          <EvidenceAttachments
            orgId={orgId}
            target={{ kind: 'action', actionId: action.id }}
            label={t('attachFor', { n: number, action: short })}
          />
        </details>
        <button
          type="button"
          className="link-button danger-link"
          onClick={() => {
            deleted.current = true;
            clearJournal(journalKey);
            void deleteAction(orgId, action.id);
          }}
        >
          {t('common:delete')}
        </button>
      </td>
    </tr>
  );
}
