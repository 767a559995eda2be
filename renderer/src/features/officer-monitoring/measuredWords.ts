import type { Language } from '../../../../shared/package/enums';
import {
  savingWording,
  type SavingKey,
  type SavingRow,
} from '../../../../shared/monitoring/measuredVsPromised';
import { unitWord } from '../../../../shared/workbook/enumWords';
import { formatMnt, formatNumber, formatPercent } from '../../i18n/format';

/** A translation function (t, or the memo's getFixedT). */
type Say = (key: string, params?: Record<string, unknown>) => string;

/** An annual amount in its unit, in the reader's language: "143.5 t" / "143,5 тн", "180,000 kWh". */
export function savingAmount(key: SavingKey, value: number, language: Language): string {
  switch (key) {
    // A no-break space keeps the figure and its unit on one line in narrow table cells.
    case 'cost':
      return formatMnt(value, language).replace(' ₮', '\u00a0₮');
    case 'co2':
      return `${formatNumber(value, language, 1)}\u00a0${unitWord('t', language)}`;
    case 'energy':
      return `${formatNumber(value, language, 0)}\u00a0${unitWord('kWh', language)}`;
    case 'water':
      return `${formatNumber(value, language, 0)}\u00a0${unitWord('m3', language)}`;
  }
}

/** "CO2 fell 143.5 t of the promised 239.1 t: 60% of the promise." */
export function savingSentence(row: SavingRow, say: Say, language: Language): string {
  return say(`monitoring:measured.words.${savingWording(row)}`, {
    what: say(`monitoring:measured.what.${row.key}`),
    measured: savingAmount(row.key, Math.abs(row.measuredSaving), language),
    promised: savingAmount(row.key, Math.abs(row.promisedSaving), language),
    pct: row.achievedPct === null ? '—' : formatPercent(row.achievedPct, language),
  });
}
