// Keeps copies of lines that could not be loaded, so no byte is ever lost even though the source
// files are never rewritten. Each reading device writes only under quarantine/<its own id>/, and a
// copy is named after its file, lines and content hash, so reading the same file again adds nothing.
// The copies live in a synced folder: only bytes the reader parsed from a regular file are ever
// written, never through a link, and a quarantine folder that is a link is refused.
import { createHash } from 'node:crypto'
import { renameSync, unlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import {
  RefusedPath,
  appendToRegularFile,
  ensureRealFolders,
  kindOf,
  listFolder,
  readInChunks,
  writeNewFile
} from '../safe-fs'
import { fileStamp } from './local-time'
import { QUARANTINE_DIR } from './segment-files'
import type { BadRun } from './segment-parser'

export type KeptCopy =
  | { readonly ok: true; readonly relativePath: string; readonly isNew: boolean }
  | { readonly ok: false; readonly reason: string }

const COPY_NAME = /^(.*)\.\d{8}T\d{6}Z\.([0-9a-f]{12})\.bad$/

function errorText(error: unknown, dataDir: string): string {
  if (error instanceof RefusedPath) {
    const where = relative(dataDir, error.path).split('\\').join('/')
    if (error.why === 'link') return `${where} is a link, and Limber does not write through links`
    if (error.why === 'outside') return `${where} leads outside the data folder`
    return `${where} is a file where a folder should be`
  }
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

  private folder(sourceDeviceId: string): { path: string; relative: string; parts: string[] } {
    const parts = [QUARANTINE_DIR, this.readerDeviceId, sourceDeviceId]
    return { path: join(this.dataDir, ...parts), relative: parts.join('/'), parts }
  }

  /** The copies already in a folder, listed once per load. */
  private copiesIn(folder: string): Map<string, string> {
    let copies = this.known.get(folder)
    if (copies === undefined) {
      copies = new Map()
      // listFolder lists only a real folder, never one behind a link.
      for (const { name } of listFolder(folder)) {
        const m = COPY_NAME.exec(name)
        if (m !== null) copies.set(`${m[1]}.${m[2]}`, name)
      }
      this.known.set(folder, copies)
    }
    return copies
  }

  /** Copies a run of bad lines, byte for byte, unless an identical copy of those lines is already kept. */
  keepBadRun(sourceDeviceId: string, fileName: string, run: BadRun): KeptCopy {
    if (run.bytes === null) {
      const size = run.size ?? 0
      return { ok: false, reason: `they are ${Math.ceil(size / (1024 * 1024))} MB, too large to copy` }
    }
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
      ensureRealFolders(this.dataDir, folder.parts)
      // Written under a temporary name and renamed, so a copy with the final name is always complete;
      // the new file is created exclusively, so a link planted under the temporary name is not written through.
      const target = join(folder.path, name)
      const temporary = `${target}.tmp`
      if (kindOf(temporary) !== null) unlinkSync(temporary)
      writeNewFile(temporary, run.bytes)
      renameSync(temporary, target)
      copies.set(key, name)
      return { ok: true, relativePath: `${folder.relative}/${name}`, isNew: true }
    } catch (error) {
      return { ok: false, reason: errorText(error, this.dataDir) }
    }
  }

  /** Adds lines a newer Limber wrote to <file>.set-aside.jsonl, skipping lines already there. */
  keepSetAside(sourceDeviceId: string, fileName: string, lines: readonly string[]): KeptCopy {
    try {
      const folder = this.folder(sourceDeviceId)
      const name = `${fileName}.set-aside.jsonl`
      const target = join(folder.path, name)
      const already = kindOf(target) === null ? new Set<string>() : linesOf(target)
      const missing = lines.filter((line) => !already.has(line))
      if (missing.length > 0) {
        ensureRealFolders(this.dataDir, folder.parts)
        appendToRegularFile(target, missing.map((line) => `${line}\n`).join(''))
      }
      return { ok: true, relativePath: `${folder.relative}/${name}`, isNew: missing.length > 0 }
    } catch (error) {
      return { ok: false, reason: errorText(error, this.dataDir) }
    }
  }
}

/** The lines of a kept file, read in chunks and never through a link. */
function linesOf(path: string): Set<string> {
  const lines = new Set<string>()
  const decoder = new StringDecoder('utf8')
  let carry = ''
  readInChunks(path, (chunk) => {
    const parts = (carry + decoder.write(chunk)).split('\n')
    carry = parts.pop() ?? ''
    for (const line of parts) lines.add(line)
  })
  carry += decoder.end()
  if (carry !== '') lines.add(carry)
  return lines
}
