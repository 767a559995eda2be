// The committee memo: one model, printed and written to Word; in the memo's language whatever the
// screen's; the Word file read back has every section.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { packToShow } from '../../../../shared/catalogue/resolvePack';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import type { Language } from '../../../../shared/package/enums';
import { parsePackage } from '../../../../shared/package/parsePackage';
import type { SignOff } from '../../../../shared/officer-record/signOff';
import type { ImportVerification } from '../../../../renderer/src/db/repositories/importVerification';
import { memoToDocx } from '../../../../renderer/src/features/officer-application/memo/memoDocx';
import {
  buildMemo,
  memoReference,
  type MemoModel,
  type Say,
} from '../../../../renderer/src/features/officer-application/memo/memoModel';
import { esapAction } from '../../../../renderer/src/features/officer-application/screeningModel';
import type { ApplicationData } from '../../../../renderer/src/features/officer-application/useApplicationData';
import { testI18n } from '../../testI18n';

const TODAY = '2026-03-01';
const SIGNING = '2026-04-01';

function exampleData(actionLanguage: Language): ApplicationData {
  const parsed = parsePackage(
    JSON.parse(readFileSync('docs/examples/scourer-dehairer.package.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error('example package does not parse');
  const pkg = parsed.value;
  const pack = packToShow(pkg.packId, pkg.packVersion);
  const options = { asOf: TODAY, signingDate: SIGNING };
  const first = scorePackage(pkg, pack, options);
  // The officer generated the ESAP from a screen in `actionLanguage` and left the texts as they were.
  pkg.actions = [
    ...pkg.actions.filter((a) => a.source.kind !== 'es'),
    ...first.es.esap.map((g) => esapAction(g, actionLanguage)),
  ];
  const results = scorePackage(pkg, pack, options);
  return {
    app: {
      id: '0f3c9a2e-1b7d-4c55-9e3a-2d4b6c8e0a11',
      orgId: 'org-1',
      status: 'in_review',
      amountMnt: 850_000_000,
      womenLed: 0,
      importedAt: '2026-02-20T09:00:00.000Z',
      digest: 'x',
      history: [
        { importedAt: '2026-02-10T09:00:00.000Z', digest: 'a' },
        { importedAt: '2026-02-20T09:00:00.000Z', digest: 'x' },
      ],
      updatedAt: '2026-02-20T09:00:00.000Z',
      signingDate: SIGNING,
      termYears: 5,
    },
    pkg,
    pack,
    terms: { signingDate: SIGNING, termYears: 5 },
    results,
    promised: null,
    esAssessment: null,
    declared: null,
    flags: {},
    today: TODAY,
  };
}

function memoIn(
  language: Language,
  data: ApplicationData,
  signed: SignOff | null = null,
  verification: ImportVerification | null = null,
): MemoModel {
  // The screen is in English; the memo is asked for in `language`.
  const fixed = testI18n('en').getFixedT(language, [
    'officer',
    'screening',
    'actions',
    'project',
    'explain',
    'common',
    'verdicts',
  ]);
  const say: Say = (key, params) => fixed(key, params ?? {});
  return buildMemo(
    {
      data,
      signed: signed ? { version: 1, s: signed } : null,
      preparedBy: { name: 'B. Oyun', bank: 'Example Bank' },
      verification,
    },
    say,
    language,
  );
}

function allText(m: MemoModel): string[] {
  const out = [m.title, m.subtitle];
  for (const s of m.sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(b.text);
      if (b.kind === 'list') out.push(...b.items);
      if (b.kind === 'facts') for (const r of b.rows) out.push(r.label, r.value);
      if (b.kind === 'table') out.push(...b.columns, ...b.rows.flat());
    }
  }
  return out;
}

const signOff: SignOff = {
  kind: 'signoff',
  name: 'B. Oyun',
  role: 'Loan officer',
  date: '2026-03-02',
  recommendation: 'Approve with the conditions precedent listed in section 5.',
  category: { suggested: 'B', final: 'B' },
  green: {
    suggested: 'eligible_subject_to_verification',
    final: 'eligible_subject_to_verification',
  },
};

describe('decision memo', () => {
  it('prints what the firm’s records decide beside the officer’s result against them, with its reason', () => {
    // The example's ES-LEG-01 was saved "ok", but its environmental management plan is missing
    // (DL-PERMIT-EIA decides): a finding until the officer keeps "ok" with a reason.
    const data = exampleData('en');
    const reason = 'Plan filed with the district on 20 Feb; receipt seen.';
    const before = allText(memoIn('en', data)).join('\n');
    expect(before).toMatch(
      /ES-LEG-01\): Data says: [^\n]*The data decides this check: a finding \(High\)/,
    );
    data.pkg.es!.checks['ES-LEG-01'] = {
      result: 'ok',
      confirmed: true,
      dataOverrideReason: reason,
    };
    data.results = scorePackage(data.pkg, data.pack, { asOf: TODAY, signingDate: SIGNING });
    const en = allText(memoIn('en', data)).join('\n');
    const line = en.split('\n').find((l) => l.includes('(ES-LEG-01): Data says:'));
    expect(line).toMatch(
      /Data says: the profile lists no Environmental management plan and annual monitoring report\. Officer’s result: OK — reason: Plan filed with the district on 20 Feb; receipt seen\.$/,
    );
    const mn = allText(memoIn('mn', data)).join('\n');
    expect(mn).toContain(`Ажилтны дүгнэлт:`);
    expect(mn).toContain(reason);
  });

  it('has a stable reference from the first receipt year and the id', () => {
    expect(memoReference(exampleData('en').app)).toBe('GT-2026-0F3C9A2E');
  });

  it('holds what a committee expects, in words, with conditions precedent named once', () => {
    const data = exampleData('en');
    const memo = memoIn('en', data, signOff);
    const ids = memo.sections.map((s) => s.id);
    expect(ids).toEqual([
      'borrower',
      'exclusion',
      'category',
      'findings',
      'esap',
      'green',
      'vcp',
      'monitoring',
      'recommendation',
    ]);
    const text = allText(memo).join('\n');
    expect(text).toContain('GT-2026-0F3C9A2E');
    expect(text).toContain('850,000,000 ₮');
    // Tenor against the project's life, and the dates a committee asks for.
    expect(text).toMatch(/5 years; the project's life is \d+ years/);
    expect(text).toContain('Application received');
    expect(text).toContain('2 submissions');
    // Integrity: this example carries no recorded verdict, and the memo says so instead of
    // claiming one.
    expect(text).toContain('Not recorded');
    // Conditions precedent: one line counts them, and each appears once in the plan's column.
    const esap = memo.sections.find((s) => s.id === 'esap')!;
    const table = esap.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no ESAP table');
    const cpRows = table.rows.filter((r) => r[5] === 'Condition precedent to disbursement');
    const cpCount = data.results.es.esap.filter((g) => g.conditionPrecedent).length;
    expect(cpRows).toHaveLength(cpCount);
    // Green: each criterion with measured value, threshold and result; savings in absolute terms.
    const green = memo.sections.find((s) => s.id === 'green')!;
    const criteria = green.blocks.find((b) => b.kind === 'table');
    if (criteria?.kind !== 'table') throw new Error('no criteria table');
    expect(criteria.rows).toHaveLength(data.results.green!.criteria.length);
    expect(text).toContain('Energy saved');
    expect(text).toContain('CO2e avoided');
    // The signed recommendation and the signer's name in the signature block.
    expect(text).toContain('Approve with the conditions precedent');
    expect(memo.signatures.lines[0]!.name).toBe('B. Oyun');
    // No raw codes where words belong.
    for (const code of [
      'not_eligible',
      'eligible_subject_to_verification',
      'in_progress',
      'es_report',
    ]) {
      expect(text).not.toContain(code);
    }
  });

  it("states the submission file's verdict as the import recorded it", () => {
    const memo = memoIn('en', exampleData('en'), null, {
      verdict: 'changed',
      fingerprint: 'AB12 CD34',
      acceptedBy: 'Officer Bat',
    });
    const text = allText(memo).join('\n');
    expect(text).toContain('Changed after export; the officer accepted the changes');
    expect(text).toContain('key AB12 CD34');
    expect(text).toContain('accepted by Officer Bat');
    expect(text).not.toContain('Not recorded');
  });

  it('says plainly that an unsigned memo is a draft', () => {
    const memo = memoIn('en', exampleData('en'));
    expect(allText(memo).join('\n')).toContain('Not signed off yet');
    expect(memo.signatures.lines.every((l) => l.name === null)).toBe(true);
  });

  it("is written in the memo's language, ESAP texts too, whatever language made them", () => {
    // The ESAP was generated from an English screen; the Mongolian memo prints the Mongolian texts.
    const data = exampleData('en');
    const memo = memoIn('mn', data);
    const esap = memo.sections.find((s) => s.id === 'esap')!;
    const table = esap.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no ESAP table');
    // Each action in Mongolian, then the checks and documents it answers, by code.
    const mnActions = data.results.es.esap.map(
      (g) => `${g.action.mn} (Хамаарах: ${g.sources.join(', ')})`,
    );
    expect(table.rows.map((r) => r[1])).toEqual(mnActions);
    expect(memo.title).toBe(testI18n('mn').t('officer:memo.title'));
    // An edited text is the officer's own and is printed as written.
    data.pkg.actions.find((a) => a.source.kind === 'es')!.action = 'Our own wording';
    const edited = memoIn('mn', data);
    const t2 = edited.sections.find((s) => s.id === 'esap')!.blocks.find((b) => b.kind === 'table');
    if (t2?.kind !== 'table') throw new Error('no ESAP table');
    expect(t2.rows.map((r) => r[1]?.split(' (')[0])).toContain('Our own wording');
  });

  it('writes a Word file whose document holds every section, in both languages', async () => {
    for (const language of ['en', 'mn'] as const) {
      const memo = memoIn(language, exampleData(language), signOff);
      const bytes = await memoToDocx(memo);
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')!.async('string');
      const plain = xml
        .replace(/<[^>]+>/g, '')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      for (const s of memo.sections) expect(plain).toContain(s.heading);
      expect(plain).toContain(memo.signatures.heading);
      expect(plain).toContain('GT-2026-0F3C9A2E');
      expect(plain).toContain('B. Oyun');
    }
  });

  it('keeps control characters a note may carry out of the Word XML', async () => {
    const data = exampleData('en');
    const memo = memoIn('en', data, { ...signOff, recommendation: 'Approve\u0007 now\nwith care' });
    const zip = await JSZip.loadAsync(await memoToDocx(memo));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('Approve now');
  });
});

describe('decision memo source lines', () => {
  it('prints each green criterion’s source and the schedule’s source in the memo’s language', () => {
    const data = exampleData('en');
    const first = data.results.green?.criteria[0];
    const source = data.pack.greenCriteria.find((g) => g.id === first?.id)?.source;
    if (!first || !source) throw new Error('example has no green criteria');
    const en = allText(memoIn('en', data));
    expect(en).toContain(`${first.id}: [${source.provenance}] ${source.citation}`);
    expect(en).toContain(
      '[D] Illustrative default (editable): an annual E&S report; a site visit every six months for category A, every year for B',
    );
    const mn = allText(memoIn('mn', data));
    const mnLine = mn.find((l) => l.startsWith(`${first.id}: [${source.provenance}] `));
    expect(mnLine).toBeDefined();
    expect(mnLine).not.toContain(source.citation);
    expect(mnLine).toMatch(/[А-Яа-яӨөҮү]/);
    expect(mn.some((l) => l.startsWith('[D] Жишээ анхдагч хуваарь (засаж болно)'))).toBe(true);
    expect(mn.join('\n')).not.toContain('Illustrative default');
  });
});
