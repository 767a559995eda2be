// When an application counts as screened by the officer: the officer has a screening of their
// own and has answered every exclusion-list question. Until then the engine's category is only a
// suggestion and the portfolio says "not screened".
import type { CriteriaPack } from '../catalogue/types';
import type { EsScreening } from '../package/schema';

export function isScreened(pack: CriteriaPack, officerScreening: EsScreening | null): boolean {
  if (!officerScreening) return false;
  return pack.exclusions.every((x) => officerScreening.exclusions[x.id] !== undefined);
}
