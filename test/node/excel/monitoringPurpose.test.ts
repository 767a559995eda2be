// The monitoring report says what it is inside the signed workbook, and every import that takes
// only one kind of file refuses the other in words, writing nothing.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { readSubmission } from '../../../renderer/src/features/officer-import/readSubmission';
import { monitoringReportPackage } from '../../../shared/monitoring/reportPackage';
import { packageDigest } from '../../../shared/workbook';
import { memoryIo } from '../../cli/memoryIo';
import { samplePackage } from '../../shared/workbook/fixtures';
import { exportSample } from './helpers';
import { sharedStrings, unzip } from './zipUtil';

// The sample's records are 2025: its report for 2025.
const report = () => monitoringReportPackage(samplePackage(), 2025);

describe('a monitoring report is labelled as one', { timeout: 60_000 }, () => {
  it('carries a signed purpose and reads back intact with it; an application carries none', async () => {
    expect(report().purpose).toEqual({ kind: 'monitoring', year: 2025 });
    const { bytes } = await exportSample('en', report());
    const s = await readSubmission({ name: 'r.xlsx', bytes }, 'en', undefined, 'monitoring');
    expect(s.kind).toBe('intact');
    if (s.kind !== 'intact') return;
    expect(s.pkg.purpose).toEqual({ kind: 'monitoring', year: 2025 });
    // an application (no purpose) keeps the digest it had before the field existed
    const app = samplePackage();
    expect('purpose' in app).toBe(false);
    expect(packageDigest({ ...app, purpose: undefined })).toBe(packageDigest(app));
  });

  it('its Summary title names the report and its year, in both languages', async () => {
    for (const [lang, title] of [
      ['en', 'Monitoring report 2025'],
      ['mn', 'Хяналтын тайлан 2025 он'],
    ] as const) {
      const { bytes, built } = await exportSample(lang, report());
      const summary = built.spec.sheets.find((sh) => sh.key === 'summary');
      expect(summary?.rows[0]?.[0]).toMatchObject({ t: 's', v: title });
      // the file's title and every printed page's header name it too
      expect(built.spec.title).toContain(title);
      for (const sheet of built.spec.sheets.filter((sh) => sh.print))
        expect(sheet.print?.header).toContain(title);
      expect(sharedStrings(unzip(bytes))).toContain(title);
      const app = await exportSample(lang);
      expect(sharedStrings(unzip(app.bytes))).not.toContain(title);
    }
  });

  it('the officer’s application import refuses it; the Monitoring tab’s refuses an application', async () => {
    const monitoring = (await exportSample('en', report())).bytes;
    // An application with records of two years: never a report. (One with a single year's
    // records may be an older, unmarked report: the Monitoring tab asks, purpose.test.ts.)
    const sample = samplePackage();
    const twoYears = {
      ...sample,
      periods: [{ ...sample.periods[0]!, period: '2024-12' }, ...sample.periods],
    };
    const application = (await exportSample('en', twoYears)).bytes;
    const asApp = await readSubmission({ name: 'r.xlsx', bytes: monitoring }, 'en');
    expect(asApp).toMatchObject({
      kind: 'unreadable',
      wrongPurpose: true,
      reason:
        'This is a monitoring report for 2025, not a loan application: open the application and import it on its Monitoring tab.',
    });
    const asAppMn = await readSubmission({ name: 'r.xlsx', bytes: monitoring }, 'mn');
    expect(asAppMn).toMatchObject({ kind: 'unreadable', wrongPurpose: true });
    if (asAppMn.kind === 'unreadable') expect(asAppMn.reason).toMatch(/2025 оны хяналтын тайлан/);

    for (const lang of ['en', 'mn'] as const) {
      const asReport = await readSubmission(
        { name: 'a.xlsx', bytes: application },
        lang,
        undefined,
        'monitoring',
      );
      expect(asReport).toMatchObject({ kind: 'unreadable', wrongPurpose: true });
      if (asReport.kind === 'unreadable')
        expect(asReport.reason).toMatch(
          lang === 'en' ? /loan application, not a monitoring report/ : /хяналтын тайлан биш/,
        );
    }
    // each still reads as what it is
    expect((await readSubmission({ name: 'a.xlsx', bytes: application }, 'en')).kind).toBe(
      'intact',
    );
  });

  it('CLI import refuses it with exit 2 and writes nothing, in both languages', async () => {
    const pkg = JSON.stringify({ ...report(), packId: 'gt-textile-mn' });
    const exp = memoryIo(['export', 'p.json', '-o', 'r.xlsx'], { 'p.json': pkg });
    expect(await runCli(exp)).toBe(0);
    const bytes = exp.files.get('r.xlsx')!;
    for (const [lang, words] of [
      ['en', /r\.xlsx: This is a monitoring report for 2025, not a loan application.+Nothing/],
      ['mn', /r\.xlsx: Энэ бол 2025 оны хяналтын тайлан.+Юу ч бичээгүй/],
    ] as const) {
      const imp = memoryIo(['import', 'r.xlsx', '-o', 'back.json', '--lang', lang], {
        'r.xlsx': bytes,
      });
      expect(await runCli(imp)).toBe(2);
      expect(imp.err()).toMatch(words);
      expect(imp.files.has('back.json')).toBe(false);
    }
  });
});
