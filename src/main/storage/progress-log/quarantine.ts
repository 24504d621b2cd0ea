// Keeps copies of lines that could not be loaded, so no byte is ever lost even though the source
// files are never rewritten. Each reading device writes only under quarantine/<its own id>/, and a
// copy is named after its file, lines and content hash, so reading the same file again adds nothing.
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileStamp } from './local-time'
import { QUARANTINE_DIR } from './segment-files'
import type { BadRun } from './segment-parser'

export type KeptCopy =
  | { readonly ok: true; readonly relativePath: string; readonly isNew: boolean }
  | { readonly ok: false; readonly reason: string }

const COPY_NAME = /^(.*)\.\d{8}T\d{6}Z\.([0-9a-f]{12})\.bad$/

function errorText(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code
  return error instanceof Error ? error.message : String(error)
}

export class Quarantine {
  /** Per quarantine folder: key (name without its time stamp) -> file name. */
  private readonly known = new Map<string, Map<string, string>>()

  constructor(
    private readonly dataDir: string,
    private readonly readerDeviceId: string,
    private readonly now: () => Date
  ) {}

  private folder(sourceDeviceId: string): { path: string; relative: string } {
    const relative = `${QUARANTINE_DIR}/${this.readerDeviceId}/${sourceDeviceId}`
    return { path: join(this.dataDir, QUARANTINE_DIR, this.readerDeviceId, sourceDeviceId), relative }
  }

  /** The copies already in a folder, listed once per load. */
  private copiesIn(folder: string): Map<string, string> {
    let copies = this.known.get(folder)
    if (copies === undefined) {
      copies = new Map()
      for (const name of existsSync(folder) ? readdirSync(folder) : []) {
        const m = COPY_NAME.exec(name)
        if (m !== null) copies.set(`${m[1]}.${m[2]}`, name)
      }
      this.known.set(folder, copies)
    }
    return copies
  }

  /** Copies a run of bad lines, byte for byte, unless an identical copy of those lines is already kept. */
  keepBadRun(sourceDeviceId: string, fileName: string, run: BadRun): KeptCopy {
    try {
      const folder = this.folder(sourceDeviceId)
      const first = run.lines[0] ?? 0
      const last = run.lines[run.lines.length - 1] ?? first
      const lines = first === last ? `line-${first}` : `lines-${first}-${last}`
      const hash = createHash('sha256').update(run.bytes).digest('hex').slice(0, 12)
      const key = `${fileName}.${lines}.${hash}`
      const copies = this.copiesIn(folder.path)
      const existing = copies.get(key)
      if (existing !== undefined) return { ok: true, relativePath: `${folder.relative}/${existing}`, isNew: false }
      const name = `${fileName}.${lines}.${fileStamp(this.now())}.${hash}.bad`
      mkdirSync(folder.path, { recursive: true })
      // Written under a temporary name and renamed, so a copy with the final name is always complete.
      const target = join(folder.path, name)
      writeFileSync(`${target}.tmp`, run.bytes)
      renameSync(`${target}.tmp`, target)
      copies.set(key, name)
      return { ok: true, relativePath: `${folder.relative}/${name}`, isNew: true }
    } catch (error) {
      return { ok: false, reason: errorText(error) }
    }
  }

  /** Adds lines a newer Limber wrote to <file>.set-aside.jsonl, skipping lines already there. */
  keepSetAside(sourceDeviceId: string, fileName: string, lines: readonly string[]): KeptCopy {
    try {
      const folder = this.folder(sourceDeviceId)
      const name = `${fileName}.set-aside.jsonl`
      const target = join(folder.path, name)
      const already = new Set(existsSync(target) ? readFileSync(target, 'utf8').split('\n') : [])
      const missing = lines.filter((line) => !already.has(line))
      if (missing.length > 0) {
        mkdirSync(folder.path, { recursive: true })
        appendFileSync(target, missing.map((line) => `${line}\n`).join(''))
      }
      return { ok: true, relativePath: `${folder.relative}/${name}`, isNew: missing.length > 0 }
    } catch (error) {
      return { ok: false, reason: errorText(error) }
    }
  }
}
