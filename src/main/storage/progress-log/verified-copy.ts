// Copies the log's files to another folder and proves each copy: the bytes read once from the source
// are hashed, written, fsynced, read back and hashed again. Used by backups and by moving the data folder.
// The source is a folder a sync peer also writes, so nothing here follows a link: a planted link to a
// private file, or a folder link looping back up, is skipped and reported, never copied or walked into.
import { createHash } from 'node:crypto'
import {
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { RefusedPath, isInside, kindOf, listFolder, readInChunks } from '../safe-fs'

export interface CopiedFile {
  /** Path relative to the folder copied from, with forward slashes. */
  readonly relativePath: string
  /** Where it landed relative to the target (differs when a different file was already there). */
  readonly targetPath: string
  readonly bytes: number
  readonly sha256: string
  readonly outcome: 'copied' | 'already-there' | 'copied-beside'
}

/** Something in the source that was deliberately not copied, and why, for one sentence to the user. */
export interface SkippedPath {
  /** Relative to the folder copied from, forward slashes. */
  readonly relativePath: string
  readonly why: 'link' | 'not-a-regular-file' | 'too-large' | 'too-deep' | 'too-many'
}

export interface FileScan {
  /** Regular files, as relative paths with forward slashes, in a stable order. */
  readonly files: string[]
  readonly skipped: SkippedPath[]
}

/** Bounds on what one copy walks and reads, so a hostile folder cannot make it run or grow without end. */
export interface CopyLimits {
  /** Folder levels below each subfolder (devices/<id>/<file> is 2). */
  readonly maxDepth: number
  readonly maxFiles: number
  /** Larger files are skipped: no Limber segment comes near this, and a planted huge file must not fill the target disk. */
  readonly maxFileBytes: number
}

export const COPY_LIMITS: CopyLimits = { maxDepth: 8, maxFiles: 100_000, maxFileBytes: 1024 * 1024 * 1024 }

/** Writes one chunk to an open file; replaced in tests to simulate a full disk. */
export type ChunkWriter = (fd: number, chunk: Buffer) => void

export const TEMP_SUFFIX = '.copying.tmp'

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Every regular file under the given subfolders of root, never following a link: a link (to a file or
 * a folder, so also a loop such as devices/loop -> ..) is reported in `skipped` and not entered.
 */
export function scanFiles(root: string, subfolders: readonly string[], limits: CopyLimits = COPY_LIMITS): FileScan {
  const files: string[] = []
  const skipped: SkippedPath[] = []
  // An explicit stack, not recursion: a deep tree costs memory in proportion, never the call stack.
  const stack: { relative: string; depth: number }[] = []
  for (const sub of [...subfolders].reverse()) {
    const kind = kindOf(join(root, sub))
    if (kind === 'folder') stack.push({ relative: sub, depth: 0 })
    else if (kind === 'link') skipped.push({ relativePath: sub, why: 'link' })
    else if (kind !== null) skipped.push({ relativePath: sub, why: 'not-a-regular-file' })
  }
  while (stack.length > 0) {
    const { relative, depth } = stack.pop() as { relative: string; depth: number }
    const children: { relative: string; depth: number }[] = []
    for (const entry of listFolder(join(root, relative))) {
      const child = `${relative}/${entry.name}`
      if (entry.kind === 'file') {
        if (files.length >= limits.maxFiles) {
          skipped.push({ relativePath: child, why: 'too-many' })
          continue
        }
        files.push(child)
      } else if (entry.kind === 'folder') {
        if (depth + 1 > limits.maxDepth) skipped.push({ relativePath: child, why: 'too-deep' })
        else children.push({ relative: child, depth: depth + 1 })
      } else {
        skipped.push({ relativePath: child, why: entry.kind === 'link' ? 'link' : 'not-a-regular-file' })
      }
    }
    // Pushed in reverse so the walk visits folders in name order, as the listing did before.
    for (const child of children.reverse()) stack.push(child)
  }
  return { files: files.sort(byPath), skipped }
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Every regular file under the given subfolders of root, as relative paths, in a stable order; links are not followed. */
export function listFiles(root: string, subfolders: readonly string[]): string[] {
  return scanFiles(root, subfolders).files
}

/** One sentence naming what was not copied (or read) and why, or null when nothing was skipped. */
export function describeSkipped(skipped: readonly SkippedPath[], lead = 'Not copied'): string | null {
  if (skipped.length === 0) return null
  const why: Record<SkippedPath['why'], string> = {
    link: 'links (Limber never follows a link in its data folder, so whatever they point to stays private)',
    'not-a-regular-file': 'not regular files',
    'too-large': 'larger than any Limber file can be',
    'too-deep': 'folders nested deeper than Limber ever makes them',
    'too-many': 'beyond the number of files Limber copies at once'
  }
  const parts = (Object.keys(why) as SkippedPath['why'][]).flatMap((reason) => {
    const paths = skipped.filter((s) => s.why === reason).map((s) => s.relativePath)
    if (paths.length === 0) return []
    const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '')
    return [`${shown} ${paths.length === 1 ? 'is' : 'are'} ${why[reason]}`]
  })
  return `${lead}: ${parts.join('; ')}.`
}

const writeAll: ChunkWriter = (fd, chunk) => {
  let written = 0
  while (written < chunk.length) written += writeSync(fd, chunk, written, chunk.length - written)
}

/** Hash of a regular file read in chunks (never through a link); null when it is not a regular file. */
function hashOf(path: string, maxBytes: number): { sha256: string; bytes: number } | null {
  const hash = createHash('sha256')
  let bytes = 0
  try {
    readInChunks(path, (chunk) => {
      bytes += chunk.length
      if (bytes > maxBytes) throw new FileTooLargeError(path, maxBytes)
      hash.update(chunk)
    })
  } catch (error) {
    if (error instanceof RefusedPath) return null
    throw error
  }
  return { sha256: hash.digest('hex'), bytes }
}

export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly maxBytes: number
  ) {
    super(`${path} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB Limber copies`)
    this.name = 'FileTooLargeError'
  }
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

