// The VCP and E&S sheets say where the firm's own data contradicts an answer, in the reader's
// language, with the same sentence as the app's screens (shared/words/contradictionWords.ts),
// and carry the officer's reason where the officer's result stands against the data.
// Hand-worked: MNT 780,000 in April 2025 against the MNT 792,000 in force (reference §6).
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { PERMIT_KINDS, type Language } from '../../../shared/package/enums';
import type { ApplicationPackage, EsCheckResult } from '../../../shared/package/schema';
import { buildWorkbookSpec, type SheetSpec } from '../../../shared/workbook';

const REASON = 'Payslips seen on site: the April arrears were paid in May.';

function paidBelowMinimum(check?: EsCheckResult): ApplicationPackage {
  const pkg = generatePackage(11, 12, ACTIVE_PACK);
  pkg.organisation.processes = ['garment'];
  pkg.organisation.permits = PERMIT_KINDS.filter((k) => k !== 'other').map((kind, i) => ({
    id: `permit-${i}`,
    kind,
    number: `N-${i}`,
    issuedBy: 'Authority',
  }));
  const answers: Record<string, { answer: 'yes' }> = {};
  for (const item of ACTIVE_PACK.vcpItems) answers[item.id] = { answer: 'yes' };
  pkg.vcp = { packVersion: ACTIVE_PACK.version, status: 'submitted', version: 1, answers };
  pkg.periods = pkg.periods.map((p, i) => ({
    ...p,
    period: `2025-${String(i + 1).padStart(2, '0')}`,
    values: {
      ...p.values,
      'labour.lowest_wage_mnt': { value: i === 3 ? 780_000 : 2_000_000, unit: 'MNT' },
      'labour.lost_time_injuries': { value: 0, unit: 'count' },
    },
  }));
  pkg.es = { exclusions: {}, checks: check ? { 'ES-LAB-02': check } : {}, documentsReceived: [] };
  return pkg;
}

function sheets(pkg: ApplicationPackage, language: Language) {
  const built = buildWorkbookSpec({
    pkg,
    pack: ACTIVE_PACK,
    results: scorePackage(pkg, ACTIVE_PACK),
    language,
    charts: null,
  });
  const of = (key: string) => built.spec.sheets.find((s) => s.key === key)!;
  return { vcp: of('vcp'), es: of('es') };
}

/** The row of `id` as texts, with the header texts to read columns by their titles. */
function rowOf(sheet: SheetSpec, id: string): Record<string, string> {
  const header = sheet.rows[0]!.map((c) => (c?.t === 's' ? c.v : ''));
  const row = sheet.rows.find((r) => r[0]?.t === 's' && r[0].v === id)!;
  return Object.fromEntries(header.map((h, i) => [h, row[i]?.t === 's' ? row[i].v : '']));
}

describe('VCP and E&S sheets: against the firm’s own data', () => {
  it('says the payroll contradicts "we pay at least the minimum wage", in both languages', () => {
    const pkg = paidBelowMinimum();
    const en = sheets(pkg, 'en');
    expect(rowOf(en.vcp, 'VCP-LA-02')['Against the firm’s own data']).toBe(
      'Payroll figures show a lowest monthly wage below the minimum wage in force in April 2025 (lowest 780,000 ₮ in April 2025, minimum 792,000 ₮): so it counts as “No”.',
    );
    expect(rowOf(en.es, 'ES-LAB-02')['Against the firm’s own data']).toBe(
      'Payroll figures show a lowest monthly wage below the minimum wage in force in April 2025 (lowest 780,000 ₮ in April 2025, minimum 792,000 ₮): so it is a finding (High).',
    );
    // an answer the data does not speak to has an empty cell
    expect(rowOf(en.vcp, 'VCP-ENV-01')['Against the firm’s own data']).toBe('');
    const mn = sheets(pkg, 'mn');
    const words = rowOf(mn.vcp, 'VCP-LA-02')['Компанийн өөрийн тоо баримттай зөрчилдөх нь']!;
    expect(words).toContain('2025 оны 4-р сард хамгийн бага 780,000 ₮, доод хэмжээ 792,000 ₮');
    expect(words).toMatch(/«Үгүй» гэж тооцно\.$/);
  });

  it('shows the officer’s reason where the officer’s "ok" stands against the data', () => {
    const saved = { result: 'ok', confirmed: true, dataOverrideReason: REASON } as const;
    const { es } = sheets(paidBelowMinimum(saved), 'en');
    const row = rowOf(es, 'ES-LAB-02');
    expect(row['Officer’s reason']).toBe(REASON);
    expect(row['Against the firm’s own data']).toMatch(
      /^Payroll figures show .*: the officer’s result stands against it, with the reason beside it\.$/,
    );
  });

  it('marks each contradiction with the amber warning style, and only those cells', () => {
    for (const language of ['en', 'mn'] as const) {
      const { vcp, es } = sheets(paidBelowMinimum(), language);
      for (const [sheet, id] of [
        [vcp, 'VCP-LA-02'],
        [es, 'ES-LAB-02'],
      ] as const) {
        const col = sheet.rows[0]!.length - (sheet === es ? 2 : 1);
        const row = sheet.rows.find((r) => r[0]?.t === 's' && r[0].v === id)!;
        expect(row[col]).toMatchObject({ t: 's', style: 'warn' });
        // a row the data does not contradict has no warning
        const quiet = sheet.rows.slice(1).find((r) => r[0]?.t === 's' && r[col] == null);
        expect(quiet).toBeDefined();
      }
    }
  });
});
