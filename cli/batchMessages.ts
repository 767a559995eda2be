// Words of the batch mode (many files in one call), in both languages.
import type { Language } from '../shared/package/enums';

export type BatchCommand = 'verify' | 'import' | 'score';

export interface BatchMessages {
  verdict: (command: BatchCommand, code: number) => string;
  summary: (files: number, counts: string, seconds: string) => string;
  count: (n: number, verdict: string) => string;
  noFiles: (command: BatchCommand) => string;
  needOutputDir: (command: BatchCommand) => string;
  badReport: (path: string) => string;
  wroteReport: (path: string) => string;
  workers: (n: number) => string;
}

const VERDICTS: Record<Language, Record<BatchCommand, readonly [string, string, string]>> = {
  en: {
    verify: ['intact', 'changed', 'unreadable'],
    import: ['imported', 'changed, not imported', 'refused'],
    score: ['scored', 'changed', 'refused'],
  },
  mn: {
    verify: ['бүрэн бүтэн', 'өөрчлөгдсөн', 'уншигдахгүй'],
    import: ['импортолсон', 'өөрчлөгдсөн, импортлоогүй', 'татгалзсан'],
    score: ['үнэлсэн', 'өөрчлөгдсөн', 'татгалзсан'],
  },
};

const verdictOf = (lang: Language) => (command: BatchCommand, code: number) =>
  VERDICTS[lang][command][Math.min(Math.max(code, 0), 2)] ?? VERDICTS[lang][command][2];

export function batchMessages(lang: Language): BatchMessages {
  if (lang === 'mn')
    return {
      verdict: verdictOf('mn'),
      summary: (files, counts, seconds) => `${String(files)} файл: ${counts} (${seconds} с)`,
      count: (n, verdict) => `${String(n)} ${verdict}`,
      noFiles: (c) => `${c}: өгсөн зам дээр шалгах файл олдсонгүй`,
      needOutputDir: (c) =>
        `${c}: олон файлын үр дүнг бичих хавтсаа -o <хавтас> гэж өгнө үү (байгаа хавтас)`,
      badReport: (p) => `--report ${p}: .csv эсвэл .json өргөтгөлтэй файл өгнө үү`,
      wroteReport: (p) => `тайланг ${p}-д бичлээ`,
      workers: (n) => `${String(n)} процессорын цөм дээр ажиллаж байна`,
    };
  return {
    verdict: verdictOf('en'),
    summary: (files, counts, seconds) => `${String(files)} files: ${counts} (${seconds} s)`,
    count: (n, verdict) => `${String(n)} ${verdict}`,
    noFiles: (c) => `${c}: no files to check at the paths given`,
    needOutputDir: (c) =>
      `${c}: with several files, give an existing folder for the results with -o <folder>`,
    badReport: (p) => `--report ${p}: give a file ending in .csv or .json`,
    wroteReport: (p) => `wrote the report to ${p}`,
    workers: (n) => `working on ${String(n)} processor cores`,
  };
}
