import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { packToShow } from '../../../../shared/catalogue/resolvePack';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { ActionItem } from '../../../../shared/package/schema';
import { scoreVcp } from '../../../../shared/scoring/vcp';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { useActions } from '../../db/hooks/useActions';
import { useAssessment } from '../../db/hooks/useAssessment';
import { useOrganisation } from '../../db/hooks/useOrganisation';
import { useOrgVerdicts } from '../../db/hooks/useOrgVerdicts';
import { actionFromRow, saveAction } from '../../db/repositories/actions';
import { newId } from '../../db/repositories/organisations';
import { formatPercent } from '../../i18n/format';
import { ActionRowEditor } from './ActionRowEditor';
import {
  addDays,
  isOverdue,
  suggestActions,
  targetText,
  type ActionSuggestion,
} from './suggestions';
import './action-plan.css';
import { todayIn } from '../../../../shared/package/calendarDay';

function todayIso(): string {
  return todayIn();
}

export function ActionPlanPage({ orgId, pack: packProp }: { orgId: string; pack?: CriteriaPack }) {
  const { t } = useTranslation(['actions', 'common']);
  const { language } = useLanguage();
  const org = useOrganisation(orgId);
  const row = useAssessment(orgId, 'vcp');
  const rows = useActions(orgId);
  const [newText, setNewText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const today = todayIso();

  const assessment = row?.instrument === 'vcp' ? row : null;
  const basePack = packProp ?? ACTIVE_PACK;
  const pack = assessment ? packToShow(assessment.packId, assessment.packVersion) : basePack;
  const plan = useMemo(() => (rows ?? []).map(actionFromRow), [rows]);
  // Answers the firm's records contradict are gaps too (scored as the dashboard scores them).
  const data = useOrgVerdicts(orgId)?.verdicts.data;
  const suggestions = useMemo(() => {
    if (!org || !assessment) return [];
    const result = scoreVcp(
      pack,
      org.processes,
      {
        packVersion: assessment.packVersion,
        status: assessment.status,
        version: assessment.version,
        answers: assessment.answers,
      },
      data,
    );
    return suggestActions(pack, result, plan);
  }, [org, assessment, pack, plan, data]);

  if (org === undefined || rows === undefined || row === undefined)
    return <p className="status">{t('common:loading')}</p>;
  if (org === null) return <p className="error">{t('notFound')}</p>;

  async function accept(list: readonly ActionSuggestion[]) {
    setMessage(null);
    try {
      for (const s of list) {
        const item: ActionItem = {
          id: newId('act'),
          source: { kind: 'vcp', ref: s.itemId },
          action: t('suggestedAction', {
            id: s.itemId,
            target: targetText(s.item.guidance, language).replace(/\.$/u, ''),
            question: s.item.question[language],
          }),
          priority: s.priority,
          deadline: addDays(today, s.deadlineDays),
          status: 'open',
        };
        await saveAction(orgId, item);
      }
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  async function addManual() {
    const text = newText.trim();
    if (text === '') {
      setMessage(t('emptyAction'));
      return;
    }
    setMessage(null);
    await saveAction(orgId, {
      id: newId('act'),
      source: { kind: 'manual' },
      action: text,
      priority: 'medium',
      status: 'open',
    });
    setNewText('');
  }

  const overdueCount = plan.filter((a) => isOverdue(a, today)).length;
  return (
    <section className="page actions-page" aria-labelledby="actions-title">
      <h1 id="actions-title">{t('title')}</h1>
      <p className="muted">{org.nameMn}</p>
      <p className="lead">{t('intro')}</p>

      <section className="panel" aria-labelledby="suggest-title">
        <h2 id="suggest-title">{t('suggestions.title')}</h2>
        {!assessment || Object.keys(assessment.answers).length === 0 ? (
          <p className="hint">
            {t('suggestions.noAssessment')}{' '}
            <a href={hrefFor({ name: 'org', orgId, section: 'vcp' })}>{t('suggestions.goVcp')}</a>
          </p>
        ) : suggestions.length === 0 ? (
          <p className="hint">{t('suggestions.none')}</p>
        ) : (
          <>
            <p className="hint">{t('suggestions.hint')}</p>
            <ol className="suggestions" data-testid="suggestions">
              {suggestions.map((s) => (
                <li key={s.itemId} data-suggestion={s.itemId}>
                  <div>
                    <strong>{s.item.question[language]}</strong>{' '}
                    <span className="muted">({s.itemId})</span>{' '}
                    {s.knockOut && s.answer === 'no' && (
                      <span className="badge bad">{t('suggestions.knockOut')}</span>
                    )}
                    <span className="badge">{t(`answer.${s.answer}`)}</span>
                    <span className="badge">{t(`priority.${s.priority}`)}</span>
                    {s.gainPct > 0 && (
                      <span className="badge">
                        {t('suggestions.gain', { gain: formatPercent(s.gainPct, language, 1) })}
                      </span>
                    )}
                  </div>
                  <div className="hint">{targetText(s.item.guidance, language)}</div>
                  <button
                    type="button"
                    onClick={() => void accept([s])}
                    aria-label={t('suggestions.acceptOne', {
                      id: s.itemId,
                      question: s.item.question[language],
                    })}
                  >
                    {t('suggestions.accept')}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="primary" onClick={() => void accept(suggestions)}>
              {t('suggestions.acceptAll', { count: suggestions.length })}
            </button>
          </>
        )}
      </section>

      <h2>{t('plan.title')}</h2>
      {overdueCount > 0 && (
        <p className="toast error" role="status">
          {t('plan.overdue', { count: overdueCount })}
        </p>
      )}
      {plan.length === 0 ? (
        <p className="hint">{t('plan.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data actions-table">
            <thead>
              <tr>
                {['action', 'priority', 'owner', 'deadline', 'cost', 'status', 'evidence'].map(
                  (c) => (
                    <th key={c} scope="col">
                      {t(`columns.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {plan.map((a, i) => (
                <ActionRowEditor key={a.id} orgId={orgId} stored={a} today={today} number={i + 1} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="add-action"
        onSubmit={(ev) => {
          ev.preventDefault();
          void addManual();
        }}
      >
        <label>
          {t('add.label')}
          <input value={newText} onChange={(ev) => setNewText(ev.target.value)} />
        </label>
        <button type="submit">{t('add.button')}</button>
      </form>
      {message && (
        <p className="toast error" role="alert">
          {message}
        </p>
      )}
      <p className="next-step">
        {t('next')}{' '}
        <a href={hrefFor({ name: 'org', orgId, section: 'project' })}>{t('nextProject')}</a>
        {' · '}
        <a href={hrefFor({ name: 'org', orgId, section: 'export' })}>{t('nextExport')}</a>
      </p>
    </section>
  );
}
