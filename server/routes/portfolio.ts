// Head office: the portfolio across branches.
import type { FastifyInstance } from 'fastify';
import { summarisePortfolio } from '../../shared/sync/portfolio';
import type { Pool } from '../db';
import { requireRole } from '../request';

export async function loadApplications(
  pool: Pool,
): Promise<{ branchId: string; recordId: string; data: unknown }[]> {
  const r = await pool.query<{ branch_id: string; record_id: string; data: unknown }>(
    `SELECT branch_id, record_id, data FROM records
      WHERE table_name = 'applications' AND NOT deleted ORDER BY branch_id, record_id`,
  );
  return r.rows.map((row) => ({
    branchId: row.branch_id,
    recordId: row.record_id,
    data: row.data,
  }));
}

export function registerPortfolioRoutes(app: FastifyInstance, pool: Pool): void {
  app.get('/api/portfolio', async (request) => {
    requireRole(request, 'es_unit', 'admin');
    return summarisePortfolio(await loadApplications(pool));
  });
}
