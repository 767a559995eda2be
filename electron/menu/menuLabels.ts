// Menu wording in English and Mongolian. Mongolian terms follow /work/shared/domain/glossary.md
// (байгууллага, нөөц хуулбар, тайлан…); no native speaker has reviewed them yet.
import type { UiLanguage } from '../../shared/ipc/contract';

export interface MenuLabels {
  file: string;
  newOrganisation: string;
  import: string;
  export: string;
  printReport: string;
  backup: string;
  restore: string;
  recentFiles: string;
  noRecentFiles: string;
  clearRecent: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  actualSize: string;
  fullScreen: string;
  projector: string;
  otherLanguage: string;
  developer: string;
  help: string;
  about: string;
  criteriaSources: string;
  openDataFolder: string;
}

export const MENU_LABELS: Readonly<Record<UiLanguage, MenuLabels>> = {
  en: {
    file: '&File',
    newOrganisation: 'New organisation…',
    import: 'Import…',
    export: 'Export…',
    printReport: 'Print report (PDF)…',
    backup: 'Back up…',
    restore: 'Restore from backup…',
    recentFiles: 'Recent files',
    noRecentFiles: 'No recent files',
    clearRecent: 'Clear recent files',
    quit: 'Exit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: '&View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    actualSize: 'Actual size',
    fullScreen: 'Full screen',
    projector: 'Projector view',
    // Shown in the language it switches to, so a user who cannot read the current one finds it.
    otherLanguage: 'Монгол хэл (Mongolian)',
    developer: 'Developer tools',
    help: '&Help',
    about: 'About GreenThread',
    criteriaSources: 'Criteria sources',
    openDataFolder: 'Open data folder',
  },
  mn: {
    file: '&Файл',
    newOrganisation: 'Шинэ байгууллага…',
    import: 'Импортлох…',
    export: 'Экспортлох…',
    printReport: 'Тайлан хэвлэх (PDF)…',
    backup: 'Нөөц хуулбар хийх…',
    restore: 'Нөөц хуулбараас сэргээх…',
    recentFiles: 'Сүүлд нээсэн файлууд',
    noRecentFiles: 'Сүүлд нээсэн файл алга',
    clearRecent: 'Жагсаалтыг цэвэрлэх',
    quit: 'Гарах',
    edit: '&Засах',
    undo: 'Буцаах',
    redo: 'Дахин хийх',
    cut: 'Хайчлах',
    copy: 'Хуулах',
    paste: 'Буулгах',
    selectAll: 'Бүгдийг сонгох',
    view: '&Харах',
    zoomIn: 'Томруулах',
    zoomOut: 'Жижигрүүлэх',
    actualSize: 'Бодит хэмжээ',
    fullScreen: 'Бүтэн дэлгэц',
    projector: 'Проекторын харагдац',
    otherLanguage: 'English (Англи хэл)',
    developer: 'Хөгжүүлэгчийн хэрэгсэл',
    help: '&Тусламж',
    about: 'GreenThread-ийн тухай',
    criteriaSources: 'Шалгуурын эх сурвалж',
    openDataFolder: 'Өгөгдлийн хавтас нээх',
  },
};
