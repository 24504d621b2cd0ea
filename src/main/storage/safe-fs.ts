// File access inside a folder Limber does not fully trust (a data folder a sync peer also writes):
// never follow a symbolic link, only regular files and real folders, and everything checked to stay
// inside the folder by its real path. Every reader, writer, copier and importer of the data folder
// goes through here.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  writeSync
} from 'node:fs'
import { relative, isAbsolute, join, resolve } from 'node:path'

/** O_NOFOLLOW where the OS has it (Linux, macOS); Windows has no such flag, so lstat decides there. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

/** A path that is not a regular file or folder of our own: a link, a device, a socket... */
export class RefusedPath extends Error {
  constructor(
    readonly path: string,
    readonly why: 'link' | 'not-a-regular-file' | 'outside'
  ) {
    super(
      why === 'link'
        ? `${path} is a link; Limber does not follow links in its data folder`
        : why === 'outside'
          ? `${path} leads outside the data folder`
          : `${path} is not a regular file`
    )
    this.name = 'RefusedPath'
  }
}

export type EntryKind = 'file' | 'folder' | 'link' | 'other'

export interface FolderEntry {
  name: string
  kind: EntryKind
}

/** What a path is, without following a link; null when it does not exist. */
export function kindOf(path: string): EntryKind | null {
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return null
  }
  if (stat.isSymbolicLink()) return 'link'
  if (stat.isFile()) return 'file'
  if (stat.isDirectory()) return 'folder'
  return 'other'
}

/** The entries of a real folder, sorted by name, links reported as links (never followed). */
export function listFolder(path: string): FolderEntry[] {
  if (kindOf(path) !== 'folder') return []
  let entries
  try {
    entries = readdirSync(path, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .map((entry) => ({
      name: entry.name,
      kind: (entry.isSymbolicLink()
        ? 'link'
        : entry.isFile()
          ? 'file'
          : entry.isDirectory()
            ? 'folder'
            : 'other') as EntryKind
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** True when `path`, resolved through every link, lies inside `root` (resolved the same way). */
export function isInside(root: string, path: string): boolean {
  return insideOf(root)(path)
}

/**
 * isInside(root, path) for many paths under one root (a load of every log file): the root's real
 * path is resolved on the first call that finds it, not once per path. Each path is resolved afresh.
 */
export function insideOf(root: string): (path: string) => boolean {
  let realRoot: string | null = null
  return (path) => {
    realRoot ??= realPathOrNull(root)
    const realPath = realRoot === null ? null : realPathOrNull(path)
    if (realRoot === null || realPath === null) return false
    const rel = relative(realRoot, realPath)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  }
}

function realPathOrNull(path: string): string | null {
  try {
    return realpathSync(path)
  } catch {
    return null
  }
}

/** True when two paths name the same folder, or one is inside the other, by their real paths. */
export function overlaps(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p)
    } catch {
      // A folder that does not exist yet: resolve its nearest existing parent.
      const parent = resolve(p, '..')
      return parent === p ? p : resolve(real(parent), relative(parent, p))
    }
  }
  const ra = real(a)
  const rb = real(b)
  const inside = (outer: string, inner: string) => {
    const rel = relative(outer, inner)
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  }
  return inside(ra, rb) || inside(rb, ra)
}

/** Opens a regular file that is not a link; throws RefusedPath otherwise. */
export function openRegular(path: string, flags: number, mode?: number): number {
  const kind = kindOf(path)
  if (kind === 'link') throw new RefusedPath(path, 'link')
  // A FIFO or device would block or never end: refused before opening.
  if (kind === 'other' || kind === 'folder') throw new RefusedPath(path, 'not-a-regular-file')
  let fd: number
  try {
    // O_NONBLOCK: should a FIFO appear between the check and the open, the open still returns.
    fd = openSync(path, flags | NO_FOLLOW | (constants.O_NONBLOCK ?? 0), mode)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new RefusedPath(path, 'link')
    throw error
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd)
    throw new RefusedPath(path, 'not-a-regular-file')
  }
  return fd
}

/**
 * Reads a regular file (never through a link) in chunks of at most `chunkBytes`, handing each to
 * `onChunk`; stops early when onChunk returns false. Never holds the whole file as one string.
 */
export function readInChunks(path: string, onChunk: (chunk: Buffer) => boolean | void, chunkBytes = 1 << 20): void {
  const fd = openRegular(path, constants.O_RDONLY)
  try {
    // Each chunk is a buffer of its own (the consumer may keep part of it), sized to what is left, so
    // a small month file costs one small allocation rather than a zeroed megabyte and a copy.
    let left = fstatSync(fd).size
    for (;;) {
      const size = Math.min(chunkBytes, Math.max(left, 64 * 1024))
      const chunk = Buffer.allocUnsafe(size)
      const read = readSync(fd, chunk, 0, size, null)
      if (read === 0) return
      left -= read
      if (onChunk(read === size ? chunk : chunk.subarray(0, read)) === false) return
    }
  } finally {
    closeSync(fd)
  }
}

/** Reads a whole regular file (never through a link), refusing one larger than `maxBytes`. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const fd = openRegular(path, constants.O_RDONLY)
  try {
    const size = fstatSync(fd).size
    if (size > maxBytes) throw new RangeError(`${path} is ${size} bytes, more than the ${maxBytes} Limber reads`)
    const buffer = Buffer.alloc(size)
    let offset = 0
    while (offset < size) {
      const read = readSync(fd, buffer, offset, size - offset, offset)
      if (read === 0) break
      offset += read
    }
    return buffer.subarray(0, offset)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let written = 0
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
}

/**
 * Creates a new regular file holding `bytes`. Fails (EEXIST) when anything already has that name,
 * a link included, so it can never write through a link planted in its place.
 */
export function writeNewFile(path: string, bytes: Buffer | string, mode = 0o644): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, mode)
  try {
    writeAll(fd, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'))
  } finally {
    closeSync(fd)
  }
}

/** Appends to a regular file, creating it if missing; never through a link (RefusedPath). */
export function appendToRegularFile(path: string, bytes: Buffer | string): void {
  const fd = openRegular(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o644)
  try {
    writeAll(fd, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'))
  } finally {
    closeSync(fd)
  }
}

/**
 * Makes `root/parts[0]/parts[1]/...` real folders, creating the missing ones one level at a time,
 * and returns the last one's path. Throws RefusedPath at a link or a file in the way, so nothing is
 * ever created or written through a link; `root` itself must already exist.
 */
export function ensureRealFolders(root: string, parts: readonly string[]): string {
  let path = root
  for (const part of parts) {
    path = join(path, part)
    ensureRealFolder(path)
  }
  if (!isInside(root, path) && parts.length > 0) throw new RefusedPath(path, 'outside')
  return path
}

/**
 * Makes `path` a real folder (its parent must exist). A link in the way is refused, or handed to
 * `moveLinkAside` (which must rename it) and replaced by a new folder.
 */
export function ensureRealFolder(path: string, moveLinkAside?: (link: string) => void): void {
  let kind = kindOf(path)
  if (kind === 'link' && moveLinkAside) {
    moveLinkAside(path)
    kind = kindOf(path)
  }
  if (kind === null) {
    try {
      mkdirSync(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    kind = kindOf(path)
  }
  if (kind === 'link') throw new RefusedPath(path, 'link')
  if (kind !== 'folder') throw new RefusedPath(path, 'not-a-regular-file')
}
