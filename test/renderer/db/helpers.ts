import { GreenThreadDb } from '../../../renderer/src/db/db';
import type { ApplicationPackage, Organisation } from '../../../shared/package/schema';

/** A database of its own for each test, so tests never see each other's rows. */
export function freshDb(): GreenThreadDb {
  return new GreenThreadDb(`t-${crypto.randomUUID()}`);
}

export function sampleOrganisation(id = 'org-1', nameMn = 'Говь Ноолуур ХХК'): Organisation {
  return {
    id,
    nameMn,
    nameEn: 'Gobi Cashmere LLC',
    registrationNo: '5012345',
    aimag: 'Улаанбаатар',
    district: 'Хан-Уул',
    address: '3-р хороо',
    processes: ['sorting', 'scouring', 'dehairing'],
    employees: 120,
    annualTurnoverMnt: 6_500_000_000,
    womenOwnershipPct: 51,
    womenSeniorMgmtPct: 40,
    certifications: ['MNS6926'],
    permits: [{ id: 'p1', kind: 'water_use', number: 'WU-77', expiresOn: '2027-03-31' }],
  };
}

export const SHA_A = 'a'.repeat(64);
export const SHA_B = 'b'.repeat(64);

export function samplePackage(orgId = 'org-pkg'): ApplicationPackage {
  return {
    format: 'greenthread-application',
    formatVersion: 1,
    packId: 'gt-textile-mn',
    packVersion: '1.0.0',
    appVersion: '0.1.0',
    createdAt: '2026-02-01T08:00:00.000Z',
    preparedBy: 'Батаа',
    language: 'mn',
    organisation: sampleOrganisation(orgId),
    periods: [
      {
        period: '2025-01',
        values: {
          'energy.electricity': { value: 41_000, unit: 'kWh', evidence: [SHA_A] },
          'energy.coal': { value: 55, unit: 't', ncvKcalPerKg: 3400 },
        },
      },
      { period: '2025-02', values: { 'energy.electricity': { value: 39_500, unit: 'kWh' } } },
    ],
    vcp: {
      packVersion: '1.0.0',
      status: 'draft',
      version: 1,
      answers: {
        'VCP-EN-01': { answer: 'yes', evidence: [SHA_A] },
        'VCP-WA-02': { answer: 'partly', comment: 'meter installed in March' },
      },
    },
    es: {
      exclusions: { 'EX-01': { hit: false } },
      checks: { 'ES-PERMIT-1': { result: 'ok', confirmed: true } },
      documentsReceived: ['doc-permit'],
    },
    project: {
      title: 'Boiler replacement',
      measure: 'boiler',
      taxonomyCode: 'EE-1',
      investmentMnt: 350_000_000,
      lifetimeYears: 15,
      baseline: {
        productionKg: 100_000,
        electricityKwh: 480_000,
        heatGcal: 0,
        coalT: 660,
        dieselL: 0,
        waterM3: 9000,
      },
      projected: {
        productionKg: 100_000,
        electricityKwh: 470_000,
        heatGcal: 0,
        coalT: 480,
        dieselL: 0,
        waterM3: 9000,
      },
    },
    actions: [
      {
        id: 'act-1',
        source: { kind: 'vcp', ref: 'VCP-WA-02' },
        action: 'Install a water meter',
        priority: 'high',
        status: 'open',
        evidence: [SHA_B],
      },
      {
        id: 'act-2',
        source: { kind: 'manual' },
        action: 'Train staff on PPE',
        priority: 'medium',
        status: 'in_progress',
        deadline: '2026-06-30',
      },
    ],
    evidence: [
      { sha256: SHA_A, name: 'electricity-bill-jan.pdf', type: 'application/pdf', size: 120_000 },
      { sha256: SHA_B, name: 'meter-photo.jpg', type: 'image/jpeg', size: 80_000 },
    ],
    factorOverrides: { gridTco2PerMwh: 1.1 },
  };
}
