// Well-formed GreenThread workbooks that lie: each is a real signed export with one thing a
// person could change to mislead a bank (a Summary result, a factor, the project's investment,
// the firm's size, any visible cell, a row deleted, added or moved, the hidden data forged with a
// recomputed plain SHA-256). None may read as intact.
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import { scorePackage } from '../../shared/engine/scorePackage';
import type { Language } from '../../shared/package/enums';
import type { ApplicationPackage } from '../../shared/package/schema';
import {
  buildWorkbookSpec,
  columnLetter,
  MACHINE_SHEET,
  packageDigest,
  type BuiltWorkbook,
  type VerdictWord,
} from '../../shared/workbook';
import type { SheetSpec } from '../../shared/workbook/spec';
import { writeWorkbook } from '../../adapters/excel';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';
import { basePackage } from './workbookCases';
import { deleteRow, editSheet, insertRow, setCell, sheetPartName, swapRows } from './sheetXml';
import { textPart, unzipParts, withText, zipParts } from './zipBytes';

export interface LyingFile {
  id: string;
  title: string;
  bytes: Uint8Array;
  /** The verdict verify must give (never "intact"). */
  verdict: Exclude<VerdictWord, 'intact' | 'unreadable'>;
  /** A reported change must name this sheet (and this cell or row, when given). */
  sheet?: string;
  cell?: string;
}

/** A signed export as the app writes it: with the engine's results, so the Summary is full. */
export async function signedExport(
  pkg: ApplicationPackage,
  language: Language,
): Promise<{ bytes: Uint8Array; built: BuiltWorkbook }> {
  const built = await signedWith(
    buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results: scorePackage(pkg, ACTIVE_PACK),
      language,
      charts: null,
      signingPublicKey: TEST_KEY.publicKey,
    }),
  );
  return { bytes: await writeWorkbook(built.spec), built };
}

type Cell = NonNullable<SheetSpec['rows'][number]>[number];

function sheetOf(built: BuiltWorkbook, key: string): SheetSpec {
  const sheet = built.spec.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet ${key}`);
  return sheet;
}

/** The A1 address of the first cell of sheet `key` that `match` accepts. */
function find(built: BuiltWorkbook, key: string, match: (c: Cell) => boolean): string {
  const rows = sheetOf(built, key).rows;
  for (const [r, row] of rows.entries())
    for (const [c, cell] of (row ?? []).entries())
      if (cell && match(cell)) return `${columnLetter(c + 1)}${String(r + 1)}`;
  throw new Error(`nothing to edit on ${key}`);
}

const textIs = (v: string) => (c: Cell) => c?.t === 's' && c.v === v;
const textStarts = (v: string) => (c: Cell) => c?.t === 's' && c.v.startsWith(v);
const numberIs = (v: number) => (c: Cell) => c?.t === 'n' && c.v === v;
const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0]);

/** The first cell of the sheet's last row and the last formula on it: a label and a result. */
function lastLabelAndFormula(sheet: SheetSpec): { label: string | null; formula: string | null } {
  let label: string | null = null;
  let formula: string | null = null;
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((cell, c) => {
      const ref = `${columnLetter(c + 1)}${String(r + 1)}`;
      if (cell?.t === 'f') formula = ref;
      if (c === 0 && cell && (cell.t === 's' ? cell.v !== '' : true)) label = ref;
    }),
  );
  return { label, formula };
}

interface MachineRow {
  row: number;
  key: string;
  json: string;
}

/** The hidden sheet's rows (column A key, column B JSON) as written. */
function machineRows(xml: string, strings: readonly string[]): MachineRow[] {
  const value = (cell: string | undefined): string => {
    if (cell === undefined) return '';
    const shared = /t="s"[^>]*><v>(\d+)<\/v>/.exec(cell);
    if (shared) return strings[Number(shared[1])] ?? '';
    return decode(/<t[^>]*>([\s\S]*?)<\/t>/.exec(cell)?.[1] ?? '');
  };
  return [...xml.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)].map((m) => {
    const r = m[1] ?? '';
    const cellOf = (col: string) =>
      new RegExp(`<c r="${col}${r}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(m[2] ?? '')?.[0];
    return { row: Number(r), key: value(cellOf('A')), json: value(cellOf('B')) };
  });
}

