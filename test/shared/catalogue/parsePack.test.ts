import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { PACK_LIMITS } from '../../../shared/catalogue/packSchema';
import { parsePack, summarisePack, type PackError } from '../../../shared/catalogue/parsePack';
import type { CriteriaPack } from '../../../shared/catalogue/types';

/** Untyped JSON, as a bank's editor leaves it. */
type Json = ReturnType<typeof JSON.parse>;

const SHIPPED_JSON = JSON.stringify(PACK_V1);

/** The shipped pack as a bank receives it from `greenthread catalogue --json`, under a new id. */
function template(id = 'xacbank-textile'): Json {
  const p: Json = JSON.parse(SHIPPED_JSON);
  p.id = id;
  return p;
}

function errorsOf(json: unknown): PackError[] {
  const r = parsePack(json);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.errors;
}

const lines = (errors: PackError[]) => errors.map((e) => `${e.path}: ${e.message}`);

describe('parsePack round trip', () => {
  it('re-parses the shipped pack, serialised to JSON under another id, to an equal pack', () => {
    const r = parsePack(template());
    expect(r.ok && r.pack).toEqual({ ...PACK_V1, id: 'xacbank-textile' });
  });

  it('gives back the shipped pack itself for an unedited copy under its own id', () => {
    const r = parsePack(JSON.parse(JSON.stringify(PACK_V1)));
    expect(r.ok && r.pack).toBe(PACK_V1);
  });

  it('refuses an edited pack that keeps the shipped id, naming where it differs', () => {
    const p = template(PACK_V1.id);
    p.greenCriteria[0].threshold = 25;
    expect(lines(errorsOf(p))).toEqual([
      expect.stringMatching(
        /^id: "gt-textile-mn" is the id of a pack shipped .* differs from it at greenCriteria\[0\]\.threshold; give your bank's pack its own id$/,
      ),
    ]);
    const newer = template(PACK_V1.id);
    newer.version = '1.1.0';
    expect(lines(errorsOf(newer))[0]).toMatch(/^id: .*not 1\.1\.0/);
  });
});

