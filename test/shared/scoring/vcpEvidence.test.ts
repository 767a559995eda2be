import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import type { Answer } from '../../../shared/package/enums';
import { scoreVcp } from '../../../shared/scoring/vcp';
import { evidenceExpected } from '../../../shared/scoring/vcpEvidence';

// One rule for the self-assessment and the export (issue 15: evidenceExpected existed twice).
describe('evidenceExpected', () => {
  it('lists items whose pack requires evidence and whose answer claims the practice', () => {
    const required = ACTIVE_PACK.vcpItems.filter(
      (i) => i.evidenceRequired && i.appliesTo.length === 0,
    );
    const notRequired = ACTIVE_PACK.vcpItems.find(
      (i) => !i.evidenceRequired && i.appliesTo.length === 0,
    )!;
    const [a, b, c, d] = required;
    const answers: Record<string, { answer: Answer }> = {
      [a!.id]: { answer: 'yes' },
      [b!.id]: { answer: 'partly' },
      [c!.id]: { answer: 'no' },
      [d!.id]: { answer: 'na' },
      [notRequired.id]: { answer: 'yes' },
    };
    const result = scoreVcp(ACTIVE_PACK, ['garment'], {
      packVersion: ACTIVE_PACK.version,
      status: 'draft',
      version: 1,
      answers,
    });
    // yes and partly claim the practice; no, na and unanswered have nothing to prove; an item
    // the pack does not ask evidence for is never listed.
    expect(evidenceExpected(ACTIVE_PACK, result)).toEqual([a!.id, b!.id]);
  });
});
