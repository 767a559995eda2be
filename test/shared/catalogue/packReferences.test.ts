import { PERMIT_KINDS, PRIORITIES, PROCESSES, SEVERITIES } from '../../../shared/package/enums';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';

const pack = PACK_V1;
const vcpIds = new Set(pack.vcpItems.map((i) => i.id));
const esIds = new Set(pack.esChecks.map((c) => c.id));
const gcIds = new Set(pack.greenCriteria.map((g) => g.id));
const docIds = new Set(pack.documents.map((d) => d.id));

describe('E&S checklist', () => {
  it('has at least 35 checks covering all nine topics', () => {
    expect(pack.esChecks.length).toBeGreaterThanOrEqual(35);
    for (const topic of pack.esTopics)
      expect(
        pack.esChecks.some((c) => c.topic === topic.id),
        topic.id,
      ).toBe(true);
  });

  it('uses valid severities, priorities, deadlines and processes', () => {
    for (const c of pack.esChecks) {
      expect(SEVERITIES, c.id).toContain(c.findingSeverity);
      expect(PRIORITIES, c.id).toContain(c.esapPriority);
      expect(Number.isInteger(c.deadlineDays) && c.deadlineDays >= 0, c.id).toBe(true);
      expect(c.deadlineDays, c.id).toBeLessThanOrEqual(365);
      for (const p of [...c.appliesTo, ...Object.keys(c.inherentRisk)])
        expect(PROCESSES, c.id).toContain(p);
      for (const r of Object.values(c.inherentRisk)) expect(['low', 'medium', 'high']).toContain(r);
    }
  });

  it('makes every high-severity finding a high-priority ESAP item due within 180 days', () => {
    for (const c of pack.esChecks.filter((x) => x.findingSeverity === 'high')) {
      expect(c.esapPriority, c.id).toBe('high');
      expect(c.deadlineDays, c.id).toBeLessThanOrEqual(180);
    }
  });

  it('follows reference §2.3: scouring and dyeing carry high effluent risk, garment low', () => {
    const eff = pack.esChecks.find((c) => c.id === 'ES-EFF-02')!;
    expect(eff.inherentRisk.scouring).toBe('high');
    expect(eff.inherentRisk.dyeing).toBe('high');
    expect(eff.inherentRisk.garment ?? 'low').toBe('low');
  });

  it('leaves dry workshops low on every check so they can reach category C (reference §2.3)', () => {
    for (const dry of ['sorting', 'knitting', 'weaving', 'garment'] as const)
      for (const c of pack.esChecks)
        expect(c.inherentRisk[dry] ?? 'low', `${c.id} ${dry}`).toBe('low');
    const max = (p: 'scouring' | 'dehairing') =>
      pack.esChecks.some((c) => c.inherentRisk[p] === 'high') ? 'high' : 'medium';
    expect(max('scouring')).toBe('high');
    expect(max('dehairing')).toBe('medium');
  });

  it('refers only to documents that exist', () => {
    for (const c of pack.esChecks)
      for (const d of c.documents) expect(docIds.has(d), `${c.id} → ${d}`).toBe(true);
  });
});

describe('documents', () => {
  it('covers the documents reference §2.4 asks for', () => {
    for (const id of [
      'DOC-STATE-REG',
      'DOC-GEIA',
      'DOC-EMP',
      'DOC-WATER-USE',
      'DOC-WW-CONTRACT',
      'DOC-CHEM-LICENCE',
      'DOC-CHEM-INVENTORY',
      'DOC-SDS',
      'DOC-WASTE-CONTRACT',
      'DOC-FIRE-SAFETY',
      'DOC-LAND-USE',
      'DOC-EMP-CONTRACTS',
      'DOC-PAYROLL',
      'DOC-NDSH',
      'DOC-OSH-RA',
      'DOC-ACCIDENT-REG',
      'DOC-TRAINING',
      'DOC-LAB-EFFLUENT',
    ])
      expect(docIds.has(id), id).toBe(true);
  });

  it('maps each profile permit kind except "other" to exactly one document', () => {
    for (const kind of PERMIT_KINDS.filter((k) => k !== 'other')) {
      const docs = pack.documents.filter((d) => d.permitKind === kind);
      expect(docs.length, kind).toBe(1);
    }
    for (const d of pack.documents)
      if (d.permitKind !== undefined) expect(PERMIT_KINDS).toContain(d.permitKind);
  });

  it('is requested by at least one E&S check each', () => {
    const used = new Set(pack.esChecks.flatMap((c) => c.documents));
    for (const id of docIds) expect(used.has(id), id).toBe(true);
  });
});

