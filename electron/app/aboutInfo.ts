// Text of the native About dialog. Versions are injected so support can tell which schema and
// criteria pack produced a user's workbook.
import type { UiLanguage } from '../../shared/ipc/contract';

export interface AboutVersions {
  appVersion: string;
  electronVersion: string;
  chromeVersion: string;
  nodeVersion: string;
  schemaVersion: number;
  criteriaPackVersion: string;
}

export interface AboutText {
  title: string;
  message: string;
  detail: string;
}

const LABELS: Readonly<
  Record<UiLanguage, Record<'title' | 'version' | 'schema' | 'pack' | 'tagline', string>>
> = {
  en: {
    title: 'About GreenThread',
    version: 'Version',
    schema: 'Application package format',
    pack: 'Criteria pack',
    tagline:
      'Sustainability self-assessment and green-loan readiness for textile MSMEs. Works offline.',
  },
  mn: {
    title: 'GreenThread-ийн тухай',
    version: 'Хувилбар',
    schema: 'Өргөдлийн багцын формат',
    pack: 'Шалгуурын багц',
    tagline:
      'Текстилийн БЖДҮ-ийн тогтвортой байдлын өөрийн үнэлгээ ба ногоон зээлд бэлтгэх хэрэгсэл. Интернэтгүй ажиллана.',
  },
};

export function buildAboutText(versions: AboutVersions, language: UiLanguage): AboutText {
  const l = LABELS[language];
  return {
    title: l.title,
    message: `GreenThread ${versions.appVersion}`,
    detail: [
      l.tagline,
      '',
      `${l.version}: ${versions.appVersion}`,
      `${l.schema}: v${versions.schemaVersion}`,
      `${l.pack}: ${versions.criteriaPackVersion}`,
      `Electron: ${versions.electronVersion}`,
      `Chrome: ${versions.chromeVersion}`,
      `Node.js: ${versions.nodeVersion}`,
    ].join('\n'),
  };
}
