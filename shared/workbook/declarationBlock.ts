// The last part of the Summary: the company's declaration and the bank's review, with empty cells
// to fill in by hand on the printed page (the IFC/EBRD screening forms end the same way). They are
// signed on paper: a name typed into the file after export is a change verify reports.
// Mongolian not reviewed by a native speaker yet.
import type { Language } from '../package/enums';
import { tableDate } from '../words/dates';
import { text, type CellSpec, type SheetSpec } from './spec';

/** Who reviewed for the bank, when the exporting installation knows it (the officer's copy). */
export interface Review {
  /** The officer's name, with the role when signed off. */
  by: string;
  /** The sign-off date (YYYY-MM-DD); absent while the review is not signed off. */
  date?: string;
}

const W = {
  declaration: ['Declaration by the company', 'Компанийн мэдэгдэл'],
  declare: [
    'We declare that the information in this workbook and the evidence listed in it are true and complete to the best of our knowledge, and we will tell the bank of any material change.',
    'Энэхүү ажлын ном болон түүнд жагсаасан нотлох баримт дахь мэдээлэл бидний мэдэж буйгаар үнэн зөв, бүрэн гэдгийг мэдэгдэж, томоохон өөрчлөлт гарвал банкинд мэдэгдэнэ.',
  ],
  name: ['Name', 'Нэр'],
  role: ['Role', 'Албан тушаал'],
  date: ['Date', 'Огноо'],
  signature: ['Signature and stamp', 'Гарын үсэг, тамга'],
  review: ['Review by the bank', 'Банкны хянасан тэмдэглэл'],
  reviewedBy: ['Reviewed by', 'Хянасан'],
  decision: ['Decision', 'Шийдвэр'],
  conditions: ['Conditions or comments', 'Нөхцөл, тайлбар'],
  paper: [
    'Fill in and sign on the printed page.',
    'Хэвлэсэн хуудсан дээр бөглөж гарын үсэг зурна.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

const w = (k: keyof typeof W, lang: Language): string => W[k][lang === 'en' ? 0 : 1];

/** A label and an underlined cell spanning the rest of the row, to write in by hand if empty. */
function blank(s: SheetSpec, what: string, filled = ''): void {
  const line = (v = ''): CellSpec => text(v, { style: 'sign' });
  s.rows.push([text(what, { style: 'label' }), line(filled), line(), line()]);
  const r = s.rows.length;
  s.merges.push(`B${r}:D${r}`);
}

function wide(s: SheetSpec, cell: CellSpec): void {
  s.rows.push([cell]);
  s.merges.push(`A${s.rows.length}:D${s.rows.length}`);
}

export function declarationBlocks(s: SheetSpec, lang: Language, review?: Review): void {
  s.rows.push([]);
  wide(s, text(w('declaration', lang), { style: 'header' }));
  wide(s, text(w('declare', lang), { style: 'wrap' }));
  for (const k of ['name', 'role', 'date', 'signature'] as const) blank(s, w(k, lang));
  s.rows.push([]);
  wide(s, text(w('review', lang), { style: 'header' }));
  blank(s, w('reviewedBy', lang), review?.by.trim() ?? '');
  blank(s, w('date', lang), review?.date ? tableDate(review.date, lang) : '');
  for (const k of ['decision', 'conditions', 'signature'] as const) blank(s, w(k, lang));
  wide(s, text(w('paper', lang), { style: 'muted' }));
}
