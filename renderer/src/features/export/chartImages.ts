// The workbook's chart SVGs (built in shared/) → PNG bytes, drawn by the browser at 2×.
// Best effort by design: a chart that cannot be drawn is left out, and with none drawn the Charts
// sheet keeps its note. The export itself never waits on or fails because of a chart.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import {
  buildChartSvgs,
  type ChartSetInput,
  type ChartSvg,
} from '../../../../shared/workbook/chartSet';
import type { ChartImage } from '../../../../shared/workbook';

/** Device pixels per SVG pixel: crisp when Excel zooms or the sheet is printed. */
const SCALE = 2;
/** A chart that takes longer than this is dropped rather than holding up the export. */
const CHART_TIMEOUT_MS = 10_000;

// Mongolian needs Ө and Ү, which are in the cyrillic-ext subset, not in cyrillic.
const FACES: readonly { url: string; weight: 400 | 700; cyrillic: boolean }[] = [
  { url: latin400, weight: 400, cyrillic: false },
  { url: latin700, weight: 700, cyrillic: false },
  { url: cyrillic400, weight: 400, cyrillic: true },
  { url: cyrillic700, weight: 700, cyrillic: true },
  { url: cyrillicExt400, weight: 400, cyrillic: true },
  { url: cyrillicExt700, weight: 700, cyrillic: true },
];

interface FontCss {
  latin: string;
  cyrillic: string;
}

const NO_FONTS: FontCss = { latin: '', cyrillic: '' };
let fontCss: Promise<FontCss> | null = null;

/**
 * An SVG drawn as an image cannot see the page's web fonts, so the bundled Noto Sans goes inside
 * it as data URLs. Several faces of one family make a segmented font: each character is taken
 * from the face that has it. Without the fonts the charts fall back to the system's sans.
 */
function embeddedFonts(): Promise<FontCss> {
  fontCss ??= Promise.all(
    FACES.map(async ({ url, weight, cyrillic }) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`font ${url}: HTTP ${String(res.status)}`);
      const b64 = toBase64(new Uint8Array(await res.arrayBuffer()));
      const rule = `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${String(weight)};src:url(data:font/woff2;base64,${b64}) format('woff2');}`;
      return { rule, cyrillic };
    }),
  )
    .then((rules) => ({
      latin: rules
        .filter((r) => !r.cyrillic)
        .map((r) => r.rule)
        .join(''),
      cyrillic: rules
        .filter((r) => r.cyrillic)
        .map((r) => r.rule)
        .join(''),
    }))
    .catch((err: unknown) => {
      console.error('embedding Noto Sans in the charts failed', err);
      fontCss = null;
      return NO_FONTS;
    });
  return fontCss;
}

/** Each face an image carries is decoded again for it, so English-only charts skip Cyrillic. */
function cssFor(svg: string, fonts: FontCss): string {
  return /[\u0400-\u052F]/.test(svg) ? fonts.latin + fonts.cyrillic : fonts.latin;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    s += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(s);
}

/** The @font-face rules go right after the opening <svg> tag (base64 has no < or &). */
export function withFonts(svg: string, css: string): string {
  if (!css) return svg;
  return svg.replace(/^<svg\b[^>]*>/, (open) => `${open}<defs><style>${css}</style></defs>`);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function loadImage(url: string, width: number, height: number): Promise<HTMLImageElement> {
  const img = new Image(width, height);
  img.decoding = 'async';
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the chart SVG did not load'));
    img.src = url;
  });
  // decode() settles once the pixels (and the SVG's embedded fonts) are ready to draw.
  await img.decode();
  return img;
}

async function canvasPng(img: HTMLImageElement, width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => {
      if (b) resolve(b);
      else reject(new Error('the canvas gave no PNG'));
    }, 'image/png');
  });
}

/** What rasterising needs of a chart: the workbook's charts and the workshop's alike. */
export type DrawableSvg = Pick<ChartSvg, 'title' | 'svg' | 'width' | 'height'> & { key: string };

async function rasterise(chart: DrawableSvg, fonts: FontCss): Promise<ChartImage> {
  const blob = new Blob([withFonts(chart.svg, cssFor(chart.svg, fonts))], {
    type: 'image/svg+xml',
  });
  const url = URL.createObjectURL(blob);
  try {
    const img = await loadImage(url, chart.width, chart.height);
    const png = new Uint8Array(
      await (await canvasPng(img, chart.width, chart.height)).arrayBuffer(),
    );
    if (!PNG_SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
    // width/height stay in SVG pixels: the sheet shows the 2× bitmap at its intended size.
    return { title: chart.title, png, width: chart.width, height: chart.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * The charts of one scored package as PNGs, or null when none could be drawn (no canvas, no
 * image decoding, a broken SVG): the caller then exports with the Charts sheet's note.
 * `onProgress` gets 0..1 over the charts.
 */
export async function chartImages(
  input: ChartSetInput,
  onProgress?: (fraction: number) => void,
): Promise<ChartImage[] | null> {
  let svgs: ChartSvg[];
  try {
    svgs = buildChartSvgs(input);
  } catch (err) {
    console.error('building the workbook charts failed', err);
    return null;
  }
  const drawn = await rasteriseAll(svgs, onProgress);
  const images = drawn.filter((d): d is ChartImage => d !== null);
  return images.length > 0 ? images : null;
}

/**
 * Each SVG as a PNG, in order; null where one could not be drawn, and all null where nothing
 * can be drawn here (no canvas or image decoding).
 */
export async function rasteriseAll(
  svgs: readonly DrawableSvg[],
  onProgress?: (fraction: number) => void,
): Promise<(ChartImage | null)[]> {
  if (svgs.length === 0 || !canDraw()) return svgs.map(() => null);
  const fonts = await withTimeout(embeddedFonts(), CHART_TIMEOUT_MS).catch(() => NO_FONTS);
  let done = 0;
  // All at once: decoding and PNG encoding run off the main thread, so they overlap.
  const drawn = await Promise.all(
    svgs.map(async (svg) => {
      try {
        return await withTimeout(rasterise(svg, fonts), CHART_TIMEOUT_MS);
      } catch (err) {
        console.error(`drawing the workbook chart "${svg.key}" failed`, err);
        return null;
      } finally {
        done += 1;
        onProgress?.(done / svgs.length);
      }
    }),
  );
  return drawn;
}

/** Image decoding and a 2D canvas: a browser or Electron has both, a test DOM has neither. */
function canDraw(): boolean {
  if (typeof Image === 'undefined' || typeof document === 'undefined') return false;
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}
