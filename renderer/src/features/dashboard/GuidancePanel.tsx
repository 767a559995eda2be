import { hrefFor } from '../../app/router';
import { GUIDANCE_SECTION, type Guidance } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

export function GuidancePanel({ orgId, items }: { orgId: string; items: readonly Guidance[] }) {
  const { t } = useDashboardFormat();
  if (items.length === 0) return null;
  return (
    <section className="panel guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title">{t('next.title')}</h2>
      <ul>
        {items.map((g) => (
          <li key={g}>
            {t(`next.${g}`)}{' '}
            <a href={hrefFor({ name: 'org', orgId, section: GUIDANCE_SECTION[g] })}>
              {t(`next.${g}Link`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
