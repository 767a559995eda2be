// A small hand-written package for workbook tests (independent of the engine's generator).
import type { ApplicationPackage } from '../../../shared/package/schema';

export function samplePackage(): ApplicationPackage {
  return {
    format: 'greenthread-application',
    formatVersion: 1,
    packId: 'gt-textile',
    packVersion: '1.0.0',
    appVersion: '0.1.0',
    createdAt: '2026-03-01T09:00:00Z',
    preparedBy: 'Б. Сарангэрэл',
    language: 'mn',
    organisation: {
      id: 'org-1',
      nameMn: 'Ноолуур Трейд ХХК',
      nameEn: 'Nooluur Trade LLC',
      registrationNo: '5123456',
      aimag: 'Улаанбаатар',
      district: 'Хан-Уул',
      address: '=HYPERLINK("http://evil.example","click")',
      processes: ['sorting', 'scouring', 'dehairing'],
      employees: 85,
      annualTurnoverMnt: 4_200_000_000,
      womenOwnershipPct: 40,
      womenSeniorMgmtPct: 50,
      certifications: ['MNS6926'],
      permits: [{ id: 'p1', kind: 'water_use', number: 'W-12', expiresOn: '2027-06-30' }],
    },
    periods: [
      {
        period: '2025-01',
        values: {
          'production.output_kg': { value: 12_000, unit: 'kg' },
          'energy.electricity': { value: 52_000, unit: 'kWh' },
          'energy.district_heat': { value: 310, unit: 'Gcal' },
          'energy.coal': { value: 40, unit: 't', ncvKcalPerKg: 3300 },
          'energy.diesel': { value: 400, unit: 'L' },
          'water.municipal': { value: 900, unit: 'm3', note: '+1 meter replaced' },
        },
      },
      {
        period: '2025-02',
        values: {
          'production.output_kg': { value: 15_000, unit: 'kg' },
          'energy.electricity': { value: 55_500, unit: 'kWh' },
          'energy.district_heat': { value: 280, unit: 'Gcal' },
          'energy.coal': { value: 35, unit: 't' },
          'water.municipal': { value: 1_100, unit: 'm3' },
        },
      },
    ],
    vcp: {
      packVersion: '1.0.0',
      status: 'draft',
      version: 1,
      answers: {
        'VCP-EN-01': { answer: 'yes', comment: '@SUM(A1:A9)' },
        'VCP-WA-02': { answer: 'partly', comment: '-2+3' },
        'VCP-CH-01': { answer: 'no' },
      },
    },
    es: {
      exclusions: { 'EX-01': { hit: false } },
      checks: {
        'ES-EFF-01': { result: 'finding', severity: 'high', note: '\tTab first', confirmed: true },
        'ES-LAB-01': { result: 'ok', confirmed: false },
      },
      documentsReceived: ['DOC-1'],
    },
    actions: [
      {
        id: 'A1',
        source: { kind: 'es', ref: 'ES-EFF-01' },
        action: '=1+1 install a grease-recovery loop',
        priority: 'high',
        status: 'open',
        costMnt: 35_000_000,
        deadline: '2026-09-30',
      },
    ],
    evidence: [
      {
        sha256: 'a'.repeat(64),
        name: 'water-permit.pdf',
        type: 'application/pdf',
        size: 120_345,
      },
    ],
  };
}
