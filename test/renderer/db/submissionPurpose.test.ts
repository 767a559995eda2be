// The repository that stores a submission refuses a monitoring report, whichever screen or
// command hands it one: a report is never stored as a new application.
import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { monitoringReportPackage } from '../../../shared/monitoring/reportPackage';
import {
  storeSubmission,
  WrongPurposeError,
} from '../../../renderer/src/db/repositories/submissions';
import { freshDb } from './helpers';

describe('storing a submission', () => {
  it('refuses a monitoring report and writes nothing', async () => {
    const db = freshDb();
    const report = monitoringReportPackage(generatePackage(3, 24, ACTIVE_PACK), 2024);
    const refused = storeSubmission(report, { fileName: 'report.xlsx' }, db);
    await expect(refused).rejects.toBeInstanceOf(WrongPurposeError);
    await expect(refused).rejects.toThrow(/monitoring report for 2024, not a loan application/);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.applications.count()).toBe(0);
    expect(await db.auditEvents.count()).toBe(0);
  });

  it('stores the application the report was cut from', async () => {
    const db = freshDb();
    await storeSubmission(generatePackage(3, 24, ACTIVE_PACK), { fileName: 'app.xlsx' }, db);
    expect(await db.applications.count()).toBe(1);
  });
});
