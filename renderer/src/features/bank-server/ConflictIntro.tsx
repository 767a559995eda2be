import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import { describeEvidenceRecord } from '../../db/repositories/evidence';
import type { SyncConflictRow } from '../../db/types';

/**
 * The sentence that opens a conflict. An evidence record is named by its file and company
 * ("Evidence file “permit.pdf” of Дархан Ноолуур ХХК"), not by its key, which is an
 * organisation id and a 64-character hash.
 */
export function ConflictIntro({ conflict }: { conflict: SyncConflictRow }) {
  const { t } = useTranslation('bankServer');
  const { language } = useLanguage();
  const what = t(`tables.${conflict.table}`, { defaultValue: conflict.table });
  const evidence = useLiveRead(
    () => describeEvidenceRecord(conflict, language),
    [conflict, language],
  );
  if (evidence) return <p>{t('conflictIntroEvidence', { what, ...evidence })}</p>;
  return <p>{t('conflictIntro', { what, id: conflict.recordId })}</p>;
}
