import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../../shared/package/enums';
import { ActionStatusSelect } from '../../components/ActionStatusSelect';
import type { ActionItem } from '../../../../shared/package/schema';
import { EvidenceAttachments } from '../../components/EvidenceAttachments';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import { deleteAction } from '../../db/repositories/actions';
import { differingText } from '../../lib/fieldChanges';
import { clearJournal } from '../../lib/typingJournal';
import { actionJournalKey } from './actionJournal';
import { isOverdue } from './suggestions';
import { useActionFields } from './useActionFields';

/** Only whole, non-negative tögrög amounts are costs; anything else stays in the field as an error. */
function parseCost(text: string): number | undefined | null {
  const clean = text.replace(/[\s,₮]/g, '');
  if (clean === '') return undefined;
  const n = Number(clean);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/**
 * One editable action: every field autosaves after a pause; an empty action text is not saved.
 * Only the fields changed here are written, each checked against the value it was based on, so
 * another window's change is kept or, for the same field, shown with this row's text kept aside.
 */
export function ActionRowEditor({
  orgId,
  stored,
  today,
  number,
}: {
  orgId: string;
  /** The action as stored now (live). */
  stored: ActionItem;
  today: string;
  /** The row's place in the plan (1, 2, …): screen readers name fields by it, not by an id. */
  number: number;
}) {
  const { t } = useTranslation(['actions', 'common']);
  const journalKey = actionJournalKey(orgId, stored.id);
  const [costText, setCostText] = useState(stored.costMnt?.toString() ?? '');
  // A deleted row must not be written back by the autosave flush that runs when it unmounts.
  const deleted = useRef(false);
  const editor = useActionFields(orgId, stored, {
    canSave: () => !deleted.current,
    onReplaced: (a) => setCostText(a.costMnt?.toString() ?? ''),
  });
  const { value: action, autosave } = editor;
  const cost = parseCost(costText);
  const valid = action.action.trim() !== '' && cost !== null;

  const set = (patch: Partial<ActionItem>) => {
    editor.edit((prev) => {
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
        {editor.recovered && (
          <KeptTextNotice
            kind="recovered"
            testId={`action-recovered-${action.id}`}
            yours={differingText(action, editor.recovered)}
            onApply={() => editor.putBack('recovered')}
            onDiscard={() => editor.discard('recovered')}
          />
        )}
        {editor.conflict && (
          <KeptTextNotice
            kind="changedElsewhere"
            testId={`action-conflict-${action.id}`}
            yours={differingText(action, editor.conflict)}
            onApply={() => editor.putBack('conflict')}
            onDiscard={() => editor.discard('conflict')}
          />
        )}
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
        <ActionStatusSelect
          label={label('status')}
          value={action.status}
          onChange={(status) => set({ status })}
        />
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
