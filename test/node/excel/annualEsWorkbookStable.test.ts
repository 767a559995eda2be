// The annual E&S report is a function of its records and its day: the same report written at two
// moments holds the same parts, byte for byte. exceljs stamps a workbook's "modified" with the
// clock unless told; that second, deflated, once made two downloads differ by a byte.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAnnualEsWorkbook } from '../../../adapters/excel/annualEsWorkbook';
import { buildAnnualEsReport } from '../../../shared/reports/annualEsReport';
import { text, unzip } from './zipUtil';

const report = buildAnnualEsReport({
  rows: [
    {
      table: 'organisations',
      branchId: 'n',
      recordId: 'org-w',
      data: { nameMn: 'Будах', nameEn: 'Wet LLC', processes: ['dyeing'] },
    },
  ],
  branches: [{ id: 'n', name: 'North' }],
  year: 2025,
  asOf: '2025-12-31',
  language: 'mn',
});

async function writtenAt(moment: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(moment));
  try {
    return unzip(await writeAnnualEsWorkbook(report));
  } finally {
    vi.useRealTimers();
  }
}

describe('the annual E&S workbook', () => {
  afterEach(() => vi.useRealTimers());

  it('holds the same parts whenever it is written, dated by its report day', async () => {
    const early = await writtenAt('2026-01-05T08:00:01Z');
    const late = await writtenAt('2026-12-04T23:59:58Z');
    const core = text(early, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-31T00:00:00Z');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-31T00:00:00Z');
    expect(late.map((p) => p.name)).toEqual(early.map((p) => p.name));
    for (const part of early)
      expect(
        Buffer.from(late.find((p) => p.name === part.name)?.data ?? []).toString('utf8'),
        part.name,
      ).toBe(Buffer.from(part.data).toString('utf8'));
  });
});
