// Malformed application packages (JSON files) and hostile-but-valid text for injection tests.
import type { ApplicationPackage } from '../../shared/package/schema';
import { PDF_HEADER, basePackage, bigString, enc, randomBytes } from './workbookCases';

export interface RefusedJson {
  id: string;
  title: string;
  bytes: Uint8Array;
  /** The message must match this: the field path or the reason. */
  mentions: RegExp;
}

/** Text a spreadsheet would run as a formula if it were ever written as one. */
export const INJECTIONS = [
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  '-2+3',
  '@A1',
  '\t=1+1',
  '\r=HYPERLINK("http://evil.example","x")',
] as const;

const asJson = (v: unknown) => enc(JSON.stringify(v));

type Mutable = Record<string, unknown>;

/** A deep copy of the base package as plain JSON, edited by `edit`. */
function edited(edit: (p: Mutable & { organisation: Mutable }) => void): Uint8Array {
  const p = JSON.parse(JSON.stringify(basePackage())) as Mutable & { organisation: Mutable };
  edit(p);
  return asJson(p);
}

/** The base package with every free-text field a user types set to an injection string. */
export function injectedPackage(): ApplicationPackage {
  const pkg = basePackage();
  const [a, b, c, d, e, f] = INJECTIONS;
  const answers = Object.entries(pkg.vcp?.answers ?? {});
  return {
    ...pkg,
    preparedBy: f,
    organisation: { ...pkg.organisation, nameMn: a, nameEn: b, address: c, district: d },
    vcp: pkg.vcp && {
      ...pkg.vcp,
      answers: Object.fromEntries(
        answers.map(([k, v], i) => [
          k,
          i < INJECTIONS.length ? { ...v, comment: INJECTIONS[i] } : v,
        ]),
      ),
    },
    actions: [
      ...pkg.actions,
      { id: 'act-inj', source: { kind: 'manual' }, action: e, priority: 'high', status: 'open' },
    ],
  };
}

/**
 * What every JSON reader refuses alike: no JSON at all (empty, random bytes, a PDF), a good
 * file (`good`, named by `noun`) cut in half, and JSON of the wrong shape at the root.
 */
export function notJsonCases(good: Uint8Array, noun: string): RefusedJson[] {
  return [
    { id: 'empty', title: 'an empty file', bytes: new Uint8Array(0), mentions: /JSON|empty/i },
    { id: 'random', title: 'random bytes', bytes: randomBytes(4096), mentions: /JSON/ },
    { id: 'pdf', title: 'a PDF', bytes: PDF_HEADER, mentions: /JSON/ },
    {
      id: 'truncated',
      title: `${noun} cut in half`,
      bytes: good.slice(0, good.length >> 1),
      mentions: /JSON/,
    },
    { id: 'array', title: 'a JSON array', bytes: enc('[]'), mentions: /\(root\)/ },
  ];
}

export function refusedPackages(): RefusedJson[] {
  const good = asJson(basePackage());
  return [
    ...notJsonCases(good, 'a package'),
    {
      id: 'foreign',
      title: "another program's JSON",
      bytes: asJson({ name: 'my-app', version: '1.0.0' }),
      mentions: /format/,
    },
    {
      id: 'backup',
      title: 'a GreenThread backup instead of a package',
      bytes: asJson({
        app: 'GreenThread',
        kind: 'database-backup',
        backupFormat: 1,
        schemaVersion: 2,
        tables: {},
        end: true,
      }),
      mentions: /format/,
    },
    {
      id: 'missing-field',
      title: 'no organisation',
      bytes: edited((p) => Reflect.deleteProperty(p, 'organisation')),
      mentions: /organisation/,
    },
    {
      id: 'missing-nested',
      title: 'no Mongolian name',
      bytes: edited((p) => delete p.organisation.nameMn),
      mentions: /organisation\.nameMn/,
    },
    {
      id: 'extra-field',
      title: 'an unknown top-level field',
      bytes: edited((p) => (p.shareholders = ['x'])),
      mentions: /shareholders/,
    },
    {
      id: 'extra-nested',
      title: 'an unknown organisation field',
      bytes: edited((p) => (p.organisation.colour = 'red')),
      mentions: /colour/,
    },
    {
      id: 'wrong-type',
      title: 'employees as text',
      bytes: edited((p) => (p.organisation.employees = '85')),
      mentions: /organisation\.employees/,
    },
    {
      id: 'negative',
      title: 'negative employees',
      bytes: edited((p) => (p.organisation.employees = -1)),
      mentions: /organisation\.employees/,
    },
    {
      id: 'nan',
      title: 'NaN in the JSON text',
      bytes: enc(new TextDecoder().decode(good).replace(/"employees":\d+/, '"employees":NaN')),
      mentions: /JSON/,
    },
    {
      id: 'huge',
      title: '1e308 turnover',
      bytes: edited((p) => (p.organisation.annualTurnoverMnt = 1e308)),
      mentions: /organisation\.annualTurnoverMnt/,
    },
    {
      id: 'infinity',
      title: '1e999 (Infinity) turnover',
      bytes: enc(
        new TextDecoder()
          .decode(good)
          .replace(/"annualTurnoverMnt":[\d.]+/, '"annualTurnoverMnt":1e999'),
      ),
      mentions: /organisation\.annualTurnoverMnt/,
    },
    {
      id: 'impossible-date',
      title: 'a permit expiring 2025-02-30',
      bytes: edited(
        (p) => (((p.organisation.permits as Mutable[])[0] as Mutable).expiresOn = '2025-02-30'),
      ),
      mentions: /organisation\.permits\.0\.expiresOn/,
    },
    {
      id: 'string-10mb',
      title: 'a 10 MB company name',
      bytes: edited((p) => (p.organisation.nameEn = bigString(10 * 1024 * 1024))),
      mentions: /organisation\.nameEn/,
    },
    {
      id: 'newer-format',
      title: 'package format version 2',
      bytes: edited((p) => (p.formatVersion = 2)),
      mentions: /formatVersion/,
    },
  ];
}

/** A package pinned to a pack version this app does not ship. */
export function newerPackPackage(): Uint8Array {
  return edited((p) => {
    p.packVersion = '99.0.0';
    if (p.vcp) (p.vcp as Mutable).packVersion = '99.0.0';
  });
}
