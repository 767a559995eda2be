import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaPack } from '../../../../../shared/catalogue/types';
import {
  esapDeadlineWarning,
  esapSources,
  esapText,
} from '../../../../../shared/officer-record/esapPlan';
import {
  ACTION_STATUSES,
  PRIORITIES,
  type ActionStatus,
  type Language,
  type Priority,
} from '../../../../../shared/package/enums';
import type { ActionItem } from '../../../../../shared/package/schema';
import type { EsapItem } from '../../../../../shared/scoring/esap';

/** One editable ESAP line; text fields save when they lose focus, choices at once. */
export function EsapRow({
  no,
  signingDate,
  today,
  item,
  generated,
  pack,
  language,
  onSave,
  onDelete,
}: {
  /** The item's number in the plan as handed to the borrower ("E&S 3"). */
  no: number;
  signingDate: string | null;
  today: string;
  item: ActionItem;
  /** The item the engine generates now for the same finding or permit gap, if any. */
  generated: EsapItem | undefined;
  pack: CriteriaPack;
  language: Language;
  onSave: (next: ActionItem) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation(['screening', 'common', 'actions']);
  // Generated texts the officer has not edited follow the screen's language.
  const shownAction = esapText(item.action, generated?.action, language);
  const shownCovenant = esapText(item.covenant, generated?.covenant, language);
  const [action, setAction] = useState(shownAction);
  const [covenant, setCovenant] = useState(shownCovenant);
  const [owner, setOwner] = useState(item.owner ?? '');
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
      <td>{t('esap.itemNo', { no })}</td>
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
          onBlur={() => action !== shownAction && commit({ action })}
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
          onBlur={() => covenant !== shownCovenant && commit({ covenant })}
        />
      </td>
      <td>
        <select
          aria-label={label(t('esap.status'))}
          value={item.status}
          onChange={(e) => commit({ status: e.target.value as ActionStatus })}
        >
          {ACTION_STATUSES.map((st) => (
            <option key={st} value={st}>
              {t(`actions:status.${st}`)}
            </option>
          ))}
        </select>
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
        <button type="button" onClick={onDelete} aria-label={label(t('common:delete'))}>
          {t('common:delete')}
        </button>
      </td>
    </tr>
  );
}
