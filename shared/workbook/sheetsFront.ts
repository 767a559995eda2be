// Summary, Profile, Factors and the hidden Lists sheet.
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { factorCitation } from '../factors/citations';
import { sheetRef } from './expr';
import type { FactorKey, FactorRow } from './factorTable';
import { ANSWER_WORDS, ES_RESULT_WORDS, label, word } from './labels';
import type { FactorRefs } from './metricsSheet';
import { tableDate } from '../words/dates';
import {
  CERTIFICATION_WORDS,
  PERMIT_KIND_WORDS,
  PROCESS_WORDS,
  codeWord,
  unitWord,
} from './enumWords';
import {
  emptySheet,
  formula,
  num,
  text,
  type CellSpec,
  type DefinedName,
  type SheetSpec,
} from './spec';

function pair(k: string, v: CellSpec): CellSpec[] {
  return [text(k, { style: 'label' }), v];
}

export function buildProfileSheet(pkg: ApplicationPackage, lang: Language): SheetSpec {
  const s = emptySheet('profile', label('profile', lang));
  const o = pkg.organisation;
  const en = lang === 'en';
  s.columns = [{ width: 32 }, { width: 60 }];
  s.rows.push([
    text(label('field', lang), { style: 'header' }),
    text(label('value', lang), { style: 'header' }),
  ]);
  const rows: [string, string, CellSpec][] = [
    ['Name (Mongolian)', 'Нэр (монгол)', text(o.nameMn)],
    ['Name (English)', 'Нэр (англи)', text(o.nameEn)],
    ['Registration number', 'Регистрийн дугаар', text(o.registrationNo)],
    ['Aimag / city', 'Аймаг / хот', text(o.aimag)],
    ['District', 'Сум / дүүрэг', text(o.district)],
    ['Address', 'Хаяг', text(o.address, { style: 'wrap' })],
    [
      'Processes',
      'Үйл явц',
      text(o.processes.map((x) => codeWord(PROCESS_WORDS, x, lang)).join(', '), { style: 'wrap' }),
    ],
    ['Employees', 'Ажилчид', num(o.employees, { numFmt: '#,##0' })],
    ['Annual turnover', 'Жилийн борлуулалт', num(o.annualTurnoverMnt, { numFmt: '#,##0 ₮' })],
    ['Women ownership', 'Эмэгтэйчүүдийн өмчлөл', num(o.womenOwnershipPct / 100, { numFmt: '0%' })],
    [
      'Women in senior management',
      'Удирдлага дахь эмэгтэйчүүд',
      num(o.womenSeniorMgmtPct / 100, { numFmt: '0%' }),
    ],
    [
      'Certifications',
      'Гэрчилгээ',
      text(o.certifications.map((x) => codeWord(CERTIFICATION_WORDS, x, lang)).join('; '), {
        style: 'wrap',
      }),
    ],
    ['Contact', 'Холбоо барих', text([o.contactName, o.contactEmail].filter(Boolean).join(', '))],
  ];
  for (const [e, m, v] of rows) s.rows.push(pair(en ? e : m, v));
  s.rows.push([]);
  s.rows.push([
    text(en ? 'Permit' : 'Зөвшөөрөл', { style: 'header' }),
    text(en ? 'Number, issued, expires' : 'Дугаар, олгосон, дуусах', { style: 'header' }),
  ]);
  for (const p of o.permits) {
    s.rows.push([
      text(codeWord(PERMIT_KIND_WORDS, p.kind, lang), { style: 'wrap' }),
      text(permitFacts(p, lang)),
    ]);
  }
  s.frozen = { rows: 1, cols: 0 };
  return s;
}

/**
 * A permit's number and dates, each part named and only the parts the company gave: a missing
 * number left a row starting " · ", and a lone date could not say whether it was issue or expiry.
 * Mongolian not reviewed by a native speaker yet.
 */
export function permitFacts(
  p: { number?: string | undefined; issuedOn?: string | undefined; expiresOn?: string | undefined },
  lang: Language,
): string {
  const en = lang === 'en';
  const number = p.number?.trim() ?? '';
  return [
    number === '' ? '' : `№ ${number}`,
    p.issuedOn === undefined ? '' : `${en ? 'issued' : 'олгосон'} ${tableDate(p.issuedOn, lang)}`,
    p.expiresOn === undefined
      ? en
        ? 'no expiry'
        : 'хугацаагүй'
      : `${en ? 'expires' : 'дуусах'} ${tableDate(p.expiresOn, lang)}`,
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** Factors sheet; every value is a named range the Metrics and Summary formulas use by name. */
export function buildFactorsSheet(
  rows: readonly FactorRow[],
  lang: Language,
): { sheet: SheetSpec; refs: FactorRefs; names: DefinedName[] } {
  const s = emptySheet('factors', label('factors', lang));
  s.columns = [
    { width: 20 },
    { width: 52 },
    { width: 12 },
    { width: 14 },
    { width: 60 },
    { width: 12 },
  ];
  s.rows.push(
    (['rangeName', 'factor', 'value', 'unit', 'source', 'provenance'] as const).map((k) =>
      text(label(k, lang), { style: 'header' }),
    ),
  );
  const refs = new Map<FactorKey, { ref: string; value: number }>();
  const names: DefinedName[] = [];
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  rows.forEach((r, i) => {
    const rowNo = i + 2;
    names.push({ name: r.name, ref: sheetRef(s.name, `$C$${rowNo}`) });
    refs.set(r.id as FactorKey, { ref: r.name, value: r.value });
  });
  for (const r of rows) {
    let valueCell: CellSpec = num(r.value, { numFmt: 'General' });
    if (r.derivedFrom) {
      const { efficiency, lignite, gjPerGcal } = r.derivedFrom;
      const f = `${nameOf.get(gjPerGcal) ?? ''}*${nameOf.get(lignite) ?? ''}/${nameOf.get(efficiency) ?? ''}`;
      valueCell = formula(f, r.value, { numFmt: 'General' });
    }
    s.rows.push([
      text(r.name, { style: 'label' }),
      text(r.label[lang], { style: 'wrap' }),
      valueCell,
      text(unitWord(r.unit, lang)),
      text(factorCitation(r, lang), { style: 'wrap' }),
      text(`[${r.provenance}]`),
    ]);
  }
  s.frozen = { rows: 1, cols: 1 };
  s.protect = true;
  return { sheet: s, refs, names };
}

export const LISTS_SHEET_KEY = 'lists';

/** The hidden Lists sheet: A = answer words, B = E&S results, C = severities. */
export function buildListsSheet(lang: Language): {
  sheet: SheetSpec;
  answers: string;
  esResults: string;
} {
  const s = emptySheet(LISTS_SHEET_KEY, label('lists', lang));
  s.state = 'hidden';
  s.columns = [{ width: 20 }, { width: 24 }];
  const answers = Object.keys(ANSWER_WORDS).map((k) => word(ANSWER_WORDS, k, lang));
  const results = Object.keys(ES_RESULT_WORDS).map((k) => word(ES_RESULT_WORDS, k, lang));
  const n = Math.max(answers.length, results.length);
  for (let i = 0; i < n; i++) {
    const a = answers[i];
    const r = results[i];
    s.rows.push([a === undefined ? null : text(a), r === undefined ? null : text(r)]);
  }
  return {
    sheet: s,
    answers: sheetRef(s.name, `$A$1:$A$${answers.length}`),
    esResults: sheetRef(s.name, `$B$1:$B$${results.length}`),
  };
}
