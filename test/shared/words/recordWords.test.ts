import { describe, expect, it } from 'vitest';
import { recordDifferences } from '../../../shared/words/recordWords';
import { fieldKey } from '../../../shared/sync/mergeByField';

const org = (employees: number, turnover: number) => ({
  id: 'org-1',
  nameEn: 'Darkhan Wool',
  employees,
  annualTurnoverMnt: turnover,
  rev: employees,
  updatedAt: `2025-01-0${String(employees % 9)}`,
});

describe('recordDifferences', () => {
  it('names the fields that differ as a person knows them, with values in words, in both languages', () => {
    const en = recordDifferences('organisations', org(300, 1_250_000), org(200, 900_000), 'en');
    expect(en).toEqual([
      {
        key: fieldKey(['annualTurnoverMnt']),
        label: 'Annual turnover',
        mine: '1,250,000 ₮',
        theirs: '900,000 ₮',
      },
      { key: fieldKey(['employees']), label: 'Employees', mine: '300', theirs: '200' },
    ]);
    const mn = recordDifferences('organisations', org(300, 1_250_000), org(200, 900_000), 'mn');
    expect(mn.map((d) => d.label)).toEqual(['Жилийн борлуулалтын орлого', 'Ажилтны тоо']);
  });

  it('reads a month of figures and an application status as the screens do, not as paths', () => {
    const period = (v: number) => ({
      orgId: 'org-1',
      period: '2024-03',
      values: { 'energy.electricity': { value: v } },
    });
    const [line] = recordDifferences('periods', period(10), period(12), 'en');
    expect(line?.label).toMatch(/^Monthly data › March 2024 › /);
    expect(line?.label).not.toContain('energy.electricity');
    expect(line).toMatchObject({ mine: '10', theirs: '12' });
    const app = (status: string) => ({ id: 'a', status, statusNote: status });
    const lines = recordDifferences('applications', app('approved'), app('declined'), 'mn');
    expect(lines.map((l) => l.label)).toEqual(['Төлөв', 'Хянагчийн тэмдэглэл']);
    expect(lines[0]?.mine).not.toBe('approved');
  });

  it('lists nothing when one side removed the record', () => {
    expect(recordDifferences('organisations', null, org(1, 1), 'en')).toEqual([]);
  });
});
