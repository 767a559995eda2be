import type { CriteriaPack } from '../catalogue/types';
import { indexPack } from './packIndex';
import type { VcpResult } from './vcp';

/**
 * Items for which a file is expected: the pack requires evidence for the item and the answer
 * claims the practice (yes / partly). A "no", "not applicable" or no answer has nothing to prove.
 * One rule for the self-assessment's pre-submit check and the export's readiness list.
 */
export function evidenceExpected(pack: CriteriaPack, result: VcpResult): string[] {
  const byId = indexPack(pack).itemsById;
  const out: string[] = [];
  for (const r of result.items)
    if (byId.get(r.id)?.evidenceRequired === true && (r.answer === 'yes' || r.answer === 'partly'))
      out.push(r.id);
  return out;
}
