import { useLiveRead } from '../../db/hooks/useLiveRead';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { packToShow } from '../../../../shared/catalogue/resolvePack';
import type { CriteriaPack, VcpPillarId } from '../../../../shared/catalogue/types';
import { scoreVcp } from '../../../../shared/scoring/vcp';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { useAssessment } from '../../db/hooks/useAssessment';
import { useOrganisation } from '../../db/hooks/useOrganisation';
import { useOrgVerdicts } from '../../db/hooks/useOrgVerdicts';
import { openAssessment, submitAssessment } from '../../db/repositories/assessments';
import { missingEvidence } from '../../db/repositories/evidence';
import { ContradictionList } from './ContradictionList';
import { PillarNav } from './PillarNav';
import { evidenceExpected } from '../../../../shared/scoring/vcpEvidence';
import { preSubmitCheck } from './preSubmitCheck';
import { SubmitPanel } from './SubmitPanel';
import { useVcpDraft } from './useVcpDraft';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import type { AnswerEntry } from '../../../../shared/package/schema';
import { VcpItemCard, usePick } from './VcpItemCard';
import { VcpScorePanel } from './VcpScorePanel';
import './self-assessment.css';

/** The year a new self-assessment speaks for. */
function currentYear(): string {
  return String(new Date().getFullYear());
}

