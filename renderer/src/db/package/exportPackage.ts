import type { Language } from '../../../../shared/package/enums';
import type { ApplicationPackage, PeriodData } from '../../../../shared/package/schema';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  applicationPackageSchema,
  factorOverridesSchema,
} from '../../../../shared/package/schema';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { actionFromRow, listActions } from '../repositories/actions';
import { DEFAULT_PACK_ID, DEFAULT_PACK_VERSION, findAssessment } from '../repositories/assessments';
import { listEvidenceLinks, listEvidenceOfOrganisation } from '../repositories/evidence';
import { getOrganisationSetting } from '../repositories/organisationSettings';
import { organisationFromRow } from '../repositories/organisations';
import { listPeriods } from '../repositories/periods';
import { getProfile } from '../repositories/profile';
import { getProject, projectFromRow } from '../repositories/projects';
import type { EvidenceLinkRow } from '../types';

export interface ExportOptions {
  preparedBy?: string;
  language?: Language;
  appVersion?: string;
  /** Fixed in tests; now otherwise. */
  createdAt?: string;
}

function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
}

/** Union of the hashes a row already lists and the ones linked to it in the database. */
function withLinks(
  listed: readonly string[] | undefined,
  links: EvidenceLinkRow[],
  key: string,
): string[] | undefined {
  const all = new Set([
    ...(listed ?? []),
    ...links.filter((l) => l.targetKey === key).map((l) => l.sha),
  ]);
  return all.size > 0 ? [...all].sort().slice(0, 50) : undefined;
}

/** Builds an application package of one organisation, valid against applicationPackageSchema. */
export async function exportPackage(
  orgId: string,
  options: ExportOptions = {},
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationPackage> {
  return database.transaction('r', database.tables, async () => {
    const row = await database.organisations.get(orgId);
    if (!row) throw new NotFoundError(`Organisation ${orgId} does not exist.`);
    const [periods, vcp, es, project, actions, evidence, links, profile, overrides] =
      await Promise.all([
        listPeriods(orgId, database),
        findAssessment(orgId, 'vcp', undefined, database),
        findAssessment(orgId, 'es', undefined, database),
        getProject(orgId, database),
        listActions(orgId, database),
        listEvidenceOfOrganisation(orgId, database),
        listEvidenceLinks(orgId, database),
        getProfile(database),
        getOrganisationSetting(orgId, 'factorOverrides', database),
      ]);

    const periodData = periods.map((p): PeriodData => {
      const values: PeriodData['values'] = {};
      for (const [metricId, v] of Object.entries(p.values)) {
        const ev = withLinks(v.evidence, links, `metric:${metricId}@${p.period}`);
        values[metricId as keyof PeriodData['values']] = { ...v, ...(ev ? { evidence: ev } : {}) };
      }
      return { period: p.period, values };
    });

    const pkg: ApplicationPackage = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      packId: vcp?.packId ?? es?.packId ?? DEFAULT_PACK_ID,
      packVersion: vcp?.packVersion ?? es?.packVersion ?? DEFAULT_PACK_VERSION,
      appVersion: options.appVersion ?? appVersion(),
      createdAt: options.createdAt ?? new Date().toISOString(),
      preparedBy: options.preparedBy ?? profile?.name ?? '',
      language: options.language ?? profile?.language ?? 'mn',
      organisation: organisationFromRow(row),
      periods: periodData,
      actions: actions.map((a) => {
        const ev = withLinks(a.evidence, links, `action:${a.id}`);
        return { ...actionFromRow(a), ...(ev ? { evidence: ev } : {}) };
      }),
      evidence: evidence.map((e) => ({ sha256: e.sha, name: e.name, type: e.type, size: e.size })),
    };
    if (vcp?.instrument === 'vcp') {
      const answers = Object.fromEntries(
        Object.entries(vcp.answers).map(([itemId, a]) => {
          const ev = withLinks(a.evidence, links, `answer:${itemId}`);
          return [itemId, { ...a, ...(ev ? { evidence: ev } : {}) }];
        }),
      );
      pkg.vcp = {
        packVersion: vcp.packVersion,
        status: vcp.status,
        version: vcp.version,
        answers,
        ...(vcp.submittedAt ? { submittedAt: vcp.submittedAt } : {}),
      };
    }
    if (es?.instrument === 'es') pkg.es = es.screening;
    if (project) pkg.project = projectFromRow(project);
    const fo = factorOverridesSchema.safeParse(overrides);
    if (fo.success) pkg.factorOverrides = fo.data;
    return validate(applicationPackageSchema, pkg, 'The exported package');
  });
}