describe('parsePack refusals name the path and why', () => {
  const cases: [string, (p: Json) => void, RegExp][] = [
    [
      'an unknown document',
      (p) => {
        p.esChecks[3].documents[1] = 'DOC-XYZ';
      },
      /^esChecks\[3\]\.documents\[1\]: unknown document "DOC-XYZ"$/,
    ],
    [
      'a misspelt field',
      (p) => {
        p.greenCriteria[0].treshold = 25;
      },
      /^greenCriteria\[0\]: .*treshold/,
    ],
    [
      'a threshold given as text',
      (p) => {
        p.greenCriteria[0].threshold = '25';
      },
      /^greenCriteria\[0\]\.threshold: .*number/,
    ],
    [
      'a percentage threshold above 100',
      (p) => {
        p.greenCriteria[0].threshold = 150;
      },
      /^greenCriteria\[0\]\.threshold: .*at most 100 %, not 150$/,
    ],
    [
      'a zero payback threshold',
      (p) => {
        p.greenCriteria.find((c: { kind: string }) => c.kind === 'payback').threshold = 0;
      },
      /^greenCriteria\[8\]\.threshold: .*the payback threshold must be above 0/,
    ],
    [
      'a women-led threshold the engine would not apply',
      (p) => {
        p.greenCriteria[10].threshold = 50;
      },
      /^greenCriteria\[10\]\.threshold: .*must be 40: .*shown but not applied$/,
    ],
    [
      'a zero weight',
      (p) => {
        p.vcpItems[2].weight = 0;
      },
      /^vcpItems\[2\]\.weight: .*greater than 0/,
    ],
    [
      'a knock-out flag as text',
      (p) => {
        p.vcpItems[0].knockOut = 'yes';
      },
      /^vcpItems\[0\]\.knockOut: .*boolean/,
    ],
    [
      'a blank Mongolian text',
      (p) => {
        p.vcpItems[0].question.mn = '  ';
      },
      /^vcpItems\[0\]\.question\.mn: must not be blank$/,
    ],
    [
      'a missing mnReviewed',
      (p) => {
        delete p.title.mnReviewed;
      },
      /^title\.mnReviewed: /,
    ],
    [
      'an unknown provenance tag',
      (p) => {
        p.measures[0].source.provenance = 'X';
      },
      /^measures\[0\]\.source\.provenance: /,
    ],
    [
      'a non-web source url',
      (p) => {
        p.pillars[0].source.url = 'javascript:alert(1)';
      },
      /^pillars\[0\]\.source\.url: .*https/,
    ],
    [
      'a version that is not semver',
      (p) => {
        p.version = '1.0';
      },
      /^version: expected a semantic version/,
    ],
    [
      'an impossible effective date',
      (p) => {
        p.effectiveDate = '2026-02-30';
      },
      /^effectiveDate: not a real calendar date$/,
    ],
    [
      'an unknown process',
      (p) => {
        p.vcpItems[0].appliesTo = ['tanning'];
      },
      /^vcpItems\[0\]\.appliesTo\[0\]: /,
    ],
    [
      'a fractional deadline',
      (p) => {
        p.esChecks[0].deadlineDays = 30.5;
      },
      /^esChecks\[0\]\.deadlineDays: /,
    ],
    [
      'a duplicate VCP item id',
      (p) => {
        p.vcpItems[1].id = p.vcpItems[0].id;
      },
      /^vcpItems\[1\]\.id: duplicate id "VCP-ENV-01" \(already used by vcpItems\[0\]\)$/,
    ],
    [
      'an item in a pillar the pack does not declare',
      (p) => {
        p.pillars = p.pillars.filter((x: { id: string }) => x.id !== 'MR');
      },
      /^vcpItems\[\d+\]\.pillar: unknown pillar "MR"$/,
    ],
    [
      'a pillar without a level-3 item',
      (p) => {
        for (const i of p.vcpItems) if (i.pillar === 'WA' && i.level === 3) i.level = 2;
      },
      /^pillars\[2\]: pillar "WA" has no level-3 item/,
    ],
    [
      'an E&S check under a topic the pack does not declare',
      (p) => {
        p.esTopics = p.esTopics.filter((x: { id: string }) => x.id !== 'GOV');
      },
      /^esChecks\[\d+\]\.topic: unknown E&S topic "GOV"$/,
    ],
    [
      'a crosswalk link to a missing VCP item',
      (p) => {
        p.crosswalk[0].vcpItem = 'VCP-EN-99';
      },
      /^crosswalk\[0\]\.vcpItem: unknown VCP item "VCP-EN-99"$/,
    ],
    [
      'a measure in an unknown taxonomy category',
      (p) => {
        p.measures[0].taxonomyCode = 'MGT-XX';
      },
      /^measures\[0\]\.taxonomyCode: unknown taxonomy code "MGT-XX"$/,
    ],
    [
      'a qualifying kind no criterion provides',
      (p) => {
        p.greenCriteria[3].role = 'flag';
      },
      /^taxonomy\[0\]\.qualifyingKinds\[0\]: no green criterion of kind "renewable" has role "criterion"/,
    ],
    [
      'a crosswalk link to a missing green criterion',
      (p) => {
        p.greenCriteria = p.greenCriteria.filter((c: { id: string }) => c.id !== 'GC-RE-1');
      },
      /^crosswalk\[11\]\.greenCriteria\[0\]: unknown green criterion "GC-RE-1"$/,
    ],
    [
      'a list longer than the limit',
      (p) => {
        const one: Json = p.exclusions[0];
        p.exclusions = Array.from({ length: PACK_LIMITS.maxListItems + 1 }, (): Json => one);
      },
      /^exclusions: /,
    ],
    [
      'a text longer than the limit',
      (p) => {
        p.title.en = 'x'.repeat(PACK_LIMITS.maxTextChars + 1);
      },
      /^title\.en: /,
    ],
  ];

  it.each(cases)('refuses %s', (_name, edit, expected) => {
    const p = template();
    edit(p);
    const found = lines(errorsOf(p));
    expect(
      found.some((l) => expected.test(l)),
      found.join('\n'),
    ).toBe(true);
  });

  // The administrator who loads the bank's pack may read only Mongolian: every refusal above
  // must say its problem in Mongolian too, not repeat zod's English.
  it.each(cases)('says in Mongolian why it refuses %s', (_name, edit) => {
    const p = template();
    edit(p);
    for (const e of errorsOf(p)) {
      expect(e.mn, e.message).toMatch(/[а-яөүё]/i);
      expect(e.mn).not.toMatch(/\b(expected|invalid|unknown|must|received|too)\b/i);
    }
  });

  it('names a missing field as missing and a wrong value by what it should be, in Mongolian', () => {
    const missing = template();
    delete missing.vcpItems[0].weight;
    expect(errorsOf(missing)).toContainEqual(
      expect.objectContaining({ path: 'vcpItems[0].weight', mn: 'дутуу: тоо заавал байх ёстой' }),
    );
    const misspelt = template();
    misspelt.greenCriteria[0].treshold = 20;
    expect(errorsOf(misspelt)).toContainEqual(
      expect.objectContaining({ mn: expect.stringContaining('танигдахгүй талбар: "treshold"') }),
    );
    const tooHigh = template();
    tooHigh.greenCriteria[0].threshold = 150;
    expect(errorsOf(tooHigh)[0]?.mn).toMatch(
      /^«.+» \(energy_intensity_reduction\) шалгуурын босго 0-ээс их, дээд тал нь 100 % байх ёстой; 150 биш$/,
    );
  });

  it('refuses a file that is not an object at all', () => {
    for (const v of [null, [], 'pack', 42]) expect(lines(errorsOf(v))[0]).toMatch(/^\(root\): /);
  });
});