const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1] ?? '')).join(''),
  );
}

/**
 * What someone who read the format forges: Profile "Employees" 50 → 200 in the visible cell, in
 * the hidden data, in the record of visible cells, with $digest recomputed as a plain SHA-256 of
 * the edited data. Only the signature (or, stripped, its absence) can tell.
 */
function forgeEmployees(
  bytes: Uint8Array,
  built: BuiltWorkbook,
  pkg: ApplicationPackage,
  employees: number,
  stripSignature: boolean,
): Uint8Array {
  const ref = find(built, 'profile', numberIs(pkg.organisation.employees));
  const profile = sheetOf(built, 'profile');
  const profileIndex = built.spec.sheets.filter((s) => s.state === 'visible').indexOf(profile);
  const visible = editSheet(bytes, profile.name, (xml) => setCell(xml, ref, employees));
  const forged: ApplicationPackage = {
    ...pkg,
    organisation: { ...pkg.organisation, employees },
  };
  const parts = unzipParts(visible);
  const part = sheetPartName(parts, MACHINE_SHEET);
  let xml = textPart(parts, part);
  const strings = sharedStrings(textPart(parts, 'xl/sharedStrings.xml'));
  const setJson = (row: number, json: string) => {
    xml = setCell(xml, `B${String(row)}`, json);
  };
  for (const m of machineRows(xml, strings)) {
    if (m.key === '["organisation","employees"]') setJson(m.row, String(employees));
    else if (m.key === '$digest') setJson(m.row, JSON.stringify(packageDigest(forged)));
    else if (m.key === '$cells') {
      const snap = JSON.parse(m.json) as [number, number, unknown[][]];
      if (snap[0] === profileIndex && snap[1] === rowOf(ref))
        setJson(
          m.row,
          m.json.replace(`"n",${String(pkg.organisation.employees)}]`, `"n",${String(employees)}]`),
        );
    } else if (m.key === '$signature' && stripSignature)
      xml = xml.replace(new RegExp(`<row r="${String(m.row)}"[^>]*>[\\s\\S]*?</row>`), '');
  }
  return zipParts(withText(parts, part, xml));
}

