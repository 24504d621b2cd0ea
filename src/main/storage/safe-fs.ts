// File access inside a folder Limber does not fully trust (a data folder a sync peer also writes):
// never follow a symbolic link, only regular files and real folders, and everything checked to stay
// inside the folder by its real path. Every reader, writer, copier and importer of the data folder
// goes through here.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync } from 'node:fs'
import { relative, isAbsolute, resolve } from 'node:path'

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
  let realRoot: string
  let realPath: string
  try {
    realRoot = realpathSync(root)
    realPath = realpathSync(path)
  } catch {
    return false
  }
  const rel = relative(realRoot, realPath)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
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
  if (kindOf(path) === 'link') throw new RefusedPath(path, 'link')
  let fd: number
  try {
    fd = openSync(path, flags | NO_FOLLOW, mode)
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
    const buffer = Buffer.alloc(chunkBytes)
    for (;;) {
      const read = readSync(fd, buffer, 0, chunkBytes, null)
      if (read === 0) return
      if (onChunk(Buffer.from(buffer.subarray(0, read))) === false) return
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
