import type { Permit } from '../package/schema';
import {
  DYEING_SEASON,
  GARMENT_SEASON,
  KNITWEAR_SEASON,
  SCOURING_SEASON,
  type DemoProfile,
} from './profiles';

const permit = (id: string, kind: Permit['kind'], expiresOn?: string, number?: string): Permit => ({
  id,
  kind,
  ...(number ? { number } : {}),
  ...(expiresOn ? { expiresOn } : {}),
});

/** A scourer-dehairer: wet, coal-heated, seasonal (combing in spring, peak May–Oct). */
const scourer: DemoProfile = {
  processes: ['sorting', 'scouring', 'dehairing'],
  organisation: {
    id: 'demo-khangai-cashmere',
    nameMn: 'Хангай Ноолуур ХХК',
    nameEn: 'Khangai Cashmere LLC',
    registrationNo: '6104521',
    aimag: 'Улаанбаатар',
    district: 'Хан-Уул',
    address: 'Хан-Уул дүүрэг, 4-р хороо, Үйлдвэрийн гудамж 12',
    processes: ['sorting', 'scouring', 'dehairing'],
    employees: 118,
    annualTurnoverMnt: 9_200_000_000,
    womenOwnershipPct: 0,
    womenSeniorMgmtPct: 40,
    certifications: ['SFA_CFPS'],
    permits: [
      permit('p-reg', 'state_registration', undefined, '6104521'),
      permit('p-eia', 'eia', '2028-06-30', 'GEIA-2022-114'),
      permit('p-emp', 'environmental_plan', '2027-03-31', 'БОМТ-2026'),
      permit('p-water', 'water_use', '2027-12-31', 'USUG-88213'),
      permit('p-ww', 'wastewater_discharge', '2027-12-31', 'USUG-D-3321'),
      // Expired: the loan officer's screening should find it.
      permit('p-chem', 'chemicals_licence', '2025-10-15', 'ХБ-2022-091'),
      permit('p-waste', 'waste_contract', '2027-06-30', 'НБТ-2025-77'),
      permit('p-fire', 'fire_safety', '2027-09-30', 'ГХ-2024-310'),
      permit('p-land', 'land_use', '2034-05-31', 'ГЭ-000412'),
    ],
    contactName: 'Б. Болормаа',
  },
  shape: {
    outputKgPerYear: 160_000,
    // Raw (greasy) to dehaired: ~38 % (2.6 kg raw per kg dehaired). Reference §4.5 [S]: only
    // about 30 % of the raw combed fibre ends up as yarn; spinning loses roughly a fifth more
    // [D], so dehaired fibre is ~35–40 % of the raw weight, not the 48 % this had (issue 15, rule 9).
    inputPerOutput: 2.6,
    season: SCOURING_SEASON,
    electricityKwhPerKg: 2.4,
    electricityBaseKwh: 14_000,
    winterCoalT: 95,
    processCoalTPerMonth: 22,
    coalNcvKcalPerKg: 3450,
    dieselLPerMonth: 1_900,
    waterLPerKgOutput: 34,
    wastewaterShare: 0.86,
    fibreWastePerKg: 0.06,
    detergentKgPerKgOutput: 0.035,
    employees: 118,
    womenShare: 0.46,
    wageMarginMnt: 48_000,
    overtimeShare: 0.045,
    injuriesPerYear: 3,
    trainingHoursPerEmployeeYear: 10,
    energyCostMntPerKwhEq: 120,
  },
  maturity: { yes: 0.62, partly: 0.22 },
  answerOverrides: { 'VCP-WA-03': 'partly', 'VCP-CH-04': 'partly', 'VCP-EN-03': 'no' },
  project: {
    title: 'Replace the coal heat-only boiler with a high-efficiency boiler and economiser',
    measure: 'GM-BOILER-UPGRADE',
    taxonomyCode: 'MGT-EE',
    equipment: '4 t/h stoker-fired boiler with economiser and flue-gas filter',
    investmentMnt: 420_000_000,
    lifetimeYears: 15,
    change: { electricity: -0.03, heat: 0, coal: -0.32, water: 0, diesel: 0 },
  },
};