export interface CopyOptions {
  readonly limits?: CopyLimits
  readonly write?: ChunkWriter
  /** Told of each folder this copy creates in the target, so a failed copy can remove it again. */
  readonly onFolderCreated?: (path: string) => void
}

/** Creates a folder (and its parents), telling onCreated of every level it made, deepest last. */
function makeFolder(folder: string, onCreated: ((path: string) => void) | undefined): void {
  const first = mkdirSync(folder, { recursive: true })
  if (first === undefined || onCreated === undefined) return
  const made: string[] = []
  for (let dir = folder; dir.length >= first.length; dir = dirname(dir)) {
    made.push(dir)
    if (dir === first) break
  }
  for (const dir of made.reverse()) onCreated(dir)
}

/** Creates the folder for a target file, refusing one that a link inside the target leads elsewhere. */
function prepareFolder(toRoot: string, folder: string, options: CopyOptions): void {
  makeFolder(folder, options.onFolderCreated)
  if (folder !== toRoot && !isInside(toRoot, folder)) throw new RefusedPath(folder, 'outside')
}

/**
 * Copies one file and verifies it. An identical file already at the target is left as is; a different
 * one is never overwritten: the copy goes beside it under a name the reader merges. The source is read
 * in chunks through an open that refuses links (RefusedPath) and at most limits.maxFileBytes
 * (FileTooLargeError); the copy is written to a temp file, verified, then renamed, and the temp file is
 * removed on any failure.
 */
