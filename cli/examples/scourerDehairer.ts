// The example package docs/examples/scourer-dehairer.package.json: a fictional Ulaanbaatar
// scourer-dehairer with 12 months of 2025 data. Every number is an illustrative default [D]
// shaped by domain/realism.md (seasons, yields, carriers, wages) and reference.md §4–6.
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import type { CriteriaPack } from '../../shared/catalogue/types';
import { sha256HexOfText } from '../../shared/crypto/sha256';
import { RAW_KG_PER_DEHAIRED_KG } from '../../shared/demo/profiles';
import type { Answer } from '../../shared/package/enums';
import type { ApplicationPackage, PeriodData } from '../../shared/package/schema';

/** Share of the year's ~300 t of raw cashmere handled each month: combing in spring, peak in summer. */
const SEASON = [0.04, 0.04, 0.05, 0.07, 0.11, 0.13, 0.13, 0.12, 0.11, 0.09, 0.06, 0.05];
/** District heat for space heating (Gcal): October–April, January coldest. */
const HEAT_GCAL = [420, 360, 280, 170, 40, 0, 0, 0, 30, 160, 300, 400];
const STAFF = [78, 78, 84, 92, 104, 112, 112, 110, 104, 96, 86, 80];
const RAW_T_PER_YEAR = 300;

const round = (x: number, digits = 0): number => Math.round(x * 10 ** digits) / 10 ** digits;
/** The year's dehaired output the project is planned on (the months' records add up to it). */
const DEHAIRED_KG_PER_YEAR = round((RAW_T_PER_YEAR * 1000) / RAW_KG_PER_DEHAIRED_KG);

function month(i: number): PeriodData {
  const rawT = RAW_T_PER_YEAR * (SEASON[i] ?? 0);
  const inputKg = round(rawT * 1000);
  // the same yield as the demo scourer: one constant, so the two cannot drift apart
  const outputKg = round(inputKg / RAW_KG_PER_DEHAIRED_KG);
  const staff = STAFF[i] ?? 90;
  const women = Math.round(staff * 0.44);
  const peak = (SEASON[i] ?? 0) >= 0.11;
  // dehairing lines, compressors and humidification: ~1.6 kWh per kg raw plus a base load
  const electricityKwh = round(24_000 + inputKg * 1.6);
  // own coal boiler for scouring water: ~0.45 t lignite per t raw, plus frost protection in winter
  const coalT = round(rawT * 0.45 + ((HEAT_GCAL[i] ?? 0) > 0 ? 2 : 0), 1);
  // scouring draws ~18 m³ per t raw (reference §4.4 range) plus ~250 m³ for domestic use
  const waterM3 = round(rawT * 18 + 250);
  const hours = staff * (peak ? 184 : 168);
  const lowestWage = i < 3 ? 700_000 : 820_000; // minimum 660,000 → 792,000 from 1 April 2025
  const heatGcal = HEAT_GCAL[i] ?? 0;
  const values: PeriodData['values'] = {
    'production.input_kg': { value: inputKg, unit: 'kg' },
    'production.output_kg': { value: outputKg, unit: 'kg' },
    'energy.electricity': { value: electricityKwh, unit: 'kWh' },
    'energy.coal': { value: coalT, unit: 't', ncvKcalPerKg: 3300 },
    'energy.diesel': { value: peak ? 720 : 480, unit: 'L' },
    'water.municipal': { value: waterM3, unit: 'm3' },
    'wastewater.discharged': { value: round(waterM3 * 0.85), unit: 'm3' },
    'waste.fibre': { value: round(rawT * 0.02, 2), unit: 't' },
    'waste.sludge': { value: round(rawT * 0.05, 2), unit: 't' },
    'waste.general': { value: 1.2, unit: 't' },
    'chemicals.detergents': { value: round(rawT * 8), unit: 'kg' },
    'labour.employees': { value: staff, unit: 'persons' },
    'labour.women': { value: women, unit: 'persons' },
    'labour.hours_worked': { value: hours, unit: 'h' },
    'labour.overtime_hours': { value: peak ? round(hours * 0.05) : round(hours * 0.01), unit: 'h' },
    'labour.lowest_wage_mnt': { value: lowestWage, unit: 'MNT' },
    'labour.lost_time_injuries': { value: i === 7 ? 1 : 0, unit: 'count' },
    'labour.training_hours': { value: i % 3 === 0 ? staff * 2 : 0, unit: 'h' },
    'cost.energy_mnt': {
      // tariff hints, not facts: ~230 MNT/kWh, ~60,000 MNT/Gcal, ~150,000 MNT/t coal, 2,900 MNT/L
      value: round(
        electricityKwh * 230 + heatGcal * 60_000 + coalT * 150_000 + (peak ? 720 : 480) * 2_900,
      ),
      unit: 'MNT',
    },
  };
  if (heatGcal > 0) values['energy.district_heat'] = { value: heatGcal, unit: 'Gcal' };
  if (i === 7)
    values['labour.lost_time_injuries'] = {
      value: 1,
      unit: 'count',
      note: 'Hand caught in a dehairing card; 3 days lost',
    };
  return { period: `2025-${String(i + 1).padStart(2, '0')}`, values };
}