/** A spinner-knitter: electricity-driven, district heat in winter, many women workers. */
const spinner: DemoProfile = {
  processes: ['spinning', 'knitting'],
  organisation: {
    id: 'demo-erdene-knit',
    nameMn: 'Эрдэнэ Сүлжмэл ХХК',
    nameEn: 'Erdene Knitwear LLC',
    registrationNo: '5298740',
    aimag: 'Улаанбаатар',
    district: 'Сонгинохайрхан',
    address: 'Сонгинохайрхан дүүрэг, 20-р хороо, Нэхмэлийн гудамж 5',
    processes: ['spinning', 'knitting'],
    employees: 214,
    annualTurnoverMnt: 26_000_000_000,
    womenOwnershipPct: 60,
    womenSeniorMgmtPct: 55,
    certifications: ['MNS6926', 'OEKO_TEX'],
    permits: [
      permit('p-reg', 'state_registration', undefined, '5298740'),
      permit('p-eia', 'eia', '2029-04-30', 'GEIA-2023-061'),
      permit('p-emp', 'environmental_plan', '2027-03-31', 'БОМТ-2026'),
      permit('p-fire', 'fire_safety', '2027-12-31', 'ГХ-2023-552'),
      permit('p-water', 'water_use', '2028-03-31', 'USUG-77120'),
      permit('p-waste', 'waste_contract', '2027-12-31', 'НБТ-2025-12'),
      permit('p-land', 'land_use', '2031-08-31', 'ГЭ-001877'),
    ],
    contactName: 'Д. Сарантуяа',
  },
  shape: {
    outputKgPerYear: 68_000,
    inputPerOutput: 0,
    season: KNITWEAR_SEASON,
    // ~4 kWh of electricity per kg of yarn and knitwear, not the 16 this had (issue 15, rule 9):
    // Koç & Kaplan 2007 (Fibres & Textiles in Eastern Europe; textileschool.com) measured ring
    // frames at 1.32 kWh/kg for 20 tex combed yarn, 30 % of a mill's use, so ~4.4 kWh/kg for the
    // whole mill with air conditioning; knitting adds little. 3.0 per kg plus a 6,000 kWh/month
    // base load (lighting, compressors, humidification) [D].
    electricityKwhPerKg: 3.0,
    electricityBaseKwh: 6_000,
    winterDistrictHeatGcal: 240,
    dieselLPerMonth: 900,
    waterLPerKgOutput: 22,
    wastewaterShare: 0.9,
    fibreWastePerKg: 0.04,
    auxiliariesKgPerKgOutput: 0.01,
    employees: 214,
    womenShare: 0.74,
    wageMarginMnt: 95_000,
    overtimeShare: 0.06,
    injuriesPerYear: 2,
    trainingHoursPerEmployeeYear: 16,
    energyCostMntPerKwhEq: 140,
  },
  maturity: { yes: 0.74, partly: 0.16 },
  answerOverrides: { 'VCP-ENV-01': 'yes', 'VCP-ENV-02': 'yes', 'VCP-ENV-04': 'yes' },
  project: {
    title: 'Variable-speed drives on spinning frames and a new screw compressor',
    measure: 'GM-VSD',
    taxonomyCode: 'MGT-EE',
    equipment: 'VSDs on 24 ring-spinning frames; 55 kW VSD screw compressor',
    // Sized to the ~48 MWh a year the drives save at ~4 kWh/kg: payback stays ~6.7 years, under
    // the 7-year warning, as it was before the electricity figure was corrected.
    investmentMnt: 45_000_000,
    lifetimeYears: 12,
    // Deliberately just below the 20% threshold: a workshop exercise asks to redesign it.
    change: { electricity: -0.17, heat: 0, coal: 0, water: 0, diesel: 0 },
  },
};

