// File-name hygiene for a name that came from elsewhere (a renderer's suggestion, another
// officer's evidence file) before it is offered in a save dialog or as a download: one rule for
// Electron main and the browser build. Letters of every script (Cyrillic) stay.

const MAX_NAME_LENGTH = 120;
/** Longer "extensions" are part of the name (e.g. "Гэрчилгээ.2026 оны зургаадугаар сар"). */
const MAX_EXTENSION_LENGTH = 10;

// Reserved on Windows whatever follows the first dot (CON.xlsx is as bad as CON), the
// superscript digits included (COM¹ is a device too).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * The last path component of `suggested`, without control characters, bidirectional overrides
 * (which make "gpj.exe" read as "exe.jpg"), zero-width characters or characters Windows refuses
 * (<>:"|?*), with runs of white space made one space and no leading or trailing dots or spaces.
 * May be empty: the caller decides the fallback.
 */
export function cleanFileName(suggested: string): string {
  const lastPart = suggested.split(/[/\\]/).pop() ?? '';
  return lastPart
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, '')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
}

/** Whether Windows reads `name` as a device (CON, nul.txt, "LPT1 .pdf"), not a file. */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_RESERVED.test((name.split('.')[0] ?? '').trim());
}

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  if (extension.length < 2 || extension.length > MAX_EXTENSION_LENGTH || /\s/.test(extension)) {
    return { stem: name, extension: '' };
  }
  return { stem: name.slice(0, dot), extension };
}

/**
 * The name an evidence file is saved under: its own name, cleaned, with its own extension kept
 * (a scan stays a .pdf), at most 120 characters. A name left empty or naming a Windows device
 * becomes "evidence" with the same extension.
 */
export function evidenceFileName(name: string): string {
  const cleaned = cleanFileName(name);
  const { stem, extension } = splitExtension(cleaned);
  const safeStem = stem.replace(/[.\s]+$/, '');
  if (safeStem === '' || isWindowsDeviceName(cleaned)) return `evidence${extension}`;
  const room = MAX_NAME_LENGTH - extension.length;
  // By code point: a cut through a surrogate pair would leave half an emoji.
  const cut = Array.from(safeStem).slice(0, room).join('');
  return `${cut.replace(/[.\s]+$/, '')}${extension}`;
}
