// Summary, Profile, Factors and the hidden Lists sheet.
import type { Text } from '../catalogue/types';
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { sheetRef } from './expr';
import type { FactorKey, FactorRow } from './factorTable';
import { ANSWER_WORDS, ES_RESULT_WORDS, label, word } from './labels';
import type { FactorRefs } from './metricsSheet';
import { emptySheet, formula, num, text, type CellSpec, type SheetSpec } from './spec';
import { signingKeyLine } from './signatureLabel';

export type Light = 'green' | 'amber' | 'red' | 'none';

/** One line of the Summary's traffic-light table, produced from the engine's results. */
export interface HeadlineResult {
  label: Text;
  value: string;
  light: Light;
}

const LIGHT_STYLE = { green: 'good', amber: 'warn', red: 'bad', none: 'muted' } as const;
const LIGHT_WORD: Record<Light, readonly [string, string]> = {
  green: ['Green', 'Ногоон'],
  amber: ['Amber', 'Шар'],
  red: ['Red', 'Улаан'],
  none: ['—', '—'],
};

function pair(k: string, v: CellSpec): CellSpec[] {
  return [text(k, { style: 'label' }), v];
}

export function periodRange(pkg: ApplicationPackage): string {
  const keys = pkg.periods.map((p) => p.period).sort();
  if (keys.length === 0) return '—';
  return keys[0] === keys[keys.length - 1]
    ? (keys[0] ?? '')
    : `${keys[0] ?? ''} – ${keys[keys.length - 1] ?? ''}`;
}

export function buildSummarySheet(
  pkg: ApplicationPackage,
  lang: Language,
  digest: string,
  results: readonly HeadlineResult[] | null,
  keyFingerprint: string | null = null,
): SheetSpec {
  const s = emptySheet('summary', label('summary', lang));
  const org = pkg.organisation;
  s.columns = [{ width: 44 }, { width: 66 }, { width: 14 }];
  s.rows.push([text(lang === 'en' ? org.nameEn || org.nameMn : org.nameMn, { style: 'title' })]);
  s.merges.push('A1:C1');
  s.rows.push(
    pair(label('organisation', lang), text(`${org.nameMn}${org.nameEn ? ` / ${org.nameEn}` : ''}`)),
  );
  s.rows.push(pair(label('period', lang), text(periodRange(pkg))));
  s.rows.push(pair(label('preparedBy', lang), text(pkg.preparedBy)));
  s.rows.push(pair(label('preparedAt', lang), text(pkg.createdAt)));
  s.rows.push(pair(label('appVersion', lang), text(pkg.appVersion)));
  s.rows.push(pair(label('packVersion', lang), text(`${pkg.packId} ${pkg.packVersion}`)));
  s.rows.push(pair(label('digest', lang), text(digest)));
  const [keyLabel, keyValue] = signingKeyLine(keyFingerprint, lang);
  s.rows.push(pair(keyLabel, text(keyValue)));
  s.rows.push([text(label('digestNote', lang), { style: 'muted' })]);
  s.rows.push([]);
  s.rows.push([
    text(label('results', lang), { style: 'header' }),
    text(label('result', lang), { style: 'header' }),
    text(label('status', lang), { style: 'header' }),
  ]);
  if (results === null || results.length === 0) {
    s.rows.push([text(label('noResults', lang), { style: 'muted' })]);
  } else {
    for (const r of results) {
      s.rows.push([
        text(r.label[lang]),
        text(r.value),
        text(word(LIGHT_WORD, r.light, lang), { style: LIGHT_STYLE[r.light] }),
      ]);
    }
  }
  s.protect = true;
  return s;
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
    ['Processes', 'Үйл явц', text(o.processes.join(', '))],
    ['Employees', 'Ажилчид', num(o.employees, { numFmt: '#,##0' })],
    ['Annual turnover', 'Жилийн борлуулалт', num(o.annualTurnoverMnt, { numFmt: '#,##0 ₮' })],
    ['Women ownership', 'Эмэгтэйчүүдийн өмчлөл', num(o.womenOwnershipPct / 100, { numFmt: '0%' })],
    [
      'Women in senior management',
      'Удирдлага дахь эмэгтэйчүүд',
      num(o.womenSeniorMgmtPct / 100, { numFmt: '0%' }),
    ],
    ['Certifications', 'Гэрчилгээ', text(o.certifications.join(', '))],
    ['Contact', 'Холбоо барих', text([o.contactName, o.contactEmail].filter(Boolean).join(', '))],
  ];
  for (const [e, m, v] of rows) s.rows.push(pair(en ? e : m, v));
  s.rows.push([]);
  s.rows.push([
    text(en ? 'Permit' : 'Зөвшөөрөл', { style: 'header' }),
    text(en ? 'Number, issued, expires' : 'Дугаар, олгосон, дуусах', { style: 'header' }),
  ]);
  for (const p of o.permits) {
    const dates = [
      p.number ?? '',
      p.issuedOn ?? '',
      p.expiresOn ?? (en ? 'no expiry' : 'хугацаагүй'),
    ];
    s.rows.push([text(p.kind), text(dates.join(' · '))]);
  }
  s.frozen = { rows: 1, cols: 0 };
  return s;
}

/** Factors sheet; returns the absolute cell reference of every factor for the formulas. */
export function buildFactorsSheet(
  rows: readonly FactorRow[],
  lang: Language,
): { sheet: SheetSpec; refs: FactorRefs } {
  const s = emptySheet('factors', label('factors', lang));
  s.columns = [
    { width: 24 },
    { width: 52 },
    { width: 14 },
    { width: 12 },
    { width: 60 },
    { width: 11 },
  ];
  s.rows.push(
    ['id', 'factor', 'value', 'unit', 'source', 'provenance'].map((k) =>
      text(
        k === 'factor' || k === 'value' || k === 'unit' || k === 'source' || k === 'provenance'
          ? label(k, lang)
          : label('id', lang),
        { style: 'header' },
      ),
    ),
  );
  const refs = new Map<FactorKey, { ref: string; value: number }>();
  const local = new Map<string, string>();
  rows.forEach((r, i) => {
    const rowNo = i + 2;
    local.set(r.id, `$C$${rowNo}`);
    refs.set(r.id as FactorKey, { ref: sheetRef(s.name, `$C$${rowNo}`), value: r.value });
  });
  for (const r of rows) {
    let valueCell: CellSpec = num(r.value, { numFmt: 'General' });
    if (r.derivedFrom) {
      const { efficiency, lignite, gjPerGcal } = r.derivedFrom;
      const f = `${local.get(gjPerGcal) ?? ''}*${local.get(lignite) ?? ''}/${local.get(efficiency) ?? ''}`;
      valueCell = formula(f, r.value, { numFmt: 'General' });
    }
    s.rows.push([
      text(r.id),
      text(r.label, { style: 'wrap' }),
      valueCell,
      text(r.unit),
      text(r.citation, { style: 'wrap' }),
      text(`[${r.provenance}]`),
    ]);
  }
  s.frozen = { rows: 1, cols: 1 };
  s.protect = true;
  return { sheet: s, refs };
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