describe('crosswalk', () => {
  it('has at least 30 links, one per VCP item at most', () => {
    expect(pack.crosswalk.length).toBeGreaterThanOrEqual(30);
    const items = pack.crosswalk.map((l) => l.vcpItem);
    expect(new Set(items).size).toBe(items.length);
  });

  it('points only at ids that exist', () => {
    for (const l of pack.crosswalk) {
      expect(vcpIds.has(l.vcpItem), l.vcpItem).toBe(true);
      for (const e of l.esChecks) expect(esIds.has(e), `${l.vcpItem} → ${e}`).toBe(true);
      for (const g of l.greenCriteria) expect(gcIds.has(g), `${l.vcpItem} → ${g}`).toBe(true);
      expect(l.esChecks.length + l.greenCriteria.length, l.vcpItem).toBeGreaterThan(0);
    }
  });

  it('informs every E&S check from the VCP except those only a site visit or the bank can answer', () => {
    const informed = new Set(pack.crosswalk.flatMap((l) => l.esChecks));
    const orphans = [...esIds].filter((id) => !informed.has(id));
    expect(orphans).toEqual([
      'ES-LEG-02', // state registration and special licences: bank's own document check
      'ES-LEG-04', // fire-safety approval and land-use certificate
      'ES-EFF-04', // bypass or untreated discharge: site walk
      'ES-AIR-05', // dyeing/finishing vapours: site walk
      'ES-WST-04', // waste storage: site walk
      'ES-COM-02', // location relative to homes and rivers: map check
      'ES-COM-03', // night noise and trucks
      'ES-GOV-02', // earlier ESAP record with banks
    ]);
  });

  it('links at most a few VCP items to one E&S check', () => {
    const count = new Map<string, number>();
    for (const l of pack.crosswalk)
      for (const e of l.esChecks) count.set(e, (count.get(e) ?? 0) + 1);
    for (const [id, n] of count) expect(n, id).toBeLessThanOrEqual(2);
  });

  it('links each knock-out item to the E&S gate GC-ES-1', () => {
    for (const i of pack.vcpItems.filter((x) => x.knockOut)) {
      const l = pack.crosswalk.find((x) => x.vcpItem === i.id);
      expect(l?.greenCriteria, i.id).toContain('GC-ES-1');
    }
  });

  it('maps the minimum-wage item to the minimum-wage check', () => {
    const wageItem = pack.vcpItems.find((i) => /minimum wage/i.test(i.question.en))!;
    const wageCheck = pack.esChecks.find((c) => /minimum wage/i.test(c.question.en))!;
    expect(pack.crosswalk.find((l) => l.vcpItem === wageItem.id)?.esChecks).toContain(wageCheck.id);
  });
});

describe('taxonomy and measures', () => {
  it('lists the eight 2019 categories', () => {
    expect(pack.taxonomy.map((c) => c.code)).toEqual([
      'MGT-RE',
      'MGT-EE',
      'MGT-PPC',
      'MGT-SAL',
      'MGT-GB',
      'MGT-CT',
      'MGT-WAT',
      'MGT-ADP',
    ]);
  });

  it('qualifies only with kinds that a criterion of role "criterion" has', () => {
    const kinds = new Set(
      pack.greenCriteria.filter((g) => g.role === 'criterion').map((g) => g.kind),
    );
    for (const c of pack.taxonomy)
      for (const k of c.qualifyingKinds) expect(kinds.has(k), `${c.code} ${k}`).toBe(true);
  });

  it('gives every measure a known taxonomy code, and the energy measures EE', () => {
    const codes = new Set(pack.taxonomy.map((c) => c.code));
    for (const m of pack.measures) expect(codes.has(m.taxonomyCode), m.id).toBe(true);
    const byId = new Map(pack.measures.map((m) => [m.id, m.taxonomyCode]));
    expect(byId.get('GM-BOILER-UPGRADE')).toBe('MGT-EE');
    expect(byId.get('GM-SOLAR-PV')).toBe('MGT-RE');
    expect(byId.get('GM-COUNTER-CURRENT')).toBe('MGT-WAT');
    expect(byId.get('GM-APEO-FREE')).toBe('MGT-PPC');
    expect(byId.get('GM-INSULATION-RETROFIT')).toBe('MGT-GB');
    expect(byId.get('GM-CERTIFIED-FIBRE')).toBe('MGT-SAL');
    expect(pack.measures.length).toBeGreaterThanOrEqual(19);
  });
});
