import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { VcpResult } from '../../../../shared/scoring/vcp';
import { hrefFor } from '../../app/router';
import { ExplainedNumber } from '../../components/ExplainedNumber';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { CategoryBarChart } from '../../components/charts/CategoryBarChart';
import { useDashboardFormat } from './useDashboardFormat';
import { memo, useState } from 'react';
import { ExplanationView } from '../../components/ExplanationView';

/**
 * The VCP as scorePackage scores it (the pack the assessment was answered with, the firm's data
 * deciding where it contradicts an answer), so the dashboard and the VCP page agree.
 */
export const VcpPanel = memo(function VcpPanel({
  orgId,
  result,
  pack,
  waiting,
}: {
  orgId: string;
  result: VcpResult;
  pack: CriteriaPack;
  waiting: boolean;
}) {
  const { t, num, language } = useDashboardFormat();
  const [picked, setPicked] = useState<string | null>(null);
  const title = (pillar: string) =>
    pack.pillars.find((p) => p.id === pillar)?.title[language] ?? pillar;
  const question = (id: string) => pack.vcpItems.find((i) => i.id === id)?.question[language] ?? id;
  const scored = result.pillars.filter((p) => p.scorePct.value !== null);
  const pickedPillar = result.pillars.find((p) => p.pillar === picked);
  const vcpLink = hrefFor({ name: 'org', orgId, section: 'vcp' });
  return (
    <section className="grid-2 vcp-row" aria-label={t('vcp.title')}>
      <ChartFrame
        title={t('vcp.title')}
        unit={t('vcp.unit')}
        testId="chart-vcp"
        waiting={waiting}
        points={scored.map((p) => ({
          key: p.pillar,
          text: title(p.pillar),
          name: `${title(p.pillar)}: ${num(p.scorePct.value ?? 0, 0)}%`,
        }))}
        explanation={
          pickedPillar
            ? {
                title: `${title(pickedPillar.pillar)}: ${num(pickedPillar.scorePct.value ?? 0, 0)}%`,
                body: <ExplanationView explanation={pickedPillar.scorePct.explanation} />,
              }
            : null
        }
        onPick={setPicked}
        empty={scored.length === 0 ? <a href={vcpLink}>{t('vcp.noAnswers')}</a> : undefined}
        footer={
          <>
            <div className="inline-kpi">
              {t('vcp.overall')}:{' '}
              <ExplainedNumber
                explained={result.overallPct}
                label={t('vcp.overall')}
                text={
                  result.overallPct.value === null ? '—' : `${num(result.overallPct.value, 0)}%`
                }
                testId="vcp-overall"
              />{' '}
              <span className="muted">
                {t('vcp.completion', {
                  answered: result.completion.answered,
                  applicable: result.completion.applicable,
                })}
              </span>
            </div>
          </>
        }
      >
        <CategoryBarChart
          data={scored.map((p) => ({
            key: p.pillar,
            label: title(p.pillar),
            value: p.scorePct.value ?? 0,
          }))}
          format={(v) => `${num(v, 0)}%`}
          xLabel={t('vcp.unit')}
          domainMax={100}
          onSelect={setPicked}
        />
      </ChartFrame>
      <div className="panel">
        <h2>{t('vcp.gapsTitle')}</h2>
        {result.topGaps.length === 0 ? (
          <p className="muted">{t('vcp.noGaps')}</p>
        ) : (
          <ol className="gap-list">
            {result.topGaps.map((g) => (
              <li key={g.itemId}>
                <div>{question(g.itemId)}</div>
                <div className="hint">
                  {g.itemId} · {title(g.pillar)} · {t('vcp.gain', { points: num(g.gainPct, 1) })}
                </div>
              </li>
            ))}
          </ol>
        )}
        <p>
          <a href={vcpLink}>{t('vcp.open')}</a>
        </p>
      </div>
    </section>
  );
});
