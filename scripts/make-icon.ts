// Writes resources/icon.png (the app icon, 512 px) from the same ring drawing the tray uses, so the
// app and tray icons always match. Run by hand after changing the drawing: `npx tsx scripts/make-icon.ts`.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { renderTrayIcon } from '../src/main/app/tray-icon-bitmap'

function crc32(bytes: Uint8Array): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  Buffer.from(data).copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

/** Encodes a BGRA bitmap as an RGBA PNG. */
export function encodePng(bgra: Uint8Array, size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0
    for (let x = 0; x < size; x++) {
      const s = (y * size + x) * 4
      const d = y * (size * 4 + 1) + 1 + x * 4
      raw[d] = bgra[s + 2]!
      raw[d + 1] = bgra[s + 1]!
      raw[d + 2] = bgra[s]!
      raw[d + 3] = bgra[s + 3]!
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8
  header[9] = 6
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array())
  ])
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = 512
  writeFileSync(
    join(import.meta.dirname, '../resources/icon.png'),
    encodePng(renderTrayIcon(0.7, 'sitting', size), size)
  )
  console.log('wrote resources/icon.png')
}
