import { describe, expect, it } from 'vitest';
import { evidenceFileName } from '../../../shared/ipc/safeFileName';

describe('evidenceFileName: the name an evidence file is saved under', () => {
  it.each([
    ['Усны зөвшөөрөл 2026.pdf', 'Усны зөвшөөрөл 2026.pdf'],
    ['scan.JPG', 'scan.JPG'],
    // Path separators of either system: only the last component is left.
    ['../../../etc/passwd', 'passwd'],
    ['C:\\Users\\Bat\\Desktop\\meter.png', 'meter.png'],
    ['\\\\server\\share\\permit.pdf', 'permit.pdf'],
    // A right-to-left override makes "invoice‮fdp.exe" read as "invoiceexe.pdf".
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u200Bb\u2066c\uFEFF.pdf', 'abc.pdf'],
    // Control characters (NUL ends a C string); line breaks and tabs become one space.
    ['per\u0000mit\n\r\tcopy.pdf', 'permit copy.pdf'],
    ['report\u0085.pdf', 'report.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'abcdefgh.pdf'],
    // Windows devices, whatever the case, extension or trailing space.
    ['CON.pdf', 'evidence.pdf'],
    ['con', 'evidence'],
    ['LPT1 .pdf', 'evidence.pdf'],
    ['com¹.jpg', 'evidence.jpg'],
    ['aux.tar.gz', 'evidence.gz'],
    ['CONSOLE.pdf', 'CONSOLE.pdf'],
    // Leading and trailing dots and spaces: Windows drops the trailing ones; a leading dot hides.
    ['  ..hidden.pdf  ', 'hidden.pdf'],
    ['scan.pdf. . ', 'scan.pdf'],
    ['', 'evidence'],
    ['...', 'evidence'],
    ['/', 'evidence'],
    ['.pdf', 'pdf'],
  ])('%j → %j', (input, expected) => {
    expect(evidenceFileName(input)).toBe(expected);
  });

  it('keeps the extension when it cuts a long name to 120 characters, by whole characters', () => {
    const name = evidenceFileName(`${'ж'.repeat(300)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('жжж.pdf')).toBe(true);
    const emoji = evidenceFileName(`${'😀'.repeat(200)}.jpg`);
    expect(emoji.endsWith('😀.jpg')).toBe(true);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
