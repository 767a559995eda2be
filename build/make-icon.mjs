// Writes build/icon.png (512×512) with a tiny hand-written PNG encoder: no image tools exist on
// the build machine. electron-builder derives the Windows .ico and macOS .icns from it.
// Design: a green rounded square with a white thread spool and a light-green leaf.
// Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const GREEN = [0x1f, 0x7a, 0x4d];
const LEAF = [0x8f, 0xd1, 0x6a];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Coverage of a pixel by a shape, 4×4 supersampled for smooth edges. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i += 1)
    for (let j = 0; j < 4; j += 1) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits += 1;
  return hits / 16;
}

const c = SIZE / 2;
const radius = 96; // corner radius of the tile
const inTile = (x, y) => {
  const dx = Math.max(radius - x, 0, x - (SIZE - radius));
  const dy = Math.max(radius - y, 0, y - (SIZE - radius));
  return dx * dx + dy * dy <= radius * radius;
};
const inBar = (x, y, x0, x1, y0, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
// A thread spool: two flanges and five wraps of thread between them.
const inRing = (x, y) => inBar(x, y, 146, 366, 128, 162) || inBar(x, y, 146, 366, 350, 384);
const inStrand = (x, y) => {
  // 14 px of thread every 30 px.
  return inBar(x, y, 186, 326, 184, 330) && (y - 184) % 30 < 14;
};
const inLeaf = (x, y) => Math.hypot(x - (c + 150), y - (c - 150)) <= 40;

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) {
    const tile = coverage(x, y, inTile);
    const white = Math.max(coverage(x, y, inRing), coverage(x, y, inStrand));
    const leaf = coverage(x, y, inLeaf);
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let k = 0; k < 3; k += 1) {
      const base = GREEN[k] * (1 - leaf) + LEAF[k] * leaf;
      raw[o + k] = Math.round(base * (1 - white) + WHITE[k] * white);
    }
    raw[o + 3] = Math.round(255 * tile);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(target, png);
console.log(`wrote ${target} (${png.length} bytes)`);