/** Every lying workbook; all are signed exports of basePackage() with TEST_KEY. */
export async function lyingWorkbooks(): Promise<LyingFile[]> {
  const pkg = basePackage();
  const en = await signedExport(pkg, 'en');
  const mn = await signedExport(pkg, 'mn');
  const cases: LyingFile[] = [];
  const edit = (
    id: string,
    title: string,
    from: { bytes: Uint8Array; built: BuiltWorkbook },
    key: string,
    xmlEdit: (xml: string) => string,
    cell?: string,
  ) => {
    const sheet = sheetOf(from.built, key).name;
    cases.push({
      id,
      title,
      bytes: editSheet(from.bytes, sheet, xmlEdit),
      verdict: 'changed',
      sheet,
      ...(cell ? { cell } : {}),
    });
  };
  const results = scorePackage(pkg, ACTIVE_PACK);
  // the Summary's own results, in both languages: the risk category and the green decision
  for (const [lang, from] of [
    ['en', en],
    ['mn', mn],
  ] as const) {
    const category = find(from.built, 'summary', textStarts(`${results.es.finalCategory} / `));
    edit(
      `summary-category-${lang}`,
      `Summary: risk category ${results.es.finalCategory} → A (${lang})`,
      from,
      'summary',
      (x) => setCell(x, category, 'A'),
      category,
    );
    const decision = lang === 'en' ? 'Not eligible' : null;
    if (decision) {
      const ref = find(from.built, 'summary', textIs(decision));
      edit(
        `summary-eligibility-${lang}`,
        'Summary: "Not eligible" → "Eligible"',
        from,
        'summary',
        (x) => setCell(x, ref, 'Eligible'),
        ref,
      );
    }
  }
  // a formula kept but its cached result changed: a reader that does not recalculate (a preview,
  // a script) shows the lie, so the count of months with data must be a formula verify checks
  const months = find(en.built, 'summary', (c) => c?.t === 'f' && c.f.startsWith('(COUNT('));
  edit(
    'summary-months-cached',
    'Summary: months with data, the cached result of its formula 3 → 12',
    en,
    'summary',
    (x) =>
      x.replace(
        new RegExp(`(<c r="${months}"[^>]*>[\\s\\S]*?<v>)[^<]*(</v>)`),
        (_m, open: string, close: string) => `${open}12${close}`,
      ),
    months,
  );
  const grid = find(en.built, 'factors', numberIs(0.797));
  edit(
    'factors-grid',
    'Factors: grid factor 0.797 → 0.478 (moves every CO2e)',
    en,
    'factors',
    (x) => setCell(x, grid, 0.478),
    grid,
  );
  const investment = pkg.project?.investmentMnt;
  if (investment !== undefined) {
    const ref = find(en.built, 'project', numberIs(investment));
    edit(
      'project-investment',
      'Green project: investment halved',
      en,
      'project',
      (x) => setCell(x, ref, Math.round(investment / 2)),
      ref,
    );
  }
  const turnover = find(en.built, 'profile', numberIs(pkg.organisation.annualTurnoverMnt));
  edit(
    'profile-turnover',
    'Profile: annual turnover doubled',
    en,
    'profile',
    (x) => setCell(x, turnover, pkg.organisation.annualTurnoverMnt * 2),
    turnover,
  );
  const employees = find(mn.built, 'profile', numberIs(pkg.organisation.employees));
  edit(
    'profile-employees-mn',
    'Profile: employees 50 → 200 (Mongolian workbook)',
    mn,
    'profile',
    (x) => setCell(x, employees, 200),
    employees,
  );
  // every visible sheet: its last row's label, and its last formula replaced by a typed number
  for (const sheet of en.built.spec.sheets.filter((s) => s.state === 'visible')) {
    const { label, formula } = lastLabelAndFormula(sheet);
    if (label)
      edit(
        `${sheet.key}-label`,
        `${sheet.name}: the label ${label} edited`,
        en,
        sheet.key,
        (x) => setCell(x, label, 'Edited by hand'),
        label,
      );
    if (formula)
      edit(
        `${sheet.key}-formula`,
        `${sheet.name}: the formula in ${formula} typed over`,
        en,
        sheet.key,
        (x) => setCell(x, formula, 12_345),
        formula,
      );
  }
  // rows: one deleted, one added, two trading places
  const employeesRow = rowOf(find(en.built, 'profile', numberIs(pkg.organisation.employees)));
  edit('row-deleted-profile', 'Profile: the Employees row deleted', en, 'profile', (x) =>
    deleteRow(x, employeesRow),
  );
  const metricRow = rowOf(find(en.built, 'metrics', textStarts('Electricity')));
  edit(
    'row-deleted-metrics',
    'Metrics: the electricity row of a year block deleted',
    en,
    'metrics',
    (x) => deleteRow(x, metricRow),
  );
  const headline = rowOf(find(en.built, 'summary', textIs('Green loan eligibility')));
  edit('row-added-summary', 'Summary: a headline row added', en, 'summary', (x) =>
    insertRow(x, headline, ['Green loan eligibility', 'Eligible', 'Green']),
  );
  const legend = sheetOf(en.built, 'legend');
  edit('row-moved-legend', 'Legend: two rows trade places', en, 'legend', (x) =>
    swapRows(x, 3, legend.rows.length),
  );
  cases.push(
    {
      id: 'forged-hidden-sha256',
      title: 'hidden data, visible cell and record forged, plain SHA-256 recomputed',
      bytes: forgeEmployees(en.bytes, en.built, pkg, 200, false),
      verdict: 'invalid',
    },
    {
      id: 'forged-hidden-unsigned',
      title: 'the same forgery with the signature row removed',
      bytes: forgeEmployees(en.bytes, en.built, pkg, 200, true),
      verdict: 'unsigned',
    },
  );
  return cases;
}
