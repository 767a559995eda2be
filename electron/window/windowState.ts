// Remembers window size and position between runs; clamps to the displays present now so a
// window saved on a detached projector never opens off-screen.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds extends Rect {
  isMaximized: boolean;
}

export interface WindowStateFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** At least this much of the title-bar area must be on a display for saved bounds to count. */
const MIN_VISIBLE = 64;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseSaved(text: string): WindowBounds | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const { x, y, width, height, isMaximized } = r;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height))
    return null;
  if (width <= 0 || height <= 0) return null;
  return { x, y, width, height, isMaximized: isMaximized === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centred(area: Rect, minSize: { width: number; height: number }): Rect {
  const width = Math.max(
    Math.min(DEFAULT_WINDOW_SIZE.width, area.width),
    Math.min(minSize.width, area.width),
  );
  const height = Math.max(
    Math.min(DEFAULT_WINDOW_SIZE.height, area.height),
    Math.min(minSize.height, area.height),
  );
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Picks the bounds to open with. `workAreas[0]` is the primary display. Saved bounds are kept
 * when their top strip is visible on some display, shrunk to fit that display and moved inside it.
 */
export function clampToDisplays(
  saved: WindowBounds | null,
  workAreas: readonly Rect[],
  minSize: { width: number; height: number },
): WindowBounds {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (saved === null) return { ...centred(primary, minSize), isMaximized: false };

  const titleStrip: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE };
  const host = workAreas.find((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= MIN_VISIBLE && o.height >= Math.min(MIN_VISIBLE, saved.height);
  });
  if (host === undefined) return { ...centred(primary, minSize), isMaximized: saved.isMaximized };

  const width = Math.min(Math.max(saved.width, Math.min(minSize.width, host.width)), host.width);
  const height = Math.min(
    Math.max(saved.height, Math.min(minSize.height, host.height)),
    host.height,
  );
  const x = Math.min(Math.max(saved.x, host.x), host.x + host.width - width);
  const y = Math.min(Math.max(saved.y, host.y), host.y + host.height - height);
  return { x, y, width, height, isMaximized: saved.isMaximized };
}

export async function loadWindowState(
  fs: WindowStateFs,
  file: string,
  workAreas: readonly Rect[],
  minSize: { width: number; height: number },
): Promise<WindowBounds> {
  let saved: WindowBounds | null = null;
  try {
    saved = parseSaved(await fs.readFile(file));
  } catch {
    saved = null; // first run, or unreadable: fall back to defaults
  }
  return clampToDisplays(saved, workAreas, minSize);
}

export async function saveWindowState(
  fs: WindowStateFs,
  file: string,
  bounds: WindowBounds,
): Promise<void> {
  const clean: WindowBounds = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    isMaximized: bounds.isMaximized,
  };
  await fs.writeFile(file, JSON.stringify(clean));
}
