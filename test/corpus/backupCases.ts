// Damaged, foreign and hostile backup files, derived from a real backup's text at test time.
import { bigString, enc, PDF_HEADER, randomBytes } from './workbookCases';
import { zerosDeflateStream, zipParts } from './zipBytes';

export interface RefusedBackup {
  id: string;
  title: string;
  bytes: Uint8Array;
  /** The message must match this: the table, row, field or reason. */
  mentions: RegExp;
}

type Json = Record<string, unknown>;
type Tables = Record<string, Json[]>;

/** A 1 MB zip whose one part inflates to 1 GiB: handed to restore by mistake or malice. */
export function zipBombBytes(): Uint8Array {
  return zipParts([
    {
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      body: zerosDeflateStream(1024),
      crc: 0, // never checked: nothing may inflate it
      declaredSize: 0xfffffffe,
    },
  ]);
}

/**
 * Every refused backup. `valid` is the text of a real backup with at least two organisations
 * and some periods; each case edits a parsed copy.
 */
export function refusedBackups(valid: string, newerSchema: number): RefusedBackup[] {
  const edited = (edit: (b: Json & { tables: Tables }) => void) => {
    const b = JSON.parse(valid) as Json & { tables: Tables };
    edit(b);
    return enc(JSON.stringify(b));
  };
  const half = (rows: Json[]) => rows[Math.floor(rows.length / 2)] as Json;
  /** The first row of a table the valid backup must hold (a missing table fails loudly). */
  const first = (b: { tables: Tables }, table: string): Json => {
    const row = b.tables[table]?.[0];
    if (!row) throw new Error(`the valid backup has no "${table}" rows to edit`);
    return row;
  };
  /** Adds a row, keeping the header's count right so only the row itself is at fault. */
  const add = (b: Json & { tables: Tables }, table: string, row: Json) => {
    (b.tables[table] ??= []).push(row);
    const counts = b.tableCounts as Record<string, number>;
    counts[table] = (counts[table] ?? 0) + 1;
  };
  return [
    { id: 'empty', title: 'an empty file', bytes: new Uint8Array(0), mentions: /empty/ },
    {
      id: 'random',
      title: 'random bytes',
      bytes: randomBytes(4096, 3),
      mentions: /not a JSON file/,
    },
    { id: 'pdf', title: 'a PDF', bytes: PDF_HEADER, mentions: /not a JSON file/ },
    { id: 'zip-bomb', title: 'a zip bomb', bytes: zipBombBytes(), mentions: /not a JSON file/ },
    {
      id: 'truncated',
      title: 'a backup cut in half',
      bytes: enc(valid.slice(0, valid.length >> 1)),
      mentions: /incomplete or damaged/,
    },
    {
      id: 'foreign',
      title: "another app's JSON",
      bytes: enc('{"app":"OtherApp","tables":{},"end":true}'),
      mentions: /not made by GreenThread/,
    },
    {
      id: 'array',
      title: 'a JSON array',
      bytes: enc('[1,2,3]'),
      mentions: /not a GreenThread backup/,
    },
    {
      id: 'package',
      title: 'an application package',
      bytes: enc('{"format":"greenthread-application","formatVersion":1}'),
      mentions: /application package, not a backup/,
    },
    {
      id: 'newer-schema',
      title: 'a newer schemaVersion',
      bytes: edited((b) => (b.schemaVersion = newerSchema)),
      mentions: /newer version of GreenThread/,
    },
    {
      id: 'newer-format',
      title: 'a newer backupFormat',
      bytes: edited((b) => (b.backupFormat = 9)),
      mentions: /newer version of GreenThread/,
    },
    {
      id: 'unknown-table',
      title: 'an unknown table',
      bytes: edited((b) => (b.tables.secrets = [])),
      mentions: /unknown table "secrets"/,
    },
    {
      id: 'count-mismatch',
      title: 'rows missing from a table',
      bytes: edited((b) => b.tables.periods?.pop()),
      mentions: /"periods" has \d+ rows where its header promises/,
    },
    {
      id: 'no-end',
      title: 'no end marker',
      bytes: edited((b) => delete b.end),
      mentions: /end is missing/,
    },
    {
      id: 'invalid-halfway',
      title: 'a period in the middle with a text value',
      bytes: edited((b) => (half(b.tables.periods ?? []).orgId = 42)),
      mentions: /"periods" is not valid/,
    },
    {
      id: 'huge',
      title: '1e308 turnover in the last organisation',
      bytes: edited((b) => ((b.tables.organisations ?? []).at(-1)!.annualTurnoverMnt = 1e308)),
      mentions: /"organisations" is not valid[\s\S]*annualTurnoverMnt/,
    },
    {
      id: 'infinity',
      title: '1e999 (Infinity) employees',
      bytes: enc(valid.replace(/"employees":\d+/, '"employees":1e999')),
      mentions: /"organisations" is not valid[\s\S]*employees/,
    },
    {
      id: 'nan',
      title: 'NaN in the text',
      bytes: enc(valid.replace(/"employees":\d+/, '"employees":NaN')),
      mentions: /incomplete or damaged|not a JSON file/,
    },
    {
      id: 'impossible-date',
      title: 'a permit expiring 2025-02-30',
      bytes: edited(
        (b) =>
          ((b.tables.organisations ?? [])[0]!.permits = [
            { id: 'p', kind: 'eia', expiresOn: '2025-02-30' },
          ]),
      ),
      mentions: /permits\.0\.expiresOn/,
    },
    {
      id: 'string-10mb',
      title: 'a 10 MB organisation name',
      bytes: edited(
        (b) => ((b.tables.organisations ?? [])[0]!.nameEn = bigString(10 * 1024 * 1024)),
      ),
      mentions: /nameEn/,
    },
    {
      id: 'missing-field',
      title: 'an organisation without a name',
      bytes: edited((b) => delete (b.tables.organisations ?? [])[0]!.nameMn),
      mentions: /nameMn/,
    },
    {
      id: 'extra-field',
      title: 'an organisation with an unknown field',
      bytes: edited((b) => ((b.tables.organisations ?? [])[0]!.colour = 'red')),
      mentions: /colour/,
    },
    {
      id: 'deep-json',
      title: 'arrays nested 100,000 deep',
      bytes: enc(`{"app":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      mentions: /JSON_LIMITS\.maxDepth/,
    },
    // Crafted rows per table (issue 17): each passed the old loose schemas and broke a screen.
    {
      id: 'application-history-text',
      title: 'an application whose history is text (Portfolio: "history.map is not a function")',
      bytes: edited((b) => (first(b, 'applications').history = 'none')),
      mentions: /"applications" is not valid[\s\S]*history/,
    },
    {
      id: 'application-unknown-key',
      title: 'an application with an unknown field',
      bytes: edited((b) => (first(b, 'applications').script = '<img src=x>')),
      mentions: /"applications" is not valid[\s\S]*script/,
    },
    {
      id: 'settings-profile-object',
      title: 'a profile whose name is an object (Settings crashed mid-restore)',
      bytes: edited((b) => {
        b.tables.settings = (b.tables.settings ?? []).filter((r) => r.key !== 'profile');
        (b.tableCounts as Record<string, number>).settings = b.tables.settings.length;
        add(b, 'settings', {
          key: 'profile',
          value: { name: { first: 'A' }, role: 'msme', language: 'en', affiliation: '' },
        });
      }),
      mentions: /"settings" is not valid[\s\S]*"profile"/,
    },
    {
      id: 'settings-signing-key-malformed',
      title:
        'an installation signing key that is not a key pair (would be replaced at the next export)',
      bytes: edited((b) => {
        add(b, 'settings', { key: 'signingKey', value: { secretKey: 'x', publicKey: 42 } });
      }),
      mentions: /"settings" is not valid[\s\S]*"signingKey"/,
    },
    {
      id: 'evidence-name-10mb',
      title: 'a 10 MB evidence file name',
      bytes: edited((b) => (first(b, 'evidenceFiles').name = bigString(10 * 1024 * 1024))),
      mentions: /"evidenceFiles" is not valid[\s\S]*name/,
    },
    {
      id: 'assessment-wrong-type',
      title: 'an assessment whose version is text',
      bytes: edited((b) => (first(b, 'assessments').version = 'two')),
      mentions: /"assessments" is not valid[\s\S]*version/,
    },
    {
      id: 'assessment-proto-answer',
      title: 'an assessment answer keyed "__proto__"',
      bytes: edited((b) => {
        const row = (b.tables.assessments ?? []).find((r) => r.instrument === 'vcp');
        if (!row) throw new Error('the valid backup has no VCP assessment');
        Object.defineProperty(row.answers, '__proto__', {
          value: { answer: 'yes' },
          enumerable: true,
        });
      }),
      mentions: /"assessments" is not valid[\s\S]*__proto__/,
    },
    {
      id: 'audit-unknown-entity',
      title: 'an audit event about an unknown kind of thing',
      bytes: edited((b) => (first(b, 'auditEvents').entity = 'secrets')),
      mentions: /"auditEvents" is not valid[\s\S]*entity/,
    },
    {
      id: 'action-wrong-type',
      title: 'an action whose status is a number',
      bytes: edited((b) => (first(b, 'actions').status = 3)),
      mentions: /"actions" is not valid[\s\S]*status/,
    },
    {
      id: 'orphan-period',
      title: 'a period of an organisation that is not in the backup',
      bytes: edited((b) => (first(b, 'periods').orgId = 'ghost-org')),
      mentions: /"periods" is not valid[\s\S]*organisation "ghost-org"/,
    },
    {
      id: 'orphan-application',
      title: 'an application of an organisation that is not in the backup',
      bytes: edited((b) => (first(b, 'applications').orgId = 'ghost-org')),
      mentions: /"applications" is not valid[\s\S]*organisation "ghost-org"/,
    },
    {
      id: 'orphan-evidence-link',
      title: 'an evidence link to a file that is not in the backup',
      bytes: edited((b) => (first(b, 'evidenceLinks').sha = 'f'.repeat(64))),
      mentions: /"evidenceLinks" is not valid[\s\S]*evidence file/,
    },
  ];
}
