// Generates the add-in icons (assets/icon-*.png, assets/logo-filled.png) with no dependency but node:zlib.
// Design: red rounded square, gold five-pointed star above a gold three-step podium (1st place in the middle).
// Usage: node scripts/make-icons.mjs   (output is deterministic; re-run after changing the design)
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const RED = [218, 37, 29];
const GOLD = [255, 205, 0];
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

// ---- PNG encoding (RGBA, 8 bit, no interlace) ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter type 0
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Shapes, in unit coordinates (0..1, y down) ----
function insideRoundedSquare(x, y, radius = 0.18) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

const STAR = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 0.28 : 0.112;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return [0.5 + r * Math.cos(angle), 0.38 + r * Math.sin(angle)];
});

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Podium steps [left, top, right]; bottom is shared.
const PODIUM = [
  [0.18, 0.75, 0.4],
  [0.4, 0.67, 0.6],
  [0.6, 0.79, 0.82],
];
const PODIUM_BOTTOM = 0.86;

function insidePodium(x, y) {
  return PODIUM.some(([left, top, right]) => x >= left && x < right && y >= top && y < PODIUM_BOTTOM);
}

/** Colour of one sample point, or null when transparent. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insidePolygon(x, y, STAR) || insidePodium(x, y)) return GOLD;
  return RED;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (sum[3] > 0) {
        rgba[offset] = Math.round(sum[0] / sum[3]);
        rgba[offset + 1] = Math.round(sum[1] / sum[3]);
        rgba[offset + 2] = Math.round(sum[2] / sum[3]);
      }
      rgba[offset + 3] = Math.round((255 * sum[3]) / (SAMPLES * SAMPLES));
    }
  }
  return encodePng(size, rgba);
}

const OUTPUTS = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["icon-128.png", 128],
  ["logo-filled.png", 256],
];

mkdirSync(ASSETS, { recursive: true });
for (const [name, size] of OUTPUTS) {
  const file = join(ASSETS, name);
  writeFileSync(file, render(size));
  console.log(`wrote ${file} (${size}x${size})`);
}
