// Why a workbook could not be read, in words a user can act on (English and Mongolian).
import type { Language } from '../package/enums';
import { safeLine } from './safeText';

export type RefusalCode =
  | 'too_large'
  | 'not_zip'
  | 'truncated'
  | 'too_many_entries'
  | 'zip_bomb'
  | 'duplicate_part'
  | 'too_many_strings'
  | 'too_deep'
  | 'not_workbook'
  | 'too_many_sheets'
  | 'too_many_rows'
  | 'not_ours'
  | 'newer_format'
  | 'newer_pack'
  | 'bad_cell'
  | 'invalid_package';

export interface Refusal {
  code: RefusalCode;
  sheet?: string;
  /** 1-based row in the sheet. */
  row?: number;
  /** The field (package path or column) that is wrong. */
  field?: string;
  /** Extra detail in English (a limit, a version, a validator message). */
  detail?: string;
}

const TEXT: Record<RefusalCode, { en: string; mn: string }> = {
  too_large: { en: 'the file is too large', mn: 'файл хэт том байна' },
  not_zip: {
    en: 'the file is not an Excel workbook (.xlsx)',
    mn: 'файл Excel ажлын ном (.xlsx) биш байна',
  },
  truncated: {
    en: 'the file is damaged or incomplete',
    mn: 'файл гэмтсэн эсвэл дутуу байна',
  },
  too_many_entries: {
    en: 'the workbook has too many parts',
    mn: 'ажлын ном хэт олон хэсэгтэй байна',
  },
  zip_bomb: {
    en: 'the workbook would unpack to too much data',
    mn: 'ажлын ном задлахад хэт их өгөгдөл болно',
  },
  duplicate_part: {
    en: 'the workbook holds the same part twice, so programs could show different contents',
    mn: 'ажлын номд нэг хэсэг хоёр удаа байгаа тул програмууд өөр агуулга харуулж болзошгүй',
  },
  too_many_strings: {
    en: 'the workbook holds too many different texts to read safely',
    mn: 'ажлын номд хэт олон өөр текст байгаа тул аюулгүй уншиж чадахгүй',
  },
  too_deep: {
    en: 'the workbook is built in a way no spreadsheet program writes (elements nested too deep)',
    mn: 'ажлын номыг ямар ч хүснэгтийн програм бичдэггүй байдлаар бүтээсэн байна (элементүүд хэт гүн давхарласан)',
  },
  not_workbook: {
    en: 'the file could not be opened as a workbook',
    mn: 'файлыг ажлын ном болгон нээж чадсангүй',
  },
  too_many_sheets: { en: 'the workbook has too many sheets', mn: 'ажлын ном хэт олон хуудастай' },
  too_many_rows: { en: 'a sheet has too many rows', mn: 'хуудас хэт олон мөртэй байна' },
  not_ours: {
    en: 'this workbook was not made by GreenThread (no _gt_data sheet)',
    mn: 'энэ ажлын номыг GreenThread үүсгээгүй байна (_gt_data хуудас алга)',
  },
  newer_format: {
    en: 'the workbook was made by a newer GreenThread; please update the app',
    mn: 'ажлын номыг GreenThread-ийн шинэ хувилбар үүсгэсэн; програмаа шинэчилнэ үү',
  },
  newer_pack: {
    en: 'the workbook uses a newer criteria pack than this app knows',
    mn: 'ажлын ном энэ програмд байхгүй шинэ шалгуурын багц ашигласан байна',
  },
  bad_cell: { en: 'a cell holds an unreadable value', mn: 'нүдэнд уншигдахгүй утга байна' },
  invalid_package: {
    en: 'the workbook data is not a valid application package',
    mn: 'ажлын номын өгөгдөл хүчинтэй өргөдлийн багц биш байна',
  },
};

const WHERE = {
  en: { sheet: 'sheet', row: 'row', field: 'field' },
  mn: { sheet: 'хуудас', row: 'мөр', field: 'талбар' },
};

/** One line naming what is wrong and where: sheet, row and field when known. */
export function describeRefusal(refusal: Refusal, lang: Language): string {
  const words = WHERE[lang];
  const where: string[] = [];
  // sheet names, fields and details can come from the file: never raw to a terminal or screen
  if (refusal.sheet !== undefined) where.push(`${words.sheet} "${safeLine(refusal.sheet, 60)}"`);
  if (refusal.row !== undefined) where.push(`${words.row} ${refusal.row}`);
  if (refusal.field !== undefined) where.push(`${words.field} ${safeLine(refusal.field, 120)}`);
  const head = TEXT[refusal.code][lang];
  const at = where.length > 0 ? ` (${where.join(', ')})` : '';
  const detail = refusal.detail !== undefined ? `: ${safeLine(refusal.detail)}` : '';
  return `${head}${at}${detail}`;
}
