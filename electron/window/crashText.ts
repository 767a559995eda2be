// What main says when the window's renderer stops or hangs, in the menu's language.
// Mongolian terms follow /work/shared/domain/glossary.md; no native speaker has reviewed them yet.
import type { UiLanguage } from '../../shared/ipc/contract';

export interface CrashText {
  goneTitle: string;
  gone(reason: string): string;
  goneAgain(count: number): string;
  goneDetail: string;
  reload: string;
  quit: string;
  hungTitle: string;
  hung: string;
  hungDetail: string;
  wait: string;
}

// Electron's reasons (render-process-gone details.reason) in words; the code stays beside them.
const REASONS: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>> = {
  en: {
    crashed: 'it crashed',
    oom: 'it ran out of memory',
    killed: 'it was ended by the system or another program',
    'abnormal-exit': 'it ended unexpectedly',
    'launch-failed': 'it could not start',
    'integrity-failure': 'its code failed an integrity check',
    'memory-eviction': 'the system reclaimed its memory',
  },
  mn: {
    crashed: 'гэмтэж зогссон',
    oom: 'санах ой хүрэлцээгүй',
    killed: 'систем эсвэл өөр програм зогсоосон',
    'abnormal-exit': 'гэнэт зогссон',
    'launch-failed': 'эхэлж чадаагүй',
    'integrity-failure': 'кодын бүрэн бүтэн байдлын шалгалт амжилтгүй',
    'memory-eviction': 'систем санах ойг нь буцааж авсан',
  },
};

const TEXT: Readonly<Record<UiLanguage, CrashText>> = {
  en: {
    goneTitle: 'The GreenThread window stopped',
    gone: (reason) => `The window stopped: ${reason}.`,
    goneAgain: (count) =>
      `The window stopped ${String(count)} times in a short while. Reloading may not help; you can also quit and start GreenThread again.`,
    goneDetail:
      'Everything you saved is kept on this computer, and text you were typing is offered back when the page opens again. Reload the window now?',
    reload: 'Reload',
    quit: 'Quit',
    hungTitle: 'GreenThread is not responding',
    hung: 'The window is not responding. A long task (reading a large file, building a workbook) may still finish.',
    hungDetail:
      'Wait, or reload the window. Reloading keeps everything you saved; text you were typing is offered back.',
    wait: 'Wait',
  },
  mn: {
    goneTitle: 'GreenThread-ийн цонх зогслоо',
    gone: (reason) => `Цонх зогслоо: ${reason}.`,
    goneAgain: (count) =>
      `Цонх богино хугацаанд ${String(count)} удаа зогслоо. Дахин ачаалах нь тус болохгүй байж магадгүй; програмаас гараад GreenThread-ийг дахин эхлүүлж болно.`,
    goneDetail:
      'Хадгалсан бүх зүйл энэ компьютерт хэвээр байна; бичиж байсан текстийг хуудас дахин нээгдэхэд санал болгоно. Цонхыг одоо дахин ачаалах уу?',
    reload: 'Дахин ачаалах',
    quit: 'Гарах',
    hungTitle: 'GreenThread хариу өгөхгүй байна',
    hung: 'Цонх хариу өгөхгүй байна. Урт ажил (том файл унших, ажлын ном үүсгэх) дуусаж магадгүй.',
    hungDetail:
      'Хүлээх эсвэл цонхыг дахин ачаална уу. Дахин ачаалахад хадгалсан бүх зүйл хэвээр үлдэнэ; бичиж байсан текстийг санал болгоно.',
    wait: 'Хүлээх',
  },
};

export function crashText(language: UiLanguage): CrashText {
  return TEXT[language];
}

export function crashReason(reason: string, language: UiLanguage): string {
  const words = REASONS[language][reason];
  return words === undefined ? reason : `${words} (${reason})`;
}
