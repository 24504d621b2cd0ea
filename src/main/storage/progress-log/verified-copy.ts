// Copies the log's files to another folder and proves each copy: the bytes read once from the source
// are hashed, written, fsynced, read back and hashed again. Used by backups and by moving the data folder.
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeSync
} from 'node:fs'
import { dirname, join } from 'node:path'

export interface CopiedFile {
  /** Path relative to the folder copied from, with forward slashes. */
  readonly relativePath: string
  /** Where it landed relative to the target (differs when a different file was already there). */
  readonly targetPath: string
  readonly bytes: number
  readonly sha256: string
  readonly outcome: 'copied' | 'already-there' | 'copied-beside'
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Every regular file under the given subfolders of root, as relative paths, in a stable order. */
export function listFiles(root: string, subfolders: readonly string[]): string[] {
  const found: string[] = []
  const walk = (relative: string): void => {
    const absolute = join(root, relative)
    let names: string[]
    try {
      names = readdirSync(absolute).sort()
    } catch {
      return
    }
    for (const name of names) {
      const child = `${relative}/${name}`
      let stat
      try {
        stat = statSync(join(root, child))
      } catch {
        continue
      }
      if (stat.isDirectory()) walk(child)
      else if (stat.isFile()) found.push(child)
    }
  }
  for (const sub of subfolders) walk(sub)
  return found
}

function writeDurably(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.copying.tmp`
  const fd = openSync(temp, 'w')
  try {
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, path)
}

/** "2026-03.jsonl" -> "2026-03.copy-<stamp>.jsonl": a name the reader still merges as a sync copy. */
function besideName(relativePath: string, stamp: string): string {
  const slash = relativePath.lastIndexOf('/')
  const dir = relativePath.slice(0, slash + 1)
  const name = relativePath.slice(slash + 1)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? `${dir}${name}.copy-${stamp}` : `${dir}${name.slice(0, dot)}.copy-${stamp}${name.slice(dot)}`
}

export class CopyVerificationError extends Error {
  constructor(
    message: string,
    readonly relativePath: string
  ) {
    super(message)
    this.name = 'CopyVerificationError'
  }
}

/**
 * Copies one file and verifies it. An identical file already at the target is left as is; a different
 * one is never overwritten: the copy goes beside it under a name the reader merges.
 */
export function copyVerified(fromRoot: string, toRoot: string, relativePath: string, stamp: string): CopiedFile {
  const source = readFileSync(join(fromRoot, relativePath))
  const hash = sha256(source)
  let targetPath = relativePath
  let outcome: CopiedFile['outcome'] = 'copied'
  if (existsSync(join(toRoot, targetPath))) {
    if (sha256(readFileSync(join(toRoot, targetPath))) === hash) {
      return { relativePath, targetPath, bytes: source.length, sha256: hash, outcome: 'already-there' }
    }
    let n = 1
    targetPath = besideName(relativePath, stamp)
    while (existsSync(join(toRoot, targetPath))) targetPath = besideName(relativePath, `${stamp}-${++n}`)
    outcome = 'copied-beside'
  }
  const target = join(toRoot, targetPath)
  writeDurably(target, source)
  if (sha256(readFileSync(target)) !== hash) {
    throw new CopyVerificationError(`The copy of ${relativePath} does not match the original.`, targetPath)
  }
  return { relativePath, targetPath, bytes: source.length, sha256: hash, outcome }
}
