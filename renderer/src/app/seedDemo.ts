import { db } from '../db/db';
import { saveOrganisation } from '../db/repositories/organisations';
import { setMetricValue } from '../db/repositories/periods';

const FLAG = 'demoSeeded';

/**
 * A first start shows a demo organisation so the app is useful at once. Runs only once:
 * a user who deletes the demo does not get it back on the next start.
 */
export async function seedDemoOnFirstStart(): Promise<void> {
  try {
    const seeded = await db.settings.get(FLAG);
    if (seeded) return;
    const org = await saveOrganisation(
      {
        id: 'demo-scourer',
        nameMn: 'Жишээ Ноолуур ХХК',
        nameEn: 'Demo Cashmere LLC',
        registrationNo: '5123456',
        aimag: 'Улаанбаатар',
        district: 'Хан-Уул',
        address: '',
        processes: ['sorting', 'scouring', 'dehairing'],
        employees: 85,
        annualTurnoverMnt: 4_800_000_000,
        womenOwnershipPct: 0,
        womenSeniorMgmtPct: 33,
        certifications: [],
        permits: [],
      },
      { isDemo: true },
    );
    await setMetricValue(org.id, '2025-10', 'energy.electricity', { value: 48_200, unit: 'kWh' });
    await setMetricValue(org.id, '2025-10', 'energy.coal', {
      value: 62,
      unit: 't',
      ncvKcalPerKg: 3400,
    });
    await db.settings.put({ key: FLAG, value: new Date().toISOString() });
  } catch (error) {
    // A failed seed must never block the app from starting.
    console.error('demo seed failed', error);
  }
}
