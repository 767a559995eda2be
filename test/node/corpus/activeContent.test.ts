// Active content (links to other files, DDE, script and file hyperlinks, macros, embedded objects)
// through every reader that takes a workbook: the workbook reader, CLI verify and import, the
// officer's import, the monitoring report intake. None may read such a file as intact.
import { verifyWorkbook } from '../../../adapters/excel';
import { runCli } from '../../../cli/main';
import { readSubmission } from '../../../renderer/src/features/officer-import/readSubmission';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { takeReport } from '../../../shared/monitoring/reportIntake';
import { memoryIo } from '../../cli/memoryIo';
import { activeWorkbooks, type ActiveCase } from '../../corpus/activeCases';

const KNOWN = [{ id: ACTIVE_PACK.id, version: ACTIVE_PACK.version }];
const WORDS = {
  macros: /macros/i,
  external_link: /a link to another file/i,
  dde: /DDE/,
  script_link: /script hyperlink/i,
  web_link: /a web or mail link/i,
  embedded_object: /embedded object/i,
} as const;

let cases: ActiveCase[] = [];
beforeAll(async () => {
  cases = await activeWorkbooks();
}, 120_000);

describe('active content is flagged by every reader', { timeout: 120_000 }, () => {
  it('builds every case', () => {
    expect(cases.map((c) => c.id)).toEqual([
      'external-link',
      'dde',
      'javascript-hyperlink',
      'file-hyperlink',
      'unc-hyperlink',
      'https-hyperlink',
      'mailto-hyperlink',
      'dde-formula',
      'dde-function',
      'webservice-formula',
      'hyperlink-formula',
      'vba',
      'ole-object',
    ]);
  });

  it('the workbook reader: changed, naming what it found (file: and UNC links too)', async () => {
    for (const c of cases) {
      const v = await verifyWorkbook(c.bytes, { knownPacks: KNOWN });
      expect([c.id, v.kind]).toEqual([c.id, 'changed']);
      if (v.kind !== 'changed') continue;
      expect([c.id, v.foreign.map((f) => f.kind)]).toEqual([
        c.id,
        expect.arrayContaining([c.kind]),
      ]);
      // what was found is named: the formula's cell and text, or the link's target
      expect([c.id, v.foreign.map((f) => f.where).join('\n')]).toEqual([
        c.id,
        expect.stringMatching(/example\.com|calc|\.xml|\.bin|\\\\|file:/),
      ]);
      // nothing else differs: the cells and the signature still hold (a formula is also a
      // visible edit of its cell)
      if (c.editsCell) continue;
      expect([c.id, v.digestMatches, v.signature.status, v.changes, v.visible]).toEqual([
        c.id,
        true,
        'valid',
        [],
        [],
      ]);
    }
  });

  it('CLI verify and import: exit 1 with the words; import writes nothing', async () => {
    for (const c of cases) {
      const verify = memoryIo(['verify', 'w.xlsx'], { 'w.xlsx': c.bytes });
      expect([c.id, await runCli(verify)]).toEqual([c.id, 1]);
      expect([c.id, verify.out() + verify.err()]).toEqual([
        c.id,
        expect.stringMatching(WORDS[c.kind]),
      ]);
      // the same in Mongolian: what was found is named in words, never only as a code
      const mn = memoryIo(['verify', 'w.xlsx', '--lang', 'mn'], { 'w.xlsx': c.bytes });
      expect([c.id, await runCli(mn)]).toEqual([c.id, 1]);
      expect([c.id, mn.out() + mn.err()]).toEqual([
        c.id,
        expect.stringMatching(/GreenThread хэзээ ч бичдэггүй агуулга: [А-Яа-яӨөҮүЁё]/),
      ]);
      const imp = memoryIo(['import', 'w.xlsx', '-o', 'p.json'], { 'w.xlsx': c.bytes });
      expect([c.id, await runCli(imp)]).toEqual([c.id, 1]);
      expect([c.id, [...imp.files.keys()]]).toEqual([c.id, ['w.xlsx']]);
    }
  });

  it('the officer import shows it as content GreenThread never writes, in both languages', async () => {
    for (const c of cases) {
      for (const language of ['en', 'mn'] as const) {
        const s = await readSubmission({ name: 'w.xlsx', bytes: c.bytes }, language);
        expect([c.id, s.kind]).toEqual([c.id, 'changed']);
        if (s.kind !== 'changed') continue;
        expect([c.id, s.word]).toEqual([c.id, 'changed']);
        expect(s.foreign.map((f) => f.kind)).toContain(c.kind);
      }
    }
  });

  it('the monitoring report intake refuses it, naming the kinds', async () => {
    for (const c of cases) {
      const s = await readSubmission({ name: 'w.xlsx', bytes: c.bytes }, 'en');
      if (s.kind !== 'changed') throw new Error(`${c.id}: ${s.kind}`);
      const taken = takeReport({
        application: {
          name: s.pkg.organisation.nameEn,
          registrationNo: s.pkg.organisation.registrationNo,
          hasProject: true,
          reports: [],
        },
        report: s.pkg,
        foreign: s.foreign,
        fileName: 'w.xlsx',
        verdict: s.word,
        importedAt: '2030-01-01T00:00:00Z',
      });
      expect([c.id, taken]).toEqual([
        c.id,
        {
          ok: false,
          refusal: { reason: 'activeContent', kinds: expect.arrayContaining([c.kind]) },
        },
      ]);
    }
  });
});
