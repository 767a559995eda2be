import type { TFunction } from 'i18next';
import type { OutlierCheck } from '../../../../shared/catalogue/metrics';
import type { Language } from '../../../../shared/package/enums';
import { formatNumber } from '../../i18n/format';

// checkOutlier words its reason in English for logs; the screen says the same in the user's
// language from the range, reading only the direction from the reason's first word.
export function outlierText(check: OutlierCheck, t: TFunction, language: Language): string {
  const r = check.range;
  const unit = r ? t(`metrics:units.${r.unit.replace(/ /g, '_')}`) : '';
  if (r && check.reason?.startsWith('above'))
    return t('metrics:outlier.above', { max: formatNumber(r.max, language, 2), unit });
  if (r && check.reason?.startsWith('below'))
    return t('metrics:outlier.below', { min: formatNumber(r.min, language, 2), unit });
  return t('metrics:outlier.invalid');
}
