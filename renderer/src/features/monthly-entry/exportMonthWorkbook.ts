import type { Language } from '../../../../shared/package/enums';
import type { MonthCo2 } from './monthCo2';

export interface MonthWorkbookInput {
  organisationName: string;
  month: string;
  electricityKwh: number;
  coalT: number;
  co2: MonthCo2;
  language: Language;
}

const LABELS: Record<Language, Record<string, string>> = {
  en: {
    sheet: 'Month',
    organisation: 'Organisation',
    month: 'Month',
    electricity: 'Electricity (kWh)',
    coal: 'Coal (t)',
    co2e: 'CO2 electricity (t)',
    co2c: 'CO2 coal (t)',
    co2t: 'CO2 total (t)',
  },
  mn: {
    sheet: 'Сар',
    organisation: 'Байгууллага',
    month: 'Сар',
    electricity: 'Цахилгаан (кВт.ц)',
    coal: 'Нүүрс (т)',
    co2e: 'CO2 цахилгаан (т)',
    co2c: 'CO2 нүүрс (т)',
    co2t: 'CO2 нийт (т)',
  },
};

/** The foundation's one-sheet export; exceljs is loaded only when the user exports. */
export async function exportMonthWorkbook(input: MonthWorkbookInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const l = LABELS[input.language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenThread';
  const ws = wb.addWorksheet(l.sheet);
  ws.columns = [
    { key: 'k', width: 28 },
    { key: 'v', width: 22 },
    { key: 'id', width: 22 },
  ];
  const rows: [string, string | number, string][] = [
    [l.organisation ?? '', input.organisationName, 'organisation.name'],
    [l.month ?? '', input.month, 'period'],
    [l.electricity ?? '', input.electricityKwh, 'energy.electricity'],
    [l.coal ?? '', input.coalT, 'energy.coal'],
    [l.co2e ?? '', input.co2.electricity.value ?? 0, 'co2.electricity'],
    [l.co2c ?? '', input.co2.coal.value ?? 0, 'co2.coal'],
    [l.co2t ?? '', input.co2.total.value ?? 0, 'co2.total'],
  ];
  for (const [label, value, id] of rows) {
    const row = ws.addRow([]);
    // Strings are written as typed values, never formulas: "=..." stays text.
    row.getCell(1).value = { richText: [{ text: label }] };
    row.getCell(2).value = typeof value === 'number' ? value : { richText: [{ text: value }] };
    row.getCell(3).value = id;
  }
  ws.getColumn(2).numFmt = '#,##0.00';
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
