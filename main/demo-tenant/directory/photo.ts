/**
 * A demo profile photo: a small PNG silhouette in a colour drawn from the user's id, so two
 * people never look alike on the card. Fictional people have no real photos; the point is the
 * path (Graph's `photos/{size}/$value`, binary, base64 in `$batch`), not the picture.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_x, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `size`×`size` RGB PNG: background, head and shoulders. */
export function demoPhoto(userId: string, size = 48): Uint8Array {
  const h = createHash('sha256').update(userId).digest();
  const bg = [60 + ((h[0] ?? 0) % 140), 60 + ((h[1] ?? 0) % 140), 60 + ((h[2] ?? 0) % 140)];
  const fg = bg.map((c) => Math.min(255, c + 90));
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const head = (x - size / 2) ** 2 + (y - size * 0.38) ** 2 < (size * 0.2) ** 2;
      const body = (x - size / 2) ** 2 / (size * 0.38) ** 2 + (y - size) ** 2 / (size * 0.36) ** 2 < 1;
      const colour = head || body ? fg : bg;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}
