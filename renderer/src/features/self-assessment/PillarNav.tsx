import { useTranslation } from 'react-i18next';
import type { VcpPillar, VcpPillarId } from '../../../../shared/catalogue/types';
import type { PillarScore } from '../../../../shared/scoring/vcp';
import { useLanguage } from '../../app/LanguageContext';
import { formatPercent } from '../../i18n/format';
import { usePick } from './VcpItemCard';

/** Pillars as a vertical tab list: answered / applicable and the live pillar score. */
export function PillarNav({
  pillars,
  scores,
  selected,
  onSelect,
}: {
  pillars: readonly VcpPillar[];
  scores: readonly PillarScore[];
  selected: VcpPillarId | null;
  onSelect: (id: VcpPillarId) => void;
}) {
  const { t } = useTranslation('vcp');
  const { language } = useLanguage();
  const pick = usePick();
  const shown = pillars.filter((p) => scores.some((s) => s.pillar === p.id));
  return (
    <nav aria-label={t('pillars')} className="pillar-nav">
      <ul>
        {shown.map((p) => {
          const s = scores.find((x) => x.pillar === p.id);
          const answered = s?.answered ?? 0;
          const applicable = s?.applicable ?? 0;
          const done = applicable > 0 && answered === applicable;
          return (
            <li key={p.id}>
              <button
                type="button"
                aria-current={selected === p.id ? 'true' : undefined}
                className={selected === p.id ? 'selected' : ''}
                onClick={() => onSelect(p.id)}
                data-testid={`pillar-${p.id}`}
              >
                <span className="pillar-title">{pick(p.title)}</span>
                <span className="pillar-meta">
                  <span aria-label={t('answeredOf', { answered, applicable })}>
                    {done ? '✓ ' : ''}
                    {answered}/{applicable}
                  </span>
                  {s?.scorePct.value != null && (
                    <span className="pillar-score">
                      {formatPercent(s.scorePct.value, language)}
                    </span>
                  )}
                </span>
                <span className="progress" aria-hidden="true">
                  <span
                    style={{ width: `${applicable > 0 ? (answered / applicable) * 100 : 0}%` }}
                  />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
