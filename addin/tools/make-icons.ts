/**
 * Writes the add-in icons assets/icon-{16,32,64,80}.png: a white "C" on a dark-teal rounded square. Drawn pixel by
 * pixel and encoded with node:zlib, so no image tool or download is needed. Run: `npm run gen:icons`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixel of the icon at (x, y) for size n, with 4x4 supersampling for smooth edges. */
function pixel(x: number, y: number, n: number): [number, number, number, number] {
  let inSquare = 0;
  let inLetter = 0;
  const radius = n * 0.18;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const dx = Math.max(radius - px, px - (n - radius), 0);
      const dy = Math.max(radius - py, py - (n - radius), 0);
      if (dx * dx + dy * dy > radius * radius) continue;
      inSquare += 1;
      const cx = px - n / 2;
      const cy = py - n / 2;
      const r = Math.sqrt(cx * cx + cy * cy);
      const angle = Math.abs(Math.atan2(cy, cx));
      if (r > n * 0.2 && r < n * 0.34 && angle > Math.PI / 4) inLetter += 1;
    }
  }
  const teal: [number, number, number] = [0x0b, 0x5c, 0x5f];
  const mix = inSquare === 0 ? 0 : inLetter / inSquare;
  const rgb = teal.map((c) => Math.round(c + (255 - c) * mix)) as [number, number, number];
  return [...rgb, Math.round((inSquare / 16) * 255)];
}

export function iconPng(n: number): Buffer {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y += 1) {
    raw[y * (n * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < n; x += 1) {
      const [r, g, b, a] = pixel(x, y, n);
      const o = y * (n * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

if (require.main === module) {
  const dir = join(__dirname, '..', '..', '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const n of ICON_SIZES) writeFileSync(join(dir, `icon-${n}.png`), iconPng(n));
  process.stdout.write(`assets/icon-{${ICON_SIZES.join(',')}}.png written\n`);
}