export function copyVerified(
  fromRoot: string,
  toRoot: string,
  relativePath: string,
  stamp: string,
  options: CopyOptions = {}
): CopiedFile {
  const limits = options.limits ?? COPY_LIMITS
  const write = options.write ?? writeAll
  const sourcePath = join(fromRoot, relativePath)
  // A folder on the way swapped for a link after the listing would lead the open out of the data folder.
  const kind = kindOf(sourcePath)
  if (kind === 'link' || (kind === 'file' && !isInside(fromRoot, sourcePath)))
    throw new RefusedPath(relativePath, 'link')

  let targetPath = relativePath
  let outcome: CopiedFile['outcome'] = 'copied'
  const existing = kindOf(join(toRoot, targetPath))
  if (existing !== null) {
    const source = hashOf(sourcePath, limits.maxFileBytes)
    if (source === null) throw new RefusedPath(relativePath, 'not-a-regular-file')
    const there = existing === 'file' ? hashOf(join(toRoot, targetPath), limits.maxFileBytes) : null
    if (there !== null && there.sha256 === source.sha256) {
      return { relativePath, targetPath, bytes: source.bytes, sha256: source.sha256, outcome: 'already-there' }
    }
    let n = 1
    targetPath = besideName(relativePath, stamp)
    while (kindOf(join(toRoot, targetPath)) !== null) targetPath = besideName(relativePath, `${stamp}-${++n}`)
    outcome = 'copied-beside'
  }

  const target = join(toRoot, targetPath)
  prepareFolder(toRoot, dirname(target), options)
  const temp = `${target}${TEMP_SUFFIX}`
  // A temp file left by an earlier failed copy is ours to replace; unlink removes a link itself, never its target.
  if (kindOf(temp) !== null && kindOf(temp) !== 'folder') unlinkSync(temp)
  let renamed = false
  try {
    // O_EXCL: never opens through a link planted at the temp name, never writes into an existing file.
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644)
    const hash = createHash('sha256')
    let bytes = 0
    try {
      readInChunks(sourcePath, (chunk) => {
        bytes += chunk.length
        if (bytes > limits.maxFileBytes) throw new FileTooLargeError(relativePath, limits.maxFileBytes)
        hash.update(chunk)
        write(fd, chunk)
      })
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    const sha = hash.digest('hex')
    const copy = hashOf(temp, limits.maxFileBytes)
    if (copy === null || copy.sha256 !== sha || copy.bytes !== bytes) {
      throw new CopyVerificationError(`The copy of ${relativePath} does not match the original.`, targetPath)
    }
    renameSync(temp, target)
    renamed = true
    return { relativePath, targetPath, bytes, sha256: sha, outcome }
  } finally {
    if (!renamed) removeQuietly(temp)
  }
}

function removeQuietly(path: string): void {
  try {
    if (kindOf(path) !== null && kindOf(path) !== 'folder') unlinkSync(path)
  } catch {
    // Best effort: the caller is already reporting the failure that brought us here.
  }
}

export interface FolderCopy {
  readonly files: CopiedFile[]
  readonly skipped: SkippedPath[]
}

/**
 * Copies the given subfolders of `from` into `to`, file by file, verified. Links and other non-files
 * are skipped and reported; a file too large is skipped and reported. On any other failure every file
 * and folder this call created in `to` is removed again (temp files included) and the error is rethrown.
 */
export function copyFolderVerified(
  from: string,
  to: string,
  subfolders: readonly string[],
  stamp: string,
  options: CopyOptions = {}
): FolderCopy {
  const limits = options.limits ?? COPY_LIMITS
  const scan = scanFiles(from, subfolders, limits)
  const skipped = [...scan.skipped]
  const files: CopiedFile[] = []
  const createdFolders: string[] = []
  const createdFiles: string[] = []
  const tracking: CopyOptions = {
    ...options,
    onFolderCreated: (path) => {
      createdFolders.push(path)
      options.onFolderCreated?.(path)
    }
  }
  try {
    makeFolder(to, tracking.onFolderCreated)
    for (const path of scan.files) {
      try {
        const copied = copyVerified(from, to, path, stamp, tracking)
        if (copied.outcome !== 'already-there') createdFiles.push(copied.targetPath)
        files.push(copied)
      } catch (error) {
        if (error instanceof FileTooLargeError) skipped.push({ relativePath: path, why: 'too-large' })
        else if (error instanceof RefusedPath && error.why !== 'outside')
          skipped.push({ relativePath: path, why: error.why })
        else throw error
      }
    }
  } catch (error) {
    for (const path of createdFiles) removeQuietly(join(to, path))
    // Deepest first, and only if empty: a folder that already held someone's files is never removed.
    for (const folder of [...new Set(createdFolders)].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder)
      } catch {
        // Not empty (something else is in it) or already gone: leave it.
      }
    }
    throw error
  }
  return { files, skipped }
}
