import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { PERMIT_KINDS, type Answer, type Process } from '../../../shared/package/enums';
import type { ApplicationPackage } from '../../../shared/package/schema';

// Contract between the pack content and the scoring engine: the content's inherent-risk maps,
// permit kinds and crosswalk must give the categories reference §2.3 expects.
function clean(processes: Process[], answer: (id: string) => Answer): ApplicationPackage {
  const pkg = generatePackage(11, 12, ACTIVE_PACK);
  pkg.organisation.processes = processes;
  pkg.organisation.permits = PERMIT_KINDS.filter((k) => k !== 'other').map((kind, i) => ({
    id: `permit-${i}`,
    kind,
    number: `N-${i}`,
    issuedBy: 'Authority',
  }));
  const answers: Record<string, { answer: Answer }> = {};
  for (const item of ACTIVE_PACK.vcpItems) answers[item.id] = { answer: answer(item.id) };
  pkg.vcp = {
    packVersion: ACTIVE_PACK.version,
    status: 'submitted',
    version: 1,
    answers,
  };
  pkg.es = { exclusions: {}, checks: {}, documentsReceived: [] };
  return pkg;
}

describe('pack v1 with the scoring engine', () => {
  it('puts a clean garment or knitting workshop in category C and a clean scourer in B', () => {
    const yes = () => 'yes' as const;
    expect(scorePackage(clean(['garment'], yes), ACTIVE_PACK).es.suggestedCategory).toBe('C');
    expect(scorePackage(clean(['knitting'], yes), ACTIVE_PACK).es.suggestedCategory).toBe('C');
    const scourer = scorePackage(clean(['scouring', 'dehairing'], yes), ACTIVE_PACK).es;
    expect(scourer.suggestedCategory).toBe('B');
    expect(scourer.findings.total).toBe(0);
  });

  it('turns a "no" on the minimum-wage item into a high labour finding through the crosswalk', () => {
    const wageItem = ACTIVE_PACK.vcpItems.find((i) => /minimum wage/i.test(i.question.en))!;
    const es = scorePackage(
      clean(['garment'], (id) => (id === wageItem.id ? 'no' : 'yes')),
      ACTIVE_PACK,
    ).es;
    expect(es.unresolvedHighFindings).toEqual(['ES-LAB-02']);
    expect(es.suggestedCategory).toBe('B');
  });
});
