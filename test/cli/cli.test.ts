import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runCli } from '../../cli/main';
import { samplePackage } from '../shared/workbook/fixtures';
import { replaceText, sharedStrings, sheetPart, text, unzip, zip } from '../node/excel/zipUtil';
import { memoryIo } from './memoryIo';

const PKG = JSON.stringify({ ...samplePackage(), packId: 'gt-textile-mn' });
const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

async function exported(lang = 'en') {
  const io = memoryIo(['export', 'p.json', '-o', 'w.xlsx', '--lang', lang], { 'p.json': PKG });
  expect(await runCli(io)).toBe(0);
  return io.files.get('w.xlsx')!;
}

describe('greenthread command line', { timeout: 60_000 }, () => {
  it('prints help in English, and in Mongolian through GREENTHREAD_LANG', async () => {
    const en = memoryIo(['--help']);
    expect(await runCli(en)).toBe(0);
    expect(en.out()).toContain('greenthread verify <file.xlsx>');
    const mn = memoryIo(['--help'], {}, { env: { GREENTHREAD_LANG: 'mn' } });
    expect(await runCli(mn)).toBe(0);
    expect(mn.out()).toContain('Хэрэглээ');
  });

  it('refuses unknown commands, no command and a bad --lang with exit 2', async () => {
    for (const argv of [['frobnicate'], [], ['schema', '--lang', 'fr']]) {
      const io = memoryIo(argv);
      expect(await runCli(io)).toBe(2);
      expect(io.err()).not.toBe('');
    }
  });

  it('schema prints the package JSON Schema', async () => {
    const io = memoryIo(['schema']);
    expect(await runCli(io)).toBe(0);
    const schema = JSON.parse(io.out());
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.organisation.properties.nameMn.type).toBe('string');
    expect(schema.required).toContain('periods');
  });

  it('catalogue prints the pack in the chosen language', async () => {
    const mn = memoryIo(['catalogue', '--lang', 'mn']);
    expect(await runCli(mn)).toBe(0);
    const cat = JSON.parse(mn.out());
    expect(cat.vcpItems.length).toBeGreaterThan(10);
    expect(cat.vcpItems[0].question).toMatch(/[А-Яа-яӨөҮү]/);
    const en = memoryIo(['catalogue']);
    await runCli(en);
    expect(JSON.parse(en.out()).vcpItems[0].question).toMatch(/^[\x20-\x7e’–—]+$/);
  });

  it('score gives the same results from the package and from its workbook', async () => {
    const fromJson = memoryIo(['score', 'p.json'], { 'p.json': PKG });
    expect(await runCli(fromJson)).toBe(0);
    const fromXlsx = memoryIo(['score', 'w.xlsx'], { 'w.xlsx': await exported() });
    expect(await runCli(fromXlsx)).toBe(0);
    expect(JSON.parse(fromXlsx.out())).toEqual(JSON.parse(fromJson.out()));
    expect(JSON.parse(fromJson.out()).vcp.items.length).toBeGreaterThan(0);
  });

  it('score names the field and why for a bad package, and exits 2', async () => {
    const bad = JSON.parse(PKG);
    bad.organisation.employees = -5;
    const io = memoryIo(['score', 'bad.json'], { 'bad.json': JSON.stringify(bad) });
    expect(await runCli(io)).toBe(2);
    expect(io.err()).toContain('organisation.employees');
    expect(io.out()).toBe('');
    const notJson = memoryIo(['score', 'x.json'], { 'x.json': '{"format":' });
    expect(await runCli(notJson)).toBe(2);
    expect(notJson.err()).toContain('not valid JSON');
    const missing = memoryIo(['score', 'nope.json'], {}, { env: { GREENTHREAD_LANG: 'mn' } });
    expect(await runCli(missing)).toBe(2);
    expect(missing.err()).toContain('уншиж чадсангүй');
  });

  it('export writes a workbook that verifies intact; bad input writes nothing', async () => {
    const bytes = await exported('mn');
    const v = memoryIo(['verify', 'w.xlsx'], { 'w.xlsx': bytes });
    expect(await runCli(v)).toBe(0);
    expect(v.out()).toMatch(
      /^intact: signed by the installation with key [0-9A-F]{4}(-[0-9A-F]{4}){3};/,
    );
    const bad = memoryIo(['export', 'p.json', '-o', 'w.xlsx'], {
      'p.json': '{"format":"greenthread-application"}',
    });
    expect(await runCli(bad)).toBe(2);
    expect([...bad.files.keys()]).toEqual(['p.json']);
    const noOut = memoryIo(['export', 'p.json'], { 'p.json': PKG });
    expect(await runCli(noOut)).toBe(2);
    expect(noOut.err()).toContain('-o');
  });

  it('a failed write leaves neither the target nor a temporary file', async () => {
    const io = memoryIo(
      ['export', 'p.json', '-o', 'w.xlsx'],
      { 'p.json': PKG },
      { failRename: true },
    );
    expect(await runCli(io)).toBe(2);
    // the user's signing key is created on first export; the workbook is not
    expect([...io.files.keys()].sort()).toEqual(['greenthread-signing-key.json', 'p.json']);
    expect(io.err()).toContain('cannot write w.xlsx');
  });

  it('import gives back the package; verify reports changed (1) and unreadable (2)', async () => {
    const bytes = await exported('en');
    const imp = memoryIo(['import', 'w.xlsx', '-o', 'back.json'], { 'w.xlsx': bytes });
    expect(await runCli(imp)).toBe(0);
    expect(JSON.parse(decode(imp.files.get('back.json')))).toEqual(JSON.parse(PKG));

    // an officer changes one answer with the drop-down
    const files = unzip(bytes);
    const part = sheetPart(files, 'VCP');
    const xml = text(files, part);
    const idx = sharedStrings(files).indexOf('VCP-CH-01');
    const row = new RegExp(`<c r="A(\\d+)"[^>]*t="s"[^>]*><v>${idx}</v>`).exec(xml)![1];
    const edited = xml.replace(
      new RegExp(`<c r="E${row}"([^>]*?) t="s"([^>]*)><v>\\d+</v></c>`),
      `<c r="E${row}"$1$2 t="inlineStr"><is><t>Yes</t></is></c>`,
    );
    expect(edited).not.toBe(xml);
    const changed = zip(replaceText(files, part, edited));
    const ver = memoryIo(['verify', 'c.xlsx'], { 'c.xlsx': changed });
    expect(await runCli(ver)).toBe(1);
    // the question by its pillar and words, its code beside, the answers in words
    expect(ver.out()).toMatch(
      new RegExp(
        `sheet "VCP" row ${row} VCP › Chemicals › Do you keep a chemical inventory.+ \\(VCP-CH-01\\): answer: No → Yes`,
      ),
    );
    const json = memoryIo(['verify', 'c.xlsx', '--json'], { 'c.xlsx': changed });
    expect(await runCli(json)).toBe(1);
    expect(JSON.parse(json.out()).changes).toHaveLength(1);

    // a workbook that does not verify is not imported without --accept-changes
    const keep = memoryIo(['import', 'c.xlsx', '-o', 'k.json'], { 'c.xlsx': changed });
    expect(await runCli(keep)).toBe(1);
    expect(keep.files.has('k.json')).toBe(false);
    expect(keep.err()).toContain('nothing was written');
    expect(keep.err()).not.toContain('GreenThread wrote;');
    // an acceptance needs the officer's name: without it, a clear error and nothing written
    for (const officer of [[], ['--officer', '  '], ['--officer']]) {
      const nameless = memoryIo(
        ['import', 'c.xlsx', '-o', 'a.json', '--accept-changes', ...officer],
        { 'c.xlsx': changed },
      );
      expect(await runCli(nameless)).toBe(2);
      expect(nameless.err()).toContain('--officer');
      expect(nameless.files.has('a.json')).toBe(false);
    }
    const accept = memoryIo(
      ['import', 'c.xlsx', '-o', 'a.json', '--accept-changes', '--officer', 'D. Bold'],
      { 'c.xlsx': changed },
    );
    expect(await runCli(accept)).toBe(0);
    expect(JSON.parse(decode(accept.files.get('a.json'))).vcp.answers['VCP-CH-01'].answer).toBe(
      'yes',
    );
    expect(accept.err()).toContain('accepted by D. Bold');
    expect(accept.err()).toContain('could NOT be confirmed as what GreenThread wrote');
    // the acceptance is recorded beside the package, under the officer's name, cell by cell
    const record = JSON.parse(decode(accept.files.get('a.json.acceptance.json')));
    expect(record).toMatchObject({
      file: 'c.xlsx',
      acceptedBy: 'D. Bold',
      verdict: 'changed',
      acceptedCells: [
        expect.objectContaining({ sheet: 'VCP', id: 'VCP-CH-01', field: 'answer', after: 'yes' }),
      ],
    });
    expect(Number.isNaN(Date.parse(record.acceptedAt))).toBe(false);

    const junk = memoryIo(['verify', 'j.xlsx'], { 'j.xlsx': 'PK not really' });
    expect(await runCli(junk)).toBe(2);
    const impJunk = memoryIo(['import', 'j.xlsx', '-o', 'out.json'], { 'j.xlsx': 'hello' });
    expect(await runCli(impJunk)).toBe(2);
    expect(impJunk.files.has('out.json')).toBe(false);
    expect(impJunk.err()).toContain('not an Excel workbook');
  });

  it('the bin launcher runs through tsx and returns the exit codes', () => {
    const help = spawnSync(process.execPath, ['cli/greenthread.mjs', '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('greenthread score');
    const bad = spawnSync(process.execPath, ['cli/greenthread.mjs', 'verify', 'package.json'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not an Excel workbook');
    const pkgJson = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkgJson.bin.greenthread).toBe('cli/greenthread.mjs');
  });
});
