/**
 * Draws the toolbar icon (a shield with a check) into public/icons/<size>.png. Run once when the
 * design changes; the PNGs are committed. No image library: a PNG is a few zlib'd scanlines.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of pixel (x, y) by the shield (1) and the check mark (2), supersampled. */
function shade(size: number, x: number, y: number): [number, number, number, number] {
  let shield = 0;
  let check = 0;
  const n = 4;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = (x + (i + 0.5) / n) / size; // 0..1
      const v = (y + (j + 0.5) / n) / size;
      const halfWidth = v < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.4) ** 2));
      const inShield = v > 0.06 && v < 0.95 && Math.abs(u - 0.5) < halfWidth - (v < 0.14 ? (0.14 - v) * 1.5 : 0);
      if (!inShield) continue;
      shield++;
      const d1 = distToSegment(u, v, 0.3, 0.5, 0.45, 0.65);
      const d2 = distToSegment(u, v, 0.45, 0.65, 0.72, 0.36);
      if (Math.min(d1, d2) < 0.065) check++;
    }
  }
  const a = shield / (n * n);
  const c = check / Math.max(1, shield);
  const r = Math.round(179 * (1 - c) + 255 * c);
  const g = Math.round(38 * (1 - c) + 255 * c);
  const b = Math.round(30 * (1 - c) + 255 * c);
  return [r, g, b, Math.round(a * 255)];
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(shade(size, x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/${size}.png`, png(size));
console.log('icons written');
