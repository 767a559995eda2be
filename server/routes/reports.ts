// Head office's annual E&S report, from what officers have synced.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildAnnualEsReport, reportAsOf } from '../../shared/reports/annualEsReport';
import { BANK_ZONE, todayIn } from '../../shared/package/calendarDay';
import type { Pool } from '../db';
import { parseInput, requireRole } from '../request';
import { writeAnnualEsWorkbook } from '../../adapters/excel/annualEsWorkbook';

const query = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  lang: z.enum(['en', 'mn']).default('en'),
  /** The day overdue is counted at (YYYY-MM-DD); by default 31 December, or today (in the bank's zone) within the year. */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf is a date, YYYY-MM-DD' })
    .optional(),
});

export function registerReportRoutes(app: FastifyInstance, pool: Pool): void {
  app.get('/api/reports/annual-es', async (request, reply) => {
    requireRole(request, 'es_unit', 'admin');
    const { year, lang, asOf: asked } = parseInput(query, request.query);
    const asOf = asked ?? reportAsOf(year, todayIn(BANK_ZONE));
    const records = await pool.query<{
      table_name: string;
      branch_id: string;
      record_id: string;
      data: unknown;
    }>(
      `SELECT table_name, branch_id, record_id, data FROM records
        WHERE NOT deleted AND table_name IN ('applications', 'organisations', 'esapItems', 'actions')
        ORDER BY table_name, record_id`,
    );
    const branches = await pool.query<{ id: string; name: string }>(
      'SELECT id, name FROM branches ORDER BY id',
    );
    const report = buildAnnualEsReport({
      rows: records.rows.map((r) => ({
        table: r.table_name,
        branchId: r.branch_id,
        recordId: r.record_id,
        data: r.data,
      })),
      branches: branches.rows,
      year,
      asOf,
      language: lang,
    });
    const file = Buffer.from(await writeAnnualEsWorkbook(report));
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="GreenThread_annual_ES_report_${year}_${lang.toUpperCase()}.xlsx"`,
      )
      .send(file);
  });
}
