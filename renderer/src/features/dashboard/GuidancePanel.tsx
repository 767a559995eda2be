import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { hrefFor } from '../../app/router';
import { targetText } from '../action-plan/suggestions';
import { GUIDANCE_SECTION, type Guidance } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

/**
 * "What to do next": each line says what is wrong and what would pass, in words, with a link to
 * the screen where it is fixed.
 */
export function GuidancePanel({
  orgId,
  items,
  pack,
}: {
  orgId: string;
  items: readonly Guidance[];
  pack: CriteriaPack | null;
}) {
  const { t, language } = useDashboardFormat();
  if (items.length === 0) return null;
  const monthName = (m: number) => t(`months.m${String(m)}`);
  const sentence = (g: Guidance): string => {
    switch (g.kind) {
      case 'partialYear':
        return t('next.partialYear', {
          year: g.year,
          count: g.months,
          months: g.missing.map(monthName).join(', '),
        });
      case 'noOutput':
      case 'noLabour':
        return t(`next.${g.kind}`, { year: g.year });
      case 'noBaseline':
        return t('next.noBaseline', { year: g.year, count: g.months });
      case 'knockOut': {
        const item = pack?.vcpItems.find((i) => i.id === g.itemId);
        return t('next.knockOut', {
          question: item?.question[language] ?? g.itemId,
          id: g.itemId,
          target: item ? targetText(item.guidance, language) : '',
        });
      }
      default:
        return t(`next.${g.kind}`);
    }
  };
  return (
    <section className="panel guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title">{t('next.title')}</h2>
      <ul>
        {items.map((g) => (
          <li key={g.kind === 'knockOut' ? `ko-${g.itemId}` : g.kind} data-guidance={g.kind}>
            {sentence(g)}{' '}
            <a href={hrefFor({ name: 'org', orgId, section: GUIDANCE_SECTION[g.kind] })}>
              {t(`next.${g.kind}Link`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
