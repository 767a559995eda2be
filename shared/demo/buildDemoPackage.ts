import type { CriteriaPack } from '../catalogue/types';
import { prng } from '../engine/generatePackage';
import { minimumWageOn } from '../factors/labour';
import type { Answer } from '../package/enums';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type AnswerEntry,
  type ApplicationPackage,
  type PeriodData,
  type ProjectFigures,
} from '../package/schema';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, GJ_PER_KWH, ncvKcalPerKgToGjPerT } from '../units/energy';
import type { DemoProfile } from './profiles';

export const DEMO_MONTHS = 24;

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** January = 1, July = 0: the Ulaanbaatar heating season runs October to April. */
export function heatingWeight(month: number): number {
  return Math.max(0, Math.cos(((month - 1) / 12) * 2 * Math.PI) * 0.6 + 0.4);
}

function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

function monthKey(index: number): string {
  const y = 2024 + Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function kwhFromCoal(t: number, ncvKcalPerKg: number): number {
  return (t * ncvKcalPerKgToGjPerT(ncvKcalPerKg)) / GJ_PER_KWH;
}

function buildPeriods(p: DemoProfile, seed: number): PeriodData[] {
  const s = p.shape;
  const rnd = prng(seed);
  const noise = (spread: number) => 1 + (rnd() * 2 - 1) * spread;
  const injuryMonths = new Set(
    Array.from({ length: s.injuriesPerYear * 2 }, (_, i) =>
      Math.floor(((i + 0.5) / (s.injuriesPerYear * 2)) * DEMO_MONTHS),
    ),
  );
  const periods: PeriodData[] = [];
  for (let i = 0; i < DEMO_MONTHS; i++) {
    const period = monthKey(i);
    const month = (i % 12) + 1;
    const growth = i >= 12 ? 1.03 : 1;
    const output = (s.outputKgPerYear / 12) * (s.season[month - 1] ?? 1) * growth * noise(0.04);
    const heat = heatingWeight(month);
    const production = output / (s.outputKgPerYear / 12);
    const employees = Math.round(s.employees * noise(0.02));
    const hours = employees * 168 * (0.95 + (0.1 * production) / 1.6);
    const minimum = minimumWageOn(period)?.mntPerMonth ?? 792_000;
    const lowestWage =
      s.wageShortfall?.[period] ?? minimum + s.wageMarginMnt + round(rnd() * 15_000, -3);
    const values: PeriodData['values'] = {
      'production.output_kg': { value: round(output), unit: 'kg' },
      'energy.electricity': {
        value: round((output * s.electricityKwhPerKg + s.electricityBaseKwh) * noise(0.03)),
        unit: 'kWh',
      },
      'energy.diesel': { value: round(s.dieselLPerMonth * noise(0.1)), unit: 'L' },
      'water.municipal': {
        value: round(((output * s.waterLPerKgOutput) / 1000 + employees * 1.5) * noise(0.05)),
        unit: 'm3',
      },
      'waste.fibre': { value: round((output * s.fibreWastePerKg) / 1000, 2), unit: 't' },
      'labour.employees': { value: employees, unit: 'persons' },
      'labour.women': { value: Math.round(employees * s.womenShare), unit: 'persons' },
      'labour.hours_worked': { value: round(hours), unit: 'h' },
      'labour.overtime_hours': { value: round(hours * s.overtimeShare * noise(0.2)), unit: 'h' },
      'labour.lowest_wage_mnt': { value: lowestWage, unit: 'MNT' },
      'labour.lost_time_injuries': { value: injuryMonths.has(i) ? 1 : 0, unit: 'count' },
      'labour.training_hours': {
        value: round(
          ((employees * s.trainingHoursPerEmployeeYear) / 12) * (month % 3 === 0 ? 2 : 0.5),
        ),
        unit: 'h',
      },
    };
    if (s.inputPerOutput > 0) {
      values['production.input_kg'] = { value: round(output * s.inputPerOutput), unit: 'kg' };
    }
    let kwhEq = values['energy.electricity']?.value ?? 0;
    if (s.winterCoalT !== undefined || s.processCoalTPerMonth !== undefined) {
      const coal =
        ((s.winterCoalT ?? 0) * heat + (s.processCoalTPerMonth ?? 0) * production) * noise(0.05);
      const ncv = s.coalNcvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG;
      values['energy.coal'] = { value: round(coal, 1), unit: 't', ncvKcalPerKg: ncv };
      kwhEq += kwhFromCoal(coal, ncv);
    }
    if (s.winterDistrictHeatGcal !== undefined) {
      const gcal = s.winterDistrictHeatGcal * heat * noise(0.05);
      values['energy.district_heat'] = { value: round(gcal, 1), unit: 'Gcal' };
      kwhEq += gcal * 1163;
    }
    const water = values['water.municipal']?.value ?? 0;
    if (s.wastewaterShare > 0) {
      values['wastewater.discharged'] = { value: round(water * s.wastewaterShare), unit: 'm3' };
    }
    if (s.detergentKgPerKgOutput) {
      values['chemicals.detergents'] = {
        value: round(output * s.detergentKgPerKgOutput),
        unit: 'kg',
      };
    }
    if (s.dyesKgPerKgOutput) {
      values['chemicals.dyes'] = { value: round(output * s.dyesKgPerKgOutput), unit: 'kg' };
    }
    if (s.auxiliariesKgPerKgOutput) {
      values['chemicals.auxiliaries'] = {
        value: round(output * s.auxiliariesKgPerKgOutput),
        unit: 'kg',
      };
    }
    values['cost.energy_mnt'] = { value: round(kwhEq * s.energyCostMntPerKwhEq, -3), unit: 'MNT' };
    periods.push({ period, values });
  }
  return periods;
}

function sumLast12(periods: readonly PeriodData[], id: keyof PeriodData['values']): number {
  return periods.slice(-12).reduce((acc, p) => acc + (p.values[id]?.value ?? 0), 0);
}

function baselineOf(periods: readonly PeriodData[], ncv: number | undefined): ProjectFigures {
  return {
    productionKg: round(sumLast12(periods, 'production.output_kg')),
    electricityKwh: round(sumLast12(periods, 'energy.electricity')),
    heatGcal: round(sumLast12(periods, 'energy.district_heat'), 1),
    coalT: round(sumLast12(periods, 'energy.coal'), 1),
    ...(ncv !== undefined ? { coalNcvKcalPerKg: ncv } : {}),
    dieselL: round(sumLast12(periods, 'energy.diesel')),
    waterM3: round(sumLast12(periods, 'water.municipal')),
    energyCostMnt: round(sumLast12(periods, 'cost.energy_mnt'), -3),
  };
}

function answersFor(p: DemoProfile, pack: CriteriaPack): Record<string, AnswerEntry> {
  const answers: Record<string, AnswerEntry> = {};
  for (const item of pack.vcpItems) {
    const applies =
      item.appliesTo.length === 0 || item.appliesTo.some((proc) => p.processes.includes(proc));
    if (!applies) continue;
    const r = hash01(`${p.organisation.id}:${item.id}`);
    let answer: Answer =
      r < p.maturity.yes ? 'yes' : r < p.maturity.yes + p.maturity.partly ? 'partly' : 'no';
    if (item.knockOut) answer = 'yes';
    answer = p.answerOverrides[item.id] ?? answer;
    answers[item.id] = { answer };
  }
  return answers;
}

/** One demo company as an application package: 24 months, a VCP assessment and a green project. */
export function buildDemoPackage(
  p: DemoProfile,
  pack: CriteriaPack,
  seed: number,
): ApplicationPackage {
  const periods = buildPeriods(p, seed);
  const baseline = baselineOf(periods, p.shape.coalNcvKcalPerKg);
  const { change, ...project } = p.project;
  const scale = (v: number, c: number, digits = 0) => round(v * (1 + c), digits);
  const energyChange =
    (baseline.electricityKwh * change.electricity +
      kwhFromCoal(
        baseline.coalT * change.coal,
        baseline.coalNcvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG,
      ) +
      baseline.heatGcal * 1163 * change.heat) /
    Math.max(
      1,
      baseline.electricityKwh +
        kwhFromCoal(baseline.coalT, baseline.coalNcvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG) +
        baseline.heatGcal * 1163,
    );
  const projected: ProjectFigures = {
    ...baseline,
    electricityKwh: scale(baseline.electricityKwh, change.electricity),
    heatGcal: scale(baseline.heatGcal, change.heat, 1),
    coalT: scale(baseline.coalT, change.coal, 1),
    dieselL: scale(baseline.dieselL, change.diesel),
    waterM3: scale(baseline.waterM3, change.water),
    energyCostMnt: round((baseline.energyCostMnt ?? 0) * (1 + energyChange), -3),
  };
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packId: pack.id,
    packVersion: pack.version,
    appVersion: '0.1.0',
    createdAt: '2026-01-15T09:00:00.000Z',
    preparedBy: p.organisation.contactName ?? '',
    language: 'mn',
    organisation: p.organisation,
    periods,
    vcp: { packVersion: pack.version, status: 'draft', version: 1, answers: answersFor(p, pack) },
    project: { ...project, baseline, projected },
    actions: [],
    evidence: [],
  };
}
