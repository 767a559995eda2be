// The committee memo as an editable Word file, written by the `docx` library from the same model
// as the printed page. Loaded on demand: most sessions never write one.
import type { MemoBlock, MemoModel } from './memoModel';

import type * as DocxModule from 'docx';

type Docx = typeof DocxModule;

/** XML 1.0 cannot carry C0 control characters (a pasted note may hold one): keep tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const FONT = 'Arial';
const SIZE = 20; // half-points: 10 pt
// Spread rather than written inline: the linter takes a literal `bold` key for String#bold.
const BOLD = { bold: true } as const;
const RULE = { style: 'single', size: 4, color: '8C8C8C' } as const;
const NONE = { style: 'none', size: 0, color: 'FFFFFF' } as const;
const PAGE = { width: 11906, height: 16838, margin: 1000 }; // A4 in twips, margins ≈ 1.8 cm
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

function runs(d: Docx, text: string, bold = false) {
  return text
    .replace(CONTROL, '')
    .split(/\r?\n/)
    .map(
      (line, i) =>
        new d.TextRun({
          text: line,
          ...(bold ? BOLD : {}),
          font: FONT,
          size: SIZE,
          break: i > 0 ? 1 : 0,
        }),
    );
}

function para(d: Docx, text: string, bold = false, after = 80) {
  return new d.Paragraph({ children: runs(d, text, bold), spacing: { after } });
}

function cell(
  d: Docx,
  text: string,
  opts: { bold?: boolean; right?: boolean; width?: number; borders?: boolean },
) {
  const border = opts.borders === false ? NONE : RULE;
  return new d.TableCell({
    children: [
      new d.Paragraph({
        children: runs(d, text, opts.bold),
        alignment: opts.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
      }),
    ],
    ...(opts.width ? { width: { size: opts.width, type: d.WidthType.PERCENTAGE } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: border, bottom: border, left: border, right: border },
  });
}

function block(d: Docx, b: MemoBlock) {
  switch (b.kind) {
    case 'paragraph':
      return [para(d, b.text, b.strong)];
    case 'list':
      return b.items.map(
        (item) =>
          new d.Paragraph({
            children: runs(d, item),
            bullet: { level: 0 },
            spacing: { after: 40 },
          }),
      );
    case 'facts':
      return [
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new d.TableRow({
                cantSplit: true,
                children: [
                  cell(d, r.label, { bold: true, width: 32, borders: false }),
                  cell(d, r.value, { width: 68, borders: false }),
                ],
              }),
          ),
        }),
        para(d, '', false, 60),
      ];
    case 'table': {
      const widths = b.widths ?? b.columns.map(() => 100 / b.columns.length);
      return [
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          // Twips of the text width: Word and LibreOffice both honour a column grid.
          columnWidths: widths.map((w) => Math.round((TEXT_WIDTH * w) / 100)),
          rows: [
            new d.TableRow({
              tableHeader: true,
              cantSplit: true,
              children: b.columns.map((c) => cell(d, c, { bold: true })),
            }),
            ...b.rows.map(
              (row) =>
                new d.TableRow({
                  cantSplit: true,
                  children: row.map((text, j) => cell(d, text, { right: b.numeric?.includes(j) })),
                }),
            ),
          ],
        }),
        para(d, '', false, 60),
      ];
    }
  }
}

export async function memoToDocx(memo: MemoModel): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [
    new d.Paragraph({
      heading: d.HeadingLevel.TITLE,
      children: [new d.TextRun({ text: memo.title, font: FONT, size: 32, ...BOLD })],
    }),
    para(d, memo.subtitle, false, 200),
  ];
  for (const s of memo.sections) {
    children.push(
      new d.Paragraph({
        heading: d.HeadingLevel.HEADING_2,
        keepNext: true,
        spacing: { before: 240, after: 80 },
        children: [new d.TextRun({ text: s.heading, font: FONT, size: 24, ...BOLD })],
      }),
    );
    for (const b of s.blocks) children.push(...block(d, b));
  }
  children.push(
    new d.Paragraph({
      heading: d.HeadingLevel.HEADING_2,
      keepNext: true,
      spacing: { before: 240, after: 80 },
      children: [new d.TextRun({ text: memo.signatures.heading, font: FONT, size: 24, ...BOLD })],
    }),
  );
  const blank = '____________________';
  const { labels } = memo.signatures;
  children.push(
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [
        new d.TableRow({
          cantSplit: true,
          children: memo.signatures.lines.map(
            (l) =>
              new d.TableCell({
                width: { size: 33, type: d.WidthType.PERCENTAGE },
                borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                children: [
                  para(d, l.role, true),
                  para(d, `${labels.name}: ${l.name ?? blank}`),
                  para(d, `${labels.signature}: ${blank}`),
                  para(d, `${labels.date}: ${l.date ?? blank}`),
                ],
              }),
          ),
        }),
      ],
    }),
  );
  const doc = new d.Document({
    creator: 'GreenThread',
    title: `${memo.title} ${memo.reference}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.RIGHT,
                children: [
                  new d.TextRun({ text: `${memo.reference} · `, font: FONT, size: 16 }),
                  new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(doc));
}
