import { useTranslation } from 'react-i18next';
import type { Contradiction } from '../../../../shared/scoring/dataLinks';
import type { DocumentStatus } from '../../../../shared/scoring/esDocuments';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { recordsWords } from '../../../../shared/words/contradictionWords';
import { FIX_SECTION } from './ContradictionList';

/** On the question itself: the records say otherwise, so the answer counts as "No". */
export function ItemContradiction({
  orgId,
  contradiction: c,
  documents,
}: {
  orgId: string;
  contradiction: Contradiction;
  documents: readonly DocumentStatus[];
}) {
  const { t } = useTranslation('verdicts');
  const { language } = useLanguage();
  return (
    <p
      className="toast error item-contradiction"
      role="status"
      data-testid={`contradiction-${c.itemId}`}
    >
      {t('contradiction.onItem', { records: recordsWords(c, documents, language) })}{' '}
      {t('contradiction.fixLabel')}{' '}
      <a href={hrefFor({ name: 'org', orgId, section: FIX_SECTION[c.fact] })}>
        {t(`contradiction.fix.${c.fact}`)}
      </a>
    </p>
  );
}
