import type { CriteriaPack } from '../catalogue/types';
import type { ApplicationPackage } from '../package/schema';
import { buildDemoPackage } from './buildDemoPackage';
import { DEMO_PROFILES } from './companies';

/** The four workshop demo companies, the same on every install (fixed seeds). */
export function demoPackages(pack: CriteriaPack): ApplicationPackage[] {
  return DEMO_PROFILES.map((p, i) => buildDemoPackage(p, pack, 1000 + i));
}
