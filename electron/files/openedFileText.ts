// What main says when a file handed over by the OS cannot be opened, in the menu's language.
// Mongolian terms follow /work/shared/domain/glossary.md; no native speaker has reviewed them yet.
import type { UiLanguage } from '../../shared/ipc/contract';

export interface OpenedFileText {
  title: string;
  notOpenable(name: string): string;
  notAFile(name: string): string;
  tooLarge(name: string, maxBytes: number, limitName: string): string;
  missing(name: string): string;
  unreadable(name: string, detail: string): string;
}

const mb = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));

const TEXT: Readonly<Record<UiLanguage, OpenedFileText>> = {
  en: {
    title: 'GreenThread could not open the file',
    notOpenable: (name) =>
      `${name}: GreenThread opens workbooks (.xlsx), application packages and backups (.json) only.`,
    notAFile: (name) =>
      `${name} is not a regular file (a folder, a device or a pipe). Nothing was read or changed.`,
    tooLarge: (name, max, limit) =>
      `${name} is larger than ${mb(max)} MB, the most GreenThread reads for this kind of file (${limit}). Nothing was read or changed.`,
    missing: (name) => `${name} no longer exists where it was. Nothing was changed.`,
    unreadable: (name, detail) => `${name} could not be read (${detail}). Nothing was changed.`,
  },
  mn: {
    title: 'GreenThread файлыг нээж чадсангүй',
    notOpenable: (name) =>
      `${name}: GreenThread зөвхөн Excel ажлын ном (.xlsx), өргөдлийн багц болон нөөц хуулбар (.json) нээнэ.`,
    notAFile: (name) =>
      `${name} энгийн файл биш байна (хавтас, төхөөрөмж эсвэл суваг). Юу ч уншаагүй, өөрчлөөгүй.`,
    tooLarge: (name, max, limit) =>
      `${name} нь ${mb(max)} MB-аас том байна; энэ төрлийн файлд GreenThread үүнээс ихийг уншихгүй (${limit}). Юу ч уншаагүй, өөрчлөөгүй.`,
    missing: (name) => `${name} файл байсан газраа алга байна. Юу ч өөрчлөөгүй.`,
    unreadable: (name, detail) => `${name} файлыг уншиж чадсангүй (${detail}). Юу ч өөрчлөөгүй.`,
  },
};

export function openedFileText(language: UiLanguage): OpenedFileText {
  return TEXT[language];
}
