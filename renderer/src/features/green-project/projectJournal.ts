import { z } from 'zod';
import { EXTRA_FIELDS, FIGURE_FIELDS, type ProjectForm } from './projectForm';

/**
 * The what-if form is saved only when the user says so (exploring must not overwrite the saved
 * project), so an unsaved draft is journalled instead and offered back on the next visit.
 */
export const projectJournalKey = (orgId: string) => `green.${orgId}`;

const text = z.string().max(10_000);
// A field added since the draft was journalled reads as empty, so older drafts still come back.
const newer = text.default('');
const figures = z.object({
  ...(Object.fromEntries(FIGURE_FIELDS.map((f) => [f, newer])) as Record<
    (typeof FIGURE_FIELDS)[number],
    typeof newer
  >),
  coalType: newer,
});
const extra = z.object(
  Object.fromEntries(EXTRA_FIELDS.map((f) => [f, text])) as Record<
    (typeof EXTRA_FIELDS)[number],
    typeof text
  >,
);

export const projectFormSchema: z.ZodType<ProjectForm> = z.object({
  title: text,
  measure: text,
  taxonomyCode: text,
  equipment: text,
  investmentMnt: text,
  lifetimeYears: text,
  baseline: figures,
  projected: figures,
  extra,
  effluentCompliantByLabTest: z.boolean().nullable(),
});
