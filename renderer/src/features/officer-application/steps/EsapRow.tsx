import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaPack } from '../../../../../shared/catalogue/types';
import {
  esapDeadlineWarning,
  esapSources,
  esapText,
} from '../../../../../shared/officer-record/esapPlan';
import { PRIORITIES, type Language, type Priority } from '../../../../../shared/package/enums';
import type { ActionItem } from '../../../../../shared/package/schema';
import type { EsapItem } from '../../../../../shared/scoring/esap';
import { ActionStatusSelect } from '../../../components/ActionStatusSelect';
import { KeptTextNotice } from '../../../components/KeptTextNotice';
import { differingText } from '../../../lib/fieldChanges';
import { clearJournal } from '../../../lib/typingJournal';
import { actionJournalKey } from '../../action-plan/actionJournal';
import { useActionFields } from '../../action-plan/useActionFields';

/** Cleared optional fields are left out rather than stored empty (the schema refuses ""). */
function tidy(item: ActionItem): ActionItem {
  const { covenant, owner, deadline, ...rest } = item;
  return {
    ...rest,
    ...(covenant ? { covenant } : {}),
    ...(owner ? { owner } : {}),
    ...(deadline ? { deadline } : {}),
  };
}

/**
 * One editable ESAP line. Every field autosaves after a pause through the action editor the
 * MSME's plan uses (useActionFields): only the fields changed here are written, each over the
 * value it was based on, so another window's change of this item is never overwritten unseen.
 */
export function EsapRow({
  orgId,
  no,
  signingDate,
  today,
  item: stored,
  generated,
  pack,
  language,
  onDelete,
}: {
  orgId: string;
  /** The item's number in the plan as handed to the borrower ("E&S 3"). */
  no: number;
  signingDate: string | null;
  today: string;
  /** The item as stored now (live). */
  item: ActionItem;
  /** The item the engine generates now for the same finding or permit gap, if any. */
  generated: EsapItem | undefined;
  pack: CriteriaPack;
  language: Language;
  onDelete: () => void;
}) {
  const { t } = useTranslation(['screening', 'common', 'actions']);
  // A deleted row must not be written back by the autosave flush that runs when it unmounts.
  const deleted = useRef(false);
  const editor = useActionFields(orgId, stored, { canSave: () => !deleted.current });
  const item = editor.value;
  // Generated texts the officer has not edited follow the screen's language.
  const action = esapText(item.action, generated?.action, language);
  const covenant = esapText(item.covenant, generated?.covenant, language);
  const label = (what: string) => `${t('esap.itemNo', { no })}: ${what}`;
  const warning = esapDeadlineWarning(item, signingDate, today);
  const deadlineWarning =
    warning === 'past'
      ? t('esap.deadlinePast')
      : warning === 'beforeSigning'
        ? t('esap.deadlineBeforeSigning')
        : null;
  const sources = esapSources(
    generated?.sources ?? (item.source.ref ? [item.source.ref] : []),
    pack,
  );
  const evidence = item.evidence?.length ?? 0;

  const commit = (patch: Partial<ActionItem>) => editor.edit((prev) => tidy({ ...prev, ...patch }));

  return (
    <tr data-testid="esap-row" className={item.conditionPrecedent ? 'cp' : ''}>
      <td>
        {t('esap.itemNo', { no })}
        {editor.recovered && (
          <KeptTextNotice
            kind="recovered"
            testId={`esap-recovered-${item.id}`}
            yours={differingText(item, editor.recovered)}
            onApply={() => editor.putBack('recovered')}
            onDiscard={() => editor.discard('recovered')}
          />
        )}
        {editor.conflict && (
          <KeptTextNotice
            kind="changedElsewhere"
            testId={`esap-conflict-${item.id}`}
            yours={differingText(item, editor.conflict)}
            onApply={() => editor.putBack('conflict')}
            onDiscard={() => editor.discard('conflict')}
          />
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
          aria-invalid={action.trim() === ''}
          onChange={(e) => commit({ action: e.target.value })}
        />
        {sources.length > 0 && (
          <p className="hint" data-testid="esap-sources">
            {t('esap.sources')}:{' '}
            {sources
              .map((src) => (src.title ? `${src.title[language]} (${src.id})` : src.id))
              .join('; ')}
          </p>
        )}
        <input
          aria-label={label(t('esap.owner'))}
          placeholder={t('esap.owner')}
          value={item.owner ?? ''}
          maxLength={500}
          onChange={(e) => commit({ owner: e.target.value })}
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
          onChange={(e) => commit({ covenant: e.target.value })}
        />
      </td>
      <td>
        <ActionStatusSelect
          label={label(t('esap.status'))}
          value={item.status}
          onChange={(status) => commit({ status })}
        />
        <p className="hint" data-testid="esap-evidence">
          {evidence > 0 ? t('esap.evidence', { count: evidence }) : t('esap.noEvidence')}
        </p>
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
        <button
          type="button"
          onClick={() => {
            deleted.current = true;
            clearJournal(actionJournalKey(orgId, item.id));
            onDelete();
          }}
          aria-label={label(t('common:delete'))}
        >
          {t('common:delete')}
        </button>
      </td>
    </tr>
  );
}
