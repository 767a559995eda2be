import type { Process } from '../../package/enums';
import type { Text } from '../types';

/**
 * Bilingual text. Every Mongolian string in pack v1 was written from the project glossary and
 * has not been checked by a native speaker, so mnReviewed stays false until someone does.
 */
export function t(en: string, mn: string): Text {
  return { en, mn, mnReviewed: false };
}

/** Empty appliesTo means "every process" (see VcpItem.appliesTo). */
export const ALL: readonly Process[] = [];

/** Wet steps: effluent, heat and chemicals questions only reach these. */
export const WET: readonly Process[] = ['scouring', 'dyeing', 'finishing'];

/** First-stage fibre processors that buy raw fibre from herders. */
export const FIBRE_BUYERS: readonly Process[] = ['sorting', 'scouring', 'dehairing'];

/** Dusty dry steps. */
export const DUSTY: readonly Process[] = ['sorting', 'dehairing', 'spinning'];

/** Processes that buy yarn or fabric rather than raw fibre. */
export const DOWNSTREAM: readonly Process[] = [
  'spinning',
  'dyeing',
  'knitting',
  'weaving',
  'finishing',
  'garment',
];

/**
 * Processes whose environmental inherent risk is medium or high (reference §2.3), for which the
 * pack expects a GEIA conclusion and an annual environmental management plan. Small dry
 * workshops (sorting, spinning, knitting, weaving, garment making) are category C material in
 * §2.3; whether the authority still requires a GEIA from them is not settled in our sources, so
 * the pack does not block them on it [D].
 */
export const EIA_PROCESSES: readonly Process[] = ['scouring', 'dehairing', 'dyeing', 'finishing'];