export function SelfAssessmentPage({
  orgId,
  pack: packProp,
}: {
  orgId: string;
  /** The pack for a new assessment; an existing one uses the pack it is pinned to. */
  pack?: CriteriaPack;
}) {
  const { t } = useTranslation(['vcp', 'common', 'verdicts']);
  const { language } = useLanguage();
  const pick = usePick();
  const org = useOrganisation(orgId);
  const row = useAssessment(orgId, 'vcp');
  const assessment = row?.instrument === 'vcp' ? row : null;
  const basePack = packProp ?? ACTIVE_PACK;
  const pack = assessment ? packToShow(assessment.packId, assessment.packVersion) : basePack;
  const [selected, setSelected] = useState<VcpPillarId | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    if (row !== null || org === undefined || org === null) return;
    openAssessment({
      orgId,
      instrument: 'vcp',
      period: currentYear(),
      packId: basePack.id,
      packVersion: basePack.version,
    }).catch((err: unknown) => setOpenError(String(err)));
  }, [row, org, orgId, basePack]);

  const draft = useVcpDraft(assessment?.id, assessment?.answers);
  const processes = useMemo(() => org?.processes ?? [], [org]);
  // What the firm's records decide (permits, wages) is applied to the draft as it is typed, the
  // same way scorePackage applies it for the dashboard and the bank.
  const judged = useOrgVerdicts(orgId);
  const data = judged?.verdicts.data;
  const result = useMemo(
    () =>
      scoreVcp(
        pack,
        processes,
        {
          packVersion: pack.version,
          status: 'draft',
          version: assessment?.version ?? 1,
          answers: draft.answers,
        },
        data,
      ),
    [pack, processes, assessment?.version, draft.answers, data],
  );
  const contradictionOf = new Map(result.contradictions.map((c) => [c.itemId, c]));
  const itemsById = useMemo(() => new Map(pack.vcpItems.map((i) => [i.id, i])), [pack]);
  const expected = evidenceExpected(pack, result);
  const expectedKey = expected.join(',');
  const missing = useLiveRead(
    () => missingEvidence(orgId, expectedKey === '' ? [] : expectedKey.split(',')),
    [orgId, expectedKey],
  );
  const report = preSubmitCheck(result, missing ?? []);
  const missingSet = new Set(report.missingEvidence);

  const firstPillar = result.pillars[0]?.pillar ?? null;
  const current = selected ?? firstPillar;
  const items = result.items
    .filter((i) => i.pillar === current)
    .flatMap((i) => {
      const item = itemsById.get(i.id);
      return item ? [item] : [];
    });

  if (org === undefined || row === undefined)
    return <p className="status">{t('common:loading')}</p>;
  if (org === null) return <p className="error">{t('notFound')}</p>;

  function goTo(itemId: string) {
    const item = itemsById.get(itemId);
    if (item) setSelected(item.pillar);
    // The card exists after the next render of the chosen pillar.
    setTimeout(() => {
      const el = document.querySelector(`[data-item="${itemId}"]`);
      el?.scrollIntoView({ block: 'start' });
      el?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    }, 0);
  }

  async function submit() {
    if (!assessment) return;
    await draft.autosave.flush();
    await submitAssessment(assessment.id, {
      packId: pack.id,
      packVersion: pack.version,
      overallPct: result.overallPct.value,
      level: result.level,
      notCompliant: result.notCompliant,
      knockOutsFailed: result.knockOutsFailed,
      pillars: result.pillars.map((p) => ({ pillar: p.pillar, scorePct: p.scorePct.value })),
      completion: {
        answered: result.completion.answered,
        applicable: result.completion.applicable,
      },
    });
  }

  const pillar = pack.pillars.find((p) => p.id === current);
  const saveText =
    draft.autosave.status === 'saving'
      ? t('common:saving')
      : draft.autosave.status === 'error'
        ? t('common:saveFailed', { error: String(draft.autosave.error) })
        : t('common:saved');

  return (
    <section className="page vcp-page" aria-labelledby="vcp-title">
      <h1 id="vcp-title">{t('title')}</h1>
      <p className="muted">{org.nameMn}</p>
      <p className="lead">{t('intro')}</p>
      {processes.length === 0 && (
        <p className="toast" role="status">
          {t('noProcesses')}{' '}
          <a href={hrefFor({ name: 'org', orgId, section: 'profile' })}>{t('goProfile')}</a>
        </p>
      )}
      {openError && <p className="toast error">{openError}</p>}
      <p className="hint">
        {t('applicableCount', {
          applicable: result.items.length,
          count: result.itemsNotApplicable.length,
        })}
      </p>
      <p
        className={`status ${draft.autosave.status === 'error' ? 'error' : ''}`}
        role="status"
        data-testid="vcp-save-status"
      >
        {saveText}
      </p>
      {judged && (
        <ContradictionList
          orgId={orgId}
          contradictions={result.contradictions}
          documents={judged.verdicts.documents}
          pack={pack}
          asOf={judged.verdicts.asOf}
          testId="vcp-contradictions"
        />
      )}
      <div className="vcp-layout">
        <div className="vcp-side">
          <PillarNav
            pillars={pack.pillars}
            scores={result.pillars}
            selected={current}
            onSelect={setSelected}
          />
          <VcpScorePanel result={result} pillars={pack.pillars} items={pack.vcpItems} onGo={goTo} />
          <button
            type="button"
            onClick={() => document.getElementById('vcp-check-title')?.scrollIntoView()}
          >
            {report.canSubmit
              ? t('jumpSubmit')
              : t('jumpCheck', { count: report.unanswered.length })}
          </button>
        </div>
        <div className="vcp-items">
          {pillar && <h2>{pick(pillar.title)}</h2>}
          {/* One notice for the page instead of a badge on every question. */}
          {language === 'mn' && items.some((i) => !i.question.mnReviewed) && (
            <p className="toast warn" role="note" data-testid="mn-unreviewed">
              {t('verdicts:trust.vcpPage', {
                count: items.filter((i) => !i.question.mnReviewed).length,
              })}
            </p>
          )}
          {draft.recovered && (
            <KeptTextNotice
              kind="recovered"
              testId="vcp-recovered"
              yours={Object.entries(draft.recovered)
                .map(([id, entry]) => {
                  const question = itemsById.get(id)?.question;
                  const answer = entry ? t(`answers.${entry.answer}`) : '—';
                  const comment = entry?.comment ? ` — ${entry.comment}` : '';
                  return `${question ? pick(question) : ''} (${id}): ${answer}${comment}`;
                })
                .join('; ')}
              onApply={() => draft.resolveRecovered('apply')}
              onDiscard={() => draft.resolveRecovered('discard')}
            />
          )}
          {items.map((item) => (
            <Fragment key={item.id}>
              {draft.conflicts[item.id] && (
                <KeptTextNotice
                  kind="changedElsewhere"
                  testId={`vcp-conflict-${item.id}`}
                  yours={yoursText(draft.conflicts[item.id]?.mine ?? null)}
                  onApply={() => draft.resolve(item.id, 'apply')}
                  onDiscard={() => draft.resolve(item.id, 'discard')}
                />
              )}
              <VcpItemCard
                orgId={orgId}
                item={item}
                entry={draft.answers[item.id]}
                missingEvidence={missingSet.has(item.id)}
                contradiction={contradictionOf.get(item.id)}
                documents={judged?.verdicts.documents ?? []}
                onChange={(entry) => draft.edit(item.id, entry)}
              />
            </Fragment>
          ))}
        </div>
      </div>
      {assessment && (
        <SubmitPanel
          assessment={assessment}
          report={report}
          onSubmit={submit}
          onGo={goTo}
          checking={judged === undefined}
          question={(id) => {
            const item = itemsById.get(id);
            return item ? pick(item.question) : id;
          }}
        />
      )}
    </section>
  );
}

/** The user's kept entry in words: its comment (the text typed), else nothing to quote. */
function yoursText(entry: AnswerEntry | null): string {
  return entry?.comment ?? '';
}
