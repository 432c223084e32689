// Writes assets/icon.png (a 256×256 PNG): Plasmo derives every manifest icon size from it.
// Drawn in code so the repository needs no binary editor and the icon can be regenerated.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const size = 256;
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** RGBA of one pixel: a rounded red square with a white tick-like underline mark. */
function pixel(x, y) {
  const r = 48, m = 8;
  const cx = Math.min(Math.max(x, m + r), size - m - r), cy = Math.min(Math.max(y, m + r), size - m - r);
  const inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && y >= m && x < size - m && y < size - m;
  if (!inside) return [0, 0, 0, 0];
  // Three text lines, the middle one with a wavy underline: "a document being checked".
  const line = (y0, x1) => y >= y0 && y < y0 + 18 && x >= 56 && x < x1;
  if (line(60, 200) || line(112, 170) || line(176, 200)) return [255, 255, 255, 255];
  const wave = 150 + Math.round(8 * Math.sin((x - 56) / 9));
  if (x >= 56 && x < 200 && Math.abs(y - wave) <= 5) return [255, 214, 0, 255];
  return [196, 30, 58, 255];
}

const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) {
  raw[y * (size * 4 + 1)] = 0;
  for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(raw)),
  chunk("IEND", Buffer.alloc(0)),
]);
mkdirSync(new URL("../assets/", import.meta.url), { recursive: true });
writeFileSync(new URL("../assets/icon.png", import.meta.url), png);
