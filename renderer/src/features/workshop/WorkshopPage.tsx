import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { BenchmarkPage } from './BenchmarkPage';
import { CollectPage } from './CollectPage';
import { ExercisesPage } from './ExercisesPage';
import { TrainerHome } from './TrainerHome';
import './workshop.css';

const SECTIONS = ['home', 'exercises', 'collect', 'benchmark'] as const;
type Section = (typeof SECTIONS)[number];

function isSection(s: string): s is Section {
  return (SECTIONS as readonly string[]).includes(s);
}

/** The trainer's workspace: #/workshop/home | exercises | collect | benchmark. */
export function WorkshopPage({ section }: { section: string }) {
  const { t } = useTranslation(['workshop', 'common']);
  const current: Section = isSection(section) ? section : 'home';
  return (
    <section className="page workshop">
      <nav className="workshop-tabs" aria-label={t('tabs.label')}>
        {SECTIONS.map((s) => (
          <a
            key={s}
            href={hrefFor({ name: 'workshop', section: s })}
            aria-current={s === current ? 'page' : undefined}
          >
            {t(`tabs.${s}`)}
          </a>
        ))}
      </nav>
      {current === 'home' && <TrainerHome />}
      {current === 'exercises' && <ExercisesPage />}
      {current === 'collect' && <CollectPage />}
      {current === 'benchmark' && <BenchmarkPage />}
    </section>
  );
}