function answerFor(index: number, knockOut: boolean): Answer {
  // a firm mid-way up the ladder: most basics in place, some gaps, knock-out items met
  if (knockOut) return 'yes';
  const pattern: Answer[] = [
    'yes',
    'yes',
    'partly',
    'yes',
    'no',
    'yes',
    'partly',
    'yes',
    'yes',
    'no',
  ];
  return pattern[index % pattern.length] ?? 'yes';
}

export function scourerDehairerExample(pack: CriteriaPack = ACTIVE_PACK): ApplicationPackage {
  const processes = ['sorting', 'scouring', 'dehairing'] as const;
  const applies = (a: readonly string[]) =>
    a.length === 0 || a.some((p) => (processes as readonly string[]).includes(p));
  const vcpItems = pack.vcpItems.filter((v) => applies(v.appliesTo));
  const esChecks = pack.esChecks.filter((c) => applies(c.appliesTo));
  const evidence = [
    { name: 'water-use-permit-2024.pdf', type: 'application/pdf', size: 184_233 },
    { name: 'coal-quality-certificate-baganuur-2025.pdf', type: 'application/pdf', size: 96_410 },
    { name: 'effluent-lab-test-2025-06.pdf', type: 'application/pdf', size: 212_877 },
  ].map((e) => ({ ...e, sha256: sha256HexOfText(`example evidence: ${e.name}`) }));
  return {
    format: 'greenthread-application',
    formatVersion: 1,
    packId: pack.id,
    packVersion: pack.version,
    appVersion: '0.1.0',
    createdAt: '2026-01-20T10:30:00+08:00',
    preparedBy: 'Б. Оюунчимэг (санхүүгийн менежер)',
    language: 'mn',
    organisation: {
      id: 'example-scourer-dehairer',
      nameMn: 'Цагаан Уул Файбер ХХК (жишээ)',
      nameEn: 'Tsagaan Uul Fibre LLC (example)',
      registrationNo: '6001234',
      aimag: 'Улаанбаатар',
      district: 'Сонгинохайрхан',
      address: '20-р хороо, Үйлдвэрийн гудамж 14',
      processes: [...processes],
      employees: 95,
      annualTurnoverMnt: 18_500_000_000,
      womenOwnershipPct: 30,
      womenSeniorMgmtPct: 40,
      certifications: ['SFA_CFPS'],
      permits: [
        {
          id: 'permit-reg',
          kind: 'state_registration',
          number: '9011000123',
          issuedOn: '2012-03-14',
        },
        { id: 'permit-eia', kind: 'eia', number: 'БОНБҮ-2019/311', issuedOn: '2019-09-02' },
        {
          id: 'permit-water',
          kind: 'water_use',
          number: 'УАШ-24/0871',
          issuedOn: '2024-02-01',
          expiresOn: '2027-01-31',
        },
        {
          id: 'permit-ww',
          kind: 'wastewater_discharge',
          number: 'УСУГ-ГД-2023/45',
          issuedOn: '2023-06-01',
          expiresOn: '2026-05-31',
        },
        { id: 'permit-fire', kind: 'fire_safety', issuedOn: '2025-02-10', expiresOn: '2026-02-10' },
      ],
      contactName: 'Б. Оюунчимэг',
      contactEmail: 'finance@example.mn',
    },
    periods: Array.from({ length: 12 }, (_, i) => month(i)),
    vcp: {
      packVersion: pack.version,
      status: 'draft',
      version: 1,
      answers: Object.fromEntries(
        vcpItems.map((v, i) => {
          const answer = answerFor(i, v.knockOut);
          return [
            v.id,
            answer === 'yes' && v.evidenceRequired
              ? { answer, evidence: evidence.slice(0, 1).map((e) => e.sha256) }
              : { answer },
          ];
        }),
      ),
    },
    es: {
      exclusions: Object.fromEntries(pack.exclusions.map((e) => [e.id, { hit: false }])),
      checks: Object.fromEntries(
        esChecks.map((c, i) => [
          c.id,
          c.topic === 'EFFLUENT' && i % 2 === 0
            ? {
                result: 'finding' as const,
                severity: c.findingSeverity,
                note: 'Scouring effluent goes to the sewer without grease recovery',
                confirmed: true,
              }
            : { result: 'ok' as const, confirmed: i % 4 !== 3 },
        ]),
      ),
      documentsReceived: ['DOC-STATE-REG', 'DOC-GEIA', 'DOC-WATER-USE'],
    },
    project: {
      title: 'Scouring line heat recovery and boiler upgrade',
      measure: 'GM-HEAT-RECOVERY',
      taxonomyCode: 'MGT-EE',
      equipment:
        'Plate heat exchanger on hot effluent; 2 t/h coal boiler replaced by a higher-efficiency unit',
      investmentMnt: 280_000_000,
      lifetimeYears: 12,
      baseline: {
        productionKg: DEHAIRED_KG_PER_YEAR,
        electricityKwh: 768_000,
        heatGcal: 2_160,
        coalT: 159,
        coalNcvKcalPerKg: 3300,
        dieselL: 6_720,
        waterM3: 8_400,
        energyCostMnt: 358_000_000,
      },
      projected: {
        productionKg: DEHAIRED_KG_PER_YEAR,
        electricityKwh: 760_000,
        heatGcal: 2_160,
        coalT: 108,
        coalNcvKcalPerKg: 3300,
        dieselL: 6_720,
        waterM3: 7_600,
        energyCostMnt: 300_000_000,
      },
      effluentCompliantByLabTest: false,
    },
    actions: [
      {
        id: 'act-1',
        source: { kind: 'es', ref: esChecks.find((c) => c.topic === 'EFFLUENT')?.id ?? 'ES' },
        action: 'Install grease recovery on the scouring effluent and test COD/BOD quarterly',
        priority: 'high',
        owner: 'Production manager',
        deadline: '2026-09-30',
        costMnt: 95_000_000,
        status: 'open',
        covenant: 'Quarterly effluent lab results to the bank',
        conditionPrecedent: false,
      },
      {
        id: 'act-2',
        source: { kind: 'manual' },
        action: 'Renew the wastewater discharge contract before it expires on 31 May 2026',
        priority: 'high',
        owner: 'Director',
        deadline: '2026-05-15',
        status: 'in_progress',
      },
      {
        id: 'act-3',
        source: { kind: 'vcp' },
        action: 'Guarding on dehairing cards and a lock-out procedure; train all machine operators',
        priority: 'medium',
        owner: 'OHS officer',
        deadline: '2026-04-30',
        costMnt: 12_000_000,
        status: 'open',
      },
    ],
    evidence,
  };
}
