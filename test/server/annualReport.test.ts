// The E&S unit's annual report from the server's synced data: every figure hand-counted from the
// rows pushed below, texts never formulas, refused to officers, in English and Mongolian.
import type { FastifyInstance } from 'fastify';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExcelJs, type Worksheet } from '../../adapters/excel/loadExcelJs';
import { ADMIN_URL, auth, put, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('bank server: annual E&S report', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
    const push = async (who: Who, changes: ReturnType<typeof put>[]) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(tokens[who]),
        payload: { changes },
      });
      expect(r.statusCode, r.body).toBe(200);
    };
    await push('north1', [
      put('organisations', 'org-dye', {
        nameMn: 'Будах ХХК',
        nameEn: 'Dye LLC',
        processes: ['dyeing', 'spinning'],
      }),
      put('organisations', 'org-sew', {
        nameMn: '=HYPERLINK("http://x","y")',
        nameEn: '',
        processes: ['garment'],
      }),
      // A: 300 M, wet, green MGT-EE eligible, exclusion EX-02 hit.
      put('applications', 'app-1', {
        orgId: 'org-dye',
        status: 'approved',
        amountMnt: 300_000_000,
        category: 'A',
        greenDecision: 'eligible',
        taxonomyCode: 'MGT-EE',
        exclusionHits: ['EX-02'],
        importedAt: '2026-03-01T00:00:00Z',
      }),
      // C: 100 M, dry, subject to verification MGT-EE, screened clear.
      put('applications', 'app-2', {
        orgId: 'org-sew',
        status: 'in_review',
        amountMnt: 100_000_000,
        category: 'C',
        greenDecision: 'eligible_subject_to_verification',
        taxonomyCode: 'MGT-EE',
        exclusionHits: [],
        importedAt: '2026-05-01',
      }),
      // Received in 2027: left out of 2026.
      put('applications', 'app-late', {
        orgId: 'org-sew',
        status: 'received',
        amountMnt: 7,
        importedAt: '2027-01-02',
      }),
      // Overdue on 2026-12-31 by 30 days (deadline 1 Dec), a condition precedent.
      put('esapItems', 'esap-1', {
        applicationId: 'app-1',
        action: { en: 'Get the wastewater permit', mn: 'Бохир усны зөвшөөрөл авах' },
        deadline: '2026-12-01',
        status: 'open',
        conditionPrecedent: true,
      }),
      // Closed, and not yet due: neither is overdue.
      put('esapItems', 'esap-2', {
        applicationId: 'app-1',
        action: 'Train staff',
        deadline: '2026-06-01',
        status: 'done',
      }),
      put('esapItems', 'esap-3', {
        applicationId: 'app-2',
        action: 'Fit a meter',
        deadline: '2027-02-01',
        status: 'open',
      }),
      // Overdue by 61 days (31 Oct → 31 Dec); its borrower's name looks like a formula.
      put('esapItems', 'esap-4', {
        applicationId: 'app-2',
        action: 'Label the chemicals store',
        deadline: '2026-10-31',
        status: 'in_progress',
      }),
    ]);
    await push('south1', [
      // B: 600 M, no organisation synced, green MGT-RE eligible, no exclusion result recorded.
      put('applications', 'app-3', {
        orgId: 'org-x',
        status: 'approved',
        amountMnt: 600_000_000,
        category: 'B',
        greenDecision: 'eligible',
        taxonomyCode: 'MGT-RE',
      }),
      // Unreadable: no amount.
      put('applications', 'app-bad', { status: 'approved' }),
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const fetchReport = (who: Who, query: string) =>
    app.inject({
      method: 'GET',
      url: `/api/reports/annual-es?${query}`,
      headers: auth(tokens[who]),
    });
  const read = async (body: Buffer) => {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb;
  };
  /** The row whose first cell is `label`, as plain values. */
  const rowOf = (ws: Worksheet, label: string): unknown[] => {
    for (let r = 1; r <= ws.rowCount; r++) {
      const values = ws.getRow(r).values as unknown[];
      if (values[1] === label) return values.slice(1);
    }
    throw new Error(`no row ${label} on ${ws.name}`);
  };

  it('counts exposure, exclusion hits, green volume, overdue ESAP items and branches', async () => {
    const r = await fetchReport('es', 'year=2026&lang=en&asOf=2026-12-31');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/annual_ES_report_2026_EN\.xlsx/);
    writeFileSync('/tmp/gt-annual-es-2026-en.xlsx', r.rawPayload);
    const wb = await read(r.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Exposure',
      'Exclusion list',
      'Green by taxonomy',
      'Overdue ESAP',
      'By branch',
    ]);
    const summary = wb.getWorksheet('Summary')!;
    // 3 applications of 2026 readable (app-late is 2027, app-bad unreadable): 300+100+600 = 1,000 M.
    expect(rowOf(summary, 'Applications')).toEqual(['Applications', 3]);
    expect(rowOf(summary, 'Amount (MNT)')).toEqual(['Amount (MNT)', 1_000_000_000]);
    // Green: eligible only, app-1 300 M + app-3 600 M = 900 M (app-2 awaits verification).
    expect(rowOf(summary, 'Green loans (eligible), MNT')[1]).toBe(900_000_000);
    expect(rowOf(summary, 'Applications with an exclusion-list hit')[1]).toBe(1);
    expect(rowOf(summary, 'Overdue ESAP items')[1]).toBe(2);
    const notes = (summary.getColumn(1).values as unknown[]).join('\n');
    expect(notes).toMatch(/1 applications received after this year are left out/);
    expect(notes).toMatch(/1 applications have no exclusion-list result recorded/);
    expect(notes).toMatch(/1 synced records could not be read.*applications\/app-bad/);

    const exposure = wb.getWorksheet('Exposure')!;
    // Shares of 1,000 M: A 0.3, B 0.6, C 0.1; wet (org-dye) 300 M, dry (org-sew) 100 M, unknown 600 M.
    expect(
      rowOf(exposure, 'A / High: significant, diverse or irreversible impacts').slice(1),
    ).toEqual([1, 300_000_000, 0.3]);
    expect(rowOf(exposure, 'C / Low: minimal or no adverse impact').slice(1)).toEqual([
      1, 100_000_000, 0.1,
    ]);
    expect(rowOf(exposure, 'Wet processing (scouring, dyeing or finishing)').slice(1)).toEqual([
      1, 300_000_000, 0.3,
    ]);
    expect(rowOf(exposure, 'Processes not recorded').slice(1)).toEqual([1, 600_000_000, 0.6]);

    const exclusions = wb.getWorksheet('Exclusion list')!;
    const ex2 = (exclusions.getColumn(2).values as unknown[]).indexOf('EX-02');
    expect(exclusions.getRow(ex2).getCell(3).value).toBe(1);
    expect(exclusions.getRow(ex2).getCell(4).value).toBe(300_000_000);

    const green = wb.getWorksheet('Green by taxonomy')!;
    const ee = (green.getColumn(2).values as unknown[]).indexOf('MGT-EE');
    // MGT-EE: app-1 eligible (300 M), app-2 subject to verification (100 M).
    expect((green.getRow(ee).values as unknown[]).slice(3)).toEqual([
      1, 300_000_000, 1, 100_000_000,
    ]);
    expect(rowOf(green, 'Total').slice(2)).toEqual([2, 900_000_000, 1, 100_000_000]);

    const overdue = wb.getWorksheet('Overdue ESAP')!;
    // Counted at 31 Dec 2026, most overdue first: 31 Oct is 61 days late, 1 Dec is 30.
    expect((overdue.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Darkhan branch',
      '=HYPERLINK("http://x","y")',
      'Label the chemicals store',
      '31 October 2026',
      61,
      'no',
    ]);
    expect((overdue.getRow(5).values as unknown[]).slice(1)).toEqual([
      'Darkhan branch',
      'Dye LLC',
      'Get the wastewater permit',
      '1 December 2026',
      30,
      'yes',
    ]);
    // The borrower named like a formula is a text cell (exceljs ValueType.String = 3).
    expect(overdue.getRow(4).getCell(2).type).toBe(3);
    const branches = wb.getWorksheet('By branch')!;
    expect(rowOf(branches, 'Dalanzadgad branch').slice(1)).toEqual([
      1, 600_000_000, 0.6, 600_000_000, 0, 0,
    ]);
    // Darkhan: app-1 300 M + app-2 100 M = 400 M (0.4), green 300 M, one category A, 2 overdue.
    expect(rowOf(branches, 'Darkhan branch').slice(1)).toEqual([
      2, 400_000_000, 0.4, 300_000_000, 1, 2,
    ]);

    // No cell anywhere is a formula; the borrower named "=HYPERLINK(…)" is text.
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined()),
      );
    }
  });

  it('writes the same report in Mongolian, and refuses officers and bad years', async () => {
    const r = await fetchReport('admin', 'year=2026&lang=mn&asOf=2026-12-31');
    expect(r.statusCode).toBe(200);
    writeFileSync('/tmp/gt-annual-es-2026-mn.xlsx', r.rawPayload);
    const wb = await read(r.rawPayload);
    expect(wb.worksheets[0]?.name).toBe('Хураангуй');
    expect(rowOf(wb.getWorksheet('Хураангуй')!, 'Өргөдөл')).toEqual(['Өргөдөл', 3]);
    const overdue = wb.getWorksheet('Хугацаа хэтэрсэн арга хэмжээ')!;
    expect(overdue.getRow(5).getCell(3).value).toBe('Бохир усны зөвшөөрөл авах');
    expect((await fetchReport('north1', 'year=2026')).statusCode).toBe(403);
    const bad = await fetchReport('es', 'year=26');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/year/);
  });
});