describe('parsePack bounds the work a hostile file can cause', () => {
  it('refuses a file of more values than the budget before checking any of them', () => {
    const p = template();
    p.crosswalk[0].esChecks = Array.from({ length: PACK_LIMITS.maxValues }, () => 1);
    expect(lines(errorsOf(p))).toEqual([
      expect.stringMatching(/^\(root\): more than 100000 values in the file/),
    ]);
    const deep = JSON.parse(
      '['.repeat(PACK_LIMITS.maxValues + 1) + ']'.repeat(PACK_LIMITS.maxValues + 1),
    );
    expect(lines(errorsOf(deep))[0]).toMatch(/more than 100000 values/);
  });

  it('lists at most maxErrors problems, then says how many more it did not list', () => {
    const p = template();
    for (const link of p.crosswalk) link.esChecks = Array.from({ length: 40 }, () => 'ES-NONE');
    const errors = errorsOf(p);
    expect(errors).toHaveLength(PACK_LIMITS.maxErrors + 1);
    expect(errors[0]).toEqual({
      path: 'crosswalk[0].esChecks[0]',
      message: 'unknown E&S check "ES-NONE"',
      mn: 'багцад байхгүй БОНХ-ийн шалгуур "ES-NONE"',
    });
    const total = p.crosswalk.length * 40;
    expect(errors.at(-1)).toEqual({
      path: '(root)',
      message: `checking stopped after ${PACK_LIMITS.maxErrors} problems; ${total - PACK_LIMITS.maxErrors} more not listed`,
      mn: `${PACK_LIMITS.maxErrors} алдааны дараа шалгалтыг зогсоов; өөр ${total - PACK_LIMITS.maxErrors} алдааг жагсаасангүй`,
    });
    const wrongTypes = template();
    for (const link of wrongTypes.crosswalk) link.esChecks = Array.from({ length: 40 }, () => 7);
    const structural = errorsOf(wrongTypes);
    expect(structural).toHaveLength(PACK_LIMITS.maxErrors + 1);
    expect(structural.at(-1)?.message).toMatch(/^checking stopped after 100 problems$/);
  });
});

describe('summarisePack', () => {
  it('counts each kind and lists the thresholds of the pack it is given', () => {
    const p = template();
    p.greenCriteria[0].threshold = 25;
    const r = parsePack(p);
    const s = summarisePack((r.ok ? r.pack : null) as CriteriaPack);
    expect(s.id).toBe('xacbank-textile');
    expect(s.counts.vcpItems).toBe(PACK_V1.vcpItems.length);
    expect(s.counts.crosswalk).toBe(PACK_V1.crosswalk.length);
    expect(s.thresholds[0]).toEqual({
      id: 'GC-EE-1',
      kind: 'energy_intensity_reduction',
      role: 'criterion',
      threshold: 25,
    });
    expect(s.knockOuts).toEqual(PACK_V1.vcpItems.filter((i) => i.knockOut).map((i) => i.id));
    expect(s.mnReviewed.reviewed).toBe(0);
    expect(s.mnReviewed.total).toBeGreaterThan(PACK_V1.vcpItems.length * 4);
  });
});
