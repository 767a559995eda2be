// The abuse corpus against the app's workbook reader: every file refused with a message naming
// what is wrong, hostile text kept strictly as text both ways.
import { describeRefusal, type RefusalCode } from '../../../shared/workbook';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { readWorkbook, verifyWorkbook } from '../../../adapters/excel';
import {
  editedVisibleSheets,
  refusedWorkbooks,
  workbookBytes,
  type RefusedFile,
} from '../../corpus/workbookCases';
import { INJECTIONS, injectedPackage } from '../../corpus/packageCases';
import { textPart, unzipParts } from '../../corpus/zipBytes';

const KNOWN = [{ id: ACTIVE_PACK.id, version: ACTIVE_PACK.version }];
/** Refused before exceljs: the reader returns these codes from the zip directory alone. */
const BEFORE_PARSE: readonly RefusalCode[] = ['not_zip', 'truncated', 'zip_bomb', 'too_large'];

let corpus: RefusedFile[] = [];
beforeAll(async () => {
  corpus = await refusedWorkbooks();
}, 120_000);

describe('workbook corpus: verifyWorkbook refuses every file', { timeout: 120_000 }, () => {
  it('builds the whole corpus', () => {
    expect(corpus.map((c) => c.id)).toContain('zip-bomb-1gib');
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses each with its code and a message naming the sheet, field or reason', async () => {
    for (const c of corpus) {
      const v = await verifyWorkbook(c.bytes, { knownPacks: KNOWN });
      expect([c.id, v.kind]).toEqual([c.id, 'unreadable']);
      if (v.kind !== 'unreadable') continue;
      expect([c.id, c.codes.includes(v.refusal.code)]).toEqual([c.id, true]);
      for (const lang of ['en', 'mn'] as const) {
        const msg = describeRefusal(v.refusal, lang);
        expect(msg.trim().length).toBeGreaterThan(10);
      }
      expect([c.id, describeRefusal(v.refusal, 'en')]).toEqual([
        c.id,
        expect.stringMatching(c.mentions),
      ]);
    }
  });

  it('refuses damaged, foreign and bomb files from the zip directory, before inflating', async () => {
    for (const id of [
      'empty',
      'random',
      'pdf',
      'truncated-half',
      'zip-bomb-1gib',
      'zip-bomb-claims-3gib',
      'zip-bomb-hidden',
    ]) {
      const c = corpus.find((x) => x.id === id);
      if (!c) throw new Error(id);
      let progressed = false;
      const r = await readWorkbook(c.bytes, { onProgress: () => (progressed = true) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(BEFORE_PARSE).toContain(r.refusal.code);
      // the first progress report comes after the zip directory passes: it never did
      expect([id, progressed]).toEqual([id, false]);
    }
    const bomb = corpus.find((x) => x.id === 'zip-bomb-1gib');
    expect(bomb!.bytes.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses a missing or renamed editable sheet (its edits would be lost); reads past others', async () => {
    for (const c of await editedVisibleSheets()) {
      const v = await verifyWorkbook(c.bytes, { knownPacks: KNOWN });
      if (c.id.startsWith('Profile')) {
        // Profile holds no editable cells: the data is whole, but a person no longer sees it
        expect([c.id, v.kind]).toEqual([c.id, 'changed']);
        if (v.kind === 'changed')
          expect(v.visible.map((x) => [x.kind, x.sheet])).toContainEqual([
            'sheet_missing',
            'Profile',
          ]);
        continue;
      }
      expect([c.id, v.kind]).toEqual([c.id, 'unreadable']);
      if (v.kind !== 'unreadable') continue;
      const sheet = c.id.split('-')[0] ?? '';
      expect(describeRefusal(v.refusal, 'en')).toContain(`sheet "${sheet}"`);
      expect(describeRefusal(v.refusal, 'en')).toMatch(/missing or was renamed/);
    }
  });
});

describe('formula injection: stored as text, written back as text', { timeout: 60_000 }, () => {
  it('writes no <f> for typed text and reads every string back exactly', async () => {
    const pkg = injectedPackage();
    const bytes = await workbookBytes(pkg);
    const parts = unzipParts(bytes);
    const sheets = parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.name));
    expect(sheets.length).toBeGreaterThan(3);
    const strings = textPart(parts, 'xl/sharedStrings.xml');
    for (const s of sheets) {
      const xml = textPart(parts, s.name);
      for (const f of xml.matchAll(/<f>([\s\S]*?)<\/f>/g)) {
        const body = f[1] ?? '';
        for (const inj of INJECTIONS) expect(body).not.toContain(inj.replace(/^[\t\r]?[=+@-]/, ''));
        expect(body).not.toMatch(/cmd\||HYPERLINK|evil/);
      }
    }
    // the visible sheets show the name as a shared string (text), never as a formula
    expect(strings).toContain('cmd|');
    const v = await verifyWorkbook(bytes, { knownPacks: KNOWN });
    expect(v.kind).toBe('intact');
    if (v.kind !== 'intact') return;
    expect(v.pkg.organisation.nameMn).toBe(INJECTIONS[0]);
    expect(v.pkg.organisation.nameEn).toBe(INJECTIONS[1]);
    expect(v.pkg.preparedBy).toBe(INJECTIONS[5]);
    expect(v.pkg.actions.at(-1)?.action).toBe(INJECTIONS[4]);
    expect(v.pkg).toEqual(pkg);
  });
});
