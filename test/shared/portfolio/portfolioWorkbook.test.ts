import { describe, expect, it } from 'vitest';
import enOfficer from '../../../renderer/src/i18n/locales/en/officer.json';
import mnOfficer from '../../../renderer/src/i18n/locales/mn/officer.json';
import enScreening from '../../../renderer/src/i18n/locales/en/screening.json';
import mnScreening from '../../../renderer/src/i18n/locales/mn/screening.json';
import { portfolioStats } from '../../../shared/portfolio/portfolioModel';
import { toPortfolioRow, type PortfolioSource } from '../../../shared/portfolio/portfolioRow';
import { buildPortfolioSpec } from '../../../shared/portfolio/portfolioWorkbook';
import {
  APPLICATION_STATUS_WORDS,
  MONITORING_KIND_WORDS,
} from '../../../shared/portfolio/portfolioWords';
import type { CellSpec } from '../../../shared/workbook/spec';

const base: PortfolioSource = {
  id: 'app-1',
  orgId: 'org-1',
  nameMn: 'Говь Ноолуур ХХК',
  nameEn: 'Gobi Cashmere',
  registrationNo: '5012345',
  status: 'approved',
  category: 'B',
  suggestedCategory: 'C',
  greenDecision: 'eligible',
  amountMnt: 800e6,
  taxonomyCode: 'MGT-2',
  womenLed: true,
  importedAt: '2026-03-02T08:00:00.000Z',
  findings: 3,
  co2AvoidedT: 412.5,
  schedule: [
    { kind: 'site_visit', due: '2026-11-30' },
    { kind: 'es_report', due: '2027-03-01' },
  ],
  esap: [
    {
      id: 'E1',
      action: '=HYPERLINK("x") fire extinguishers',
      deadline: '2026-12-01',
      status: 'open',
      conditionPrecedent: true,
    },
    { id: 'E2', action: 'Chemical store', deadline: '2027-01-20', status: 'in_progress' },
  ],
};

const value = (c: CellSpec | undefined) => (c && 't' in c && c.t !== 'f' ? c.v : null);

describe('the portfolio workbook', () => {
  const rows = [
    toPortfolioRow(base, '2026-12-03'),
    toPortfolioRow(
      {
        ...base,
        id: 'app-2',
        nameMn: 'Шинэ ХХК',
        status: 'declined',
        category: undefined,
        findings: undefined,
        schedule: [],
        esap: [],
        amountMnt: 50e6,
      },
      '2026-12-03',
    ),
  ];
  const stats = portfolioStats(rows);

  it('lists findings, open conditions precedent, next due date, CO2 and overdue items', () => {
    const spec = buildPortfolioSpec(rows, stats, 'en', '2026-12-03T10:00:00Z');
    const [sheet] = spec.sheets;
    const head = sheet?.rows[0]?.map(value) ?? [];
    const first = sheet?.rows[1] ?? [];
    const at = (h: string) => value(first[head.indexOf(h)]);
    expect(at('E&S category (officer)')).toBe('B');
    expect(at('Category the screening suggests')).toBe('C');
    expect(at('Findings')).toBe(3);
    expect(at('Open conditions precedent')).toBe('=HYPERLINK("x") fire extinguishers');
    // On 3 December 2026 the 30 November visit and the 1 December CP are overdue; next is E2.
    expect(at('Next due date')).toBe('20 January 2027');
    expect(at('What is due next')).toBe('ESAP item: Chemical store');
    expect(at('CO2 avoided (t a year)')).toBe(412.5);
    expect(at('Overdue items')).toBe(2);
    expect(at('Overdue: date and what')).toBe(
      '30 November 2026: Site visit by the bank\n1 December 2026: ESAP item (condition precedent): =HYPERLINK("x") fire extinguishers',
    );
    // A text that looks like a formula stays text: no formula cell anywhere.
    expect(spec.sheets.flatMap((s) => s.rows.flat()).some((c) => c?.t === 'f')).toBe(false);
    const second = sheet?.rows[2] ?? [];
    expect(value(second[head.indexOf('E&S category (officer)')])).toBe('Not screened');
    expect(value(second[head.indexOf('Findings')])).toBe('Not screened');
  });

  it('totals by status keep the declined amount out of the portfolio total', () => {
    const spec = buildPortfolioSpec(rows, stats, 'en', '2026-12-03T10:00:00Z');
    const totals = spec.sheets[1]?.rows.map((r) => r.map(value)) ?? [];
    expect(totals).toContainEqual(['All applications in this export', null, 2, 850e6]);
    expect(totals).toContainEqual(['By status', 'Declined', 1, 50e6]);
    expect(totals).toContainEqual(['Received, in review or approved', null, 1, 800e6]);
    expect(totals).toContainEqual(['By E&S category', 'B', 1, 800e6]);
    expect(totals).toContainEqual(['Green loans by taxonomy category', 'MGT-2', 1, 800e6]);
    expect(totals).toContainEqual(['CO2 avoided by green loans (t a year)', null, 412.5, null]);
  });

  it('is written in Mongolian with every header in Mongolian', () => {
    const spec = buildPortfolioSpec(rows, stats, 'mn', '2026-12-03T10:00:00Z');
    const head = spec.sheets[0]?.rows[0]?.map(value) ?? [];
    expect(head).toContain('Дараагийн хугацаа');
    for (const h of head) expect(String(h)).toMatch(/[А-Яа-яӨөҮүЁё]/);
    expect(value(spec.sheets[0]?.rows[1]?.[3])).toBe('Зөвшөөрсөн');
    // dates as Mongolian forms write them, the import by its day in Ulaanbaatar
    const row = spec.sheets[0]?.rows[1]?.map(value) ?? [];
    expect(row).toContain('2026.03.02');
    expect(row).toContain('2027.01.20');
    expect(row.some((v) => /^\d{4}-\d{2}-\d{2}/m.test(String(v)))).toBe(false);
  });

  it('uses the screens’ words for statuses and schedule items (no drift)', () => {
    for (const [k, [en, mn]] of Object.entries(APPLICATION_STATUS_WORDS)) {
      expect(en).toBe(enOfficer.status[k as keyof typeof enOfficer.status]);
      expect(mn).toBe(mnOfficer.status[k as keyof typeof mnOfficer.status]);
    }
    for (const [k, [en, mn]] of Object.entries(MONITORING_KIND_WORDS)) {
      const key = k as keyof typeof enScreening.monitoring.kind;
      expect(en).toBe(enScreening.monitoring.kind[key]);
      expect(mn).toBe(mnScreening.monitoring.kind[key]);
    }
  });
});