/** A dyer-finisher: the wettest and most chemical-intensive of the four. */
const dyer: DemoProfile = {
  processes: ['dyeing', 'finishing'],
  organisation: {
    id: 'demo-ongo-dye',
    nameMn: 'Өнгө Будаг ХХК',
    nameEn: 'Ongo Dyeing LLC',
    registrationNo: '6452231',
    aimag: 'Улаанбаатар',
    district: 'Баянзүрх',
    address: 'Баянзүрх дүүрэг, 7-р хороо, Амгалан 3',
    processes: ['dyeing', 'finishing'],
    employees: 46,
    annualTurnoverMnt: 5_200_000_000,
    womenOwnershipPct: 30,
    womenSeniorMgmtPct: 25,
    certifications: [],
    permits: [
      permit('p-reg', 'state_registration', undefined, '6452231'),
      permit('p-water', 'water_use', '2027-05-31', 'USUG-90412'),
      permit('p-chem', 'chemicals_licence', '2027-02-28', 'ХБ-2024-017'),
      permit('p-land', 'land_use', '2030-01-31', 'ГЭ-002230'),
    ],
    contactName: 'Г. Ганбат',
  },
  shape: {
    outputKgPerYear: 82_000,
    inputPerOutput: 0,
    season: DYEING_SEASON,
    electricityKwhPerKg: 1.6,
    electricityBaseKwh: 6_500,
    winterCoalT: 38,
    processCoalTPerMonth: 30,
    coalNcvKcalPerKg: 3300,
    dieselLPerMonth: 600,
    waterLPerKgOutput: 115,
    wastewaterShare: 0.9,
    fibreWastePerKg: 0.02,
    dyesKgPerKgOutput: 0.025,
    auxiliariesKgPerKgOutput: 0.09,
    employees: 46,
    womenShare: 0.52,
    wageMarginMnt: 30_000,
    overtimeShare: 0.08,
    injuriesPerYear: 2,
    trainingHoursPerEmployeeYear: 6,
    energyCostMntPerKwhEq: 115,
  },
  maturity: { yes: 0.45, partly: 0.28 },
  // No environmental permit on file and no effluent testing: the officer's exercise finds these.
  answerOverrides: {
    'VCP-ENV-01': 'no',
    'VCP-WA-02': 'partly',
    'VCP-WA-03': 'no',
    'VCP-CH-04': 'no',
  },
  project: {
    title: 'Dye-house water recycling loop with heat recovery from hot effluent',
    measure: 'GM-HEAT-RECOVERY',
    taxonomyCode: 'MGT-EE',
    equipment: 'Plate heat exchanger on effluent, 40 m³/day membrane recycling unit',
    investmentMnt: 260_000_000,
    lifetimeYears: 12,
    change: { electricity: 0.04, heat: 0, coal: -0.24, water: -0.35, diesel: 0 },
  },
};

/** A garment maker: small, dry, mostly women, piece rates (the wage check matters most). */
const garment: DemoProfile = {
  processes: ['garment'],
  organisation: {
    id: 'demo-torgon-garment',
    nameMn: 'Торгон Оёдол ХХК',
    nameEn: 'Torgon Garments LLC',
    registrationNo: '6733018',
    aimag: 'Улаанбаатар',
    district: 'Чингэлтэй',
    address: 'Чингэлтэй дүүрэг, 3-р хороо, Оёдлын төв 2 давхар',
    processes: ['garment'],
    employees: 38,
    annualTurnoverMnt: 1_450_000_000,
    womenOwnershipPct: 100,
    womenSeniorMgmtPct: 100,
    certifications: [],
    permits: [
      permit('p-reg', 'state_registration', undefined, '6733018'),
      // Expires within 90 days of late November 2026: flagged in the profile.
      permit('p-fire', 'fire_safety', '2027-01-31', 'ГХ-2022-118'),
      permit('p-eia', 'eia', '2029-09-30', 'GEIA-2024-203'),
      permit('p-emp', 'environmental_plan', '2027-03-31', 'БОМТ-2026'),
      permit('p-land', 'land_use', '2030-12-31', 'Түрээс-2025-08'),
      permit('p-water', 'water_use', '2028-02-29', 'USUG-65120'),
      permit('p-waste', 'waste_contract', '2027-06-30', 'НБТ-2025-40'),
    ],
    contactName: 'О. Нарангэрэл',
  },
  shape: {
    outputKgPerYear: 11_500,
    inputPerOutput: 0,
    season: GARMENT_SEASON,
    electricityKwhPerKg: 3.2,
    electricityBaseKwh: 3_200,
    winterDistrictHeatGcal: 48,
    dieselLPerMonth: 150,
    // A sewing shop uses no process water: its water is the staff's (issue 15, rule 9).
    waterLPerKgOutput: 0,
    wastewaterShare: 0.95,
    fibreWastePerKg: 0.12,
    employees: 38,
    womenShare: 0.87,
    wageMarginMnt: 22_000,
    // Piece-rate earnings below the new minimum right after it rose on 1 April 2025.
    wageShortfall: { '2025-04': 776_000, '2025-05': 785_000 },
    overtimeShare: 0.11,
    injuriesPerYear: 1,
    trainingHoursPerEmployeeYear: 4,
    energyCostMntPerKwhEq: 150,
  },
  maturity: { yes: 0.5, partly: 0.25 },
  answerOverrides: { 'VCP-LA-02': 'partly', 'VCP-LA-06': 'partly' },
  project: {
    title: 'LED lighting and workshop insulation retrofit',
    measure: 'GM-LED',
    taxonomyCode: 'MGT-EE',
    equipment: '320 LED panels; 450 m² wall and roof insulation',
    investmentMnt: 65_000_000,
    lifetimeYears: 15,
    change: { electricity: -0.22, heat: -0.25, coal: 0, water: 0, diesel: 0 },
  },
};

export const DEMO_PROFILES: readonly DemoProfile[] = [scourer, spinner, dyer, garment];
