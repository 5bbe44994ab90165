// Renders app/icon.svg into the PNG app icons and a multi-size favicon.ico (PNG-in-ICO), so the
// icons stay one drawing: run `npx tsx scripts/make-icons.ts` after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'app/icon.svg'));
const png = (size: number) => sharp(svg, { density: 384 }).resize(size, size).png().toBuffer();

function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

writeFileSync(path.join(root, 'app/favicon.ico'), ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })))));
writeFileSync(path.join(root, 'app/apple-icon.png'), await png(180));
writeFileSync(path.join(root, 'public/icon-192.png'), await png(192));
writeFileSync(path.join(root, 'public/icon-512.png'), await png(512));
console.log('icons written');
