import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { demoPackages } from '../../../../shared/demo';
import type { ApplicationPackage } from '../../../../shared/package/schema';

let cached: ApplicationPackage[] | null = null;

/**
 * The demo companies exactly as "Reset to the demo state" writes them. Exercises are checked
 * against this state (not the possibly edited copies in the database) so that the answer a
 * trainer prepared is the answer the app accepts.
 */
export function demoCompanyPackages(): ApplicationPackage[] {
  cached ??= demoPackages(ACTIVE_PACK);
  return cached;
}

export function demoCompanyPackage(orgId: string): ApplicationPackage | undefined {
  return demoCompanyPackages().find((p) => p.organisation.id === orgId);
}

/** Short story keys in the workshop namespace, one per demo company. */
export const DEMO_STORY_KEY: Readonly<Record<string, string>> = {
  'demo-khangai-cashmere': 'home.stories.khangai',
  'demo-erdene-knit': 'home.stories.erdene',
  'demo-ongo-dye': 'home.stories.ongo',
  'demo-torgon-garment': 'home.stories.torgon',
};
