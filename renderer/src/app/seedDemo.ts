import { ensureDemoData } from '../db/repositories/demoData';
import { seedDemoCompanies } from '../lib/demo/seedDemoCompanies';

/**
 * A first start shows the demo companies so the app is useful at once. Runs only once: a user
 * who deletes them does not get them back on the next start (trainers reset explicitly).
 */
export async function seedDemoOnFirstStart(): Promise<void> {
  try {
    await ensureDemoData(async () => {
      await seedDemoCompanies();
    });
  } catch (error) {
    // A failed seed must never block the app from starting; it is retried next start.
    console.error('demo seed failed', error);
  }
}
