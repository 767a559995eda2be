import { useTranslation } from 'react-i18next';
import type { CriteriaPack, DataFact } from '../../../../shared/catalogue/types';
import type { Contradiction } from '../../../../shared/scoring/dataLinks';
import type { DocumentStatus } from '../../../../shared/scoring/esDocuments';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import type { Language } from '../../../../shared/package/enums';
import type { TFunction } from 'i18next';
import { passWords, recordsWords } from '../../../../shared/words/contradictionWords';

/** Where the user fixes what the records show: the page of the app that holds the record. */
export const FIX_SECTION: Readonly<Record<DataFact, string>> = {
  wage_below_minimum: 'metrics',
  permit_missing_or_expired: 'profile',
  lost_time_injuries: 'vcp',
};

function sentence(
  c: Contradiction,
  pack: CriteriaPack,
  records: string,
  language: Language,
  t: TFunction<['verdicts', 'vcp', 'screening']>,
): string {
  const pick = (x: { en: string; mn: string } | undefined) =>
    x ? (language === 'mn' ? x.mn : x.en) : c.itemId;
  if (c.kind === 'vcp')
    return t('contradiction.vcp', {
      declared: t(`vcp:answers.${c.declared}`),
      question: pick(pack.vcpItems.find((i) => i.id === c.itemId)?.question),
      id: c.itemId,
      records,
    });
  return t(`contradiction.es.${c.scoredAs}`, {
    declared: c.declared === 'ok' ? t('contradiction.declaredOk') : t(`vcp:answers.${c.declared}`),
    question: pick(pack.esChecks.find((i) => i.id === c.itemId)?.question),
    id: c.itemId,
    records,
    severity: c.severity ? t(`screening:severity.${c.severity}`) : '',
  });
}

/**
 * Every declaration the firm's own records contradict, in words: what was declared, what the
 * records show, what is counted instead, what would pass and where to fix it (with a link).
 */
export function ContradictionList({
  orgId,
  contradictions,
  documents,
  pack,
  asOf,
  testId = 'contradictions',
}: {
  orgId: string;
  contradictions: readonly Contradiction[];
  documents: readonly DocumentStatus[];
  pack: CriteriaPack;
  asOf: string;
  testId?: string;
}) {
  const { t } = useTranslation(['verdicts', 'vcp', 'screening']);
  const { language } = useLanguage();
  if (contradictions.length === 0) return null;
  return (
    <section className="panel contradictions" role="status" data-testid={testId}>
      <h2>{t('contradiction.title', { count: contradictions.length })}</h2>
      <p className="hint">{t('contradiction.intro')}</p>
      <ul>
        {contradictions.map((c) => (
          <li key={`${c.kind}:${c.itemId}:${c.linkId}`}>
            <p>{sentence(c, pack, recordsWords(c, documents, language), language, t)}</p>
            <p className="hint">
              {passWords(c.fact, asOf, language)} {t('contradiction.fixLabel')}{' '}
              <a href={hrefFor({ name: 'org', orgId, section: FIX_SECTION[c.fact] })}>
                {t(`contradiction.fix.${c.fact}`)}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
