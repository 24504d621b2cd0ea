// Appends lines to this device's month segments and makes each append durable before returning:
// one write() of whole lines, then fsync. A file whose last line was cut short (a crash, a full disk)
// gets a newline first, so the cut line stays on its own and is set aside by the reader.
// Never writes through a link: a link a sync peer put in place of this computer's folder or month file
// is renamed out of the way (its target untouched), the file is created afresh, and the user is told.
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { RefusedPath, ensureRealFolder, isInside, kindOf, openRegular } from '../safe-fs'
import { fileStamp } from './local-time'
import { DEVICES_DIR, movedAsideLinkName, segmentFileName } from './segment-files'

export class ProgressLogWriteError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown
  ) {
    super(message)
    this.name = 'ProgressLogWriteError'
  }
}

interface OpenSegment {
  readonly fd: number
  readonly path: string
  /** Identity of the opened file, to notice when a sync tool replaces or removes it. */
  readonly dev: number
  readonly ino: number
  /** The file did not end with a newline when opened; the next write starts with one. */
  needsNewline: boolean
}

/** Month files kept open at once: the current month and, around midnight on the 1st, the last one. */
const MAX_OPEN = 2

export class SegmentAppender {
  private readonly open = new Map<string, OpenSegment>()
  private notices: string[] = []

  constructor(
    private readonly dataDir: string,
    private readonly deviceId: string,
    private readonly now: () => Date
  ) {}

  private get deviceDir(): string {
    return join(this.dataDir, DEVICES_DIR, this.deviceId)
  }

  /** What the appender did that the user should hear about (a link moved aside), since the last call. */
  takeNotices(): string[] {
    const notices = this.notices
    this.notices = []
    return notices
  }

  /**
   * Makes sure this computer's folders and the month file are Limber's own (no link in their place),
   * before any write; returns what it had to do, in words. Creates nothing that is missing.
   */
  checkOwnFiles(month: string): string[] {
    try {
      if (kindOf(this.dataDir) === null) return []
      for (const path of [
        join(this.dataDir, DEVICES_DIR),
        this.deviceDir,
        join(this.deviceDir, segmentFileName(month))
      ]) {
        if (kindOf(path) === 'link') this.moveLinkAside(path)
      }
    } catch (error) {
      this.notices.push(describeRefusal(error))
    }
    return this.takeNotices()
  }

  /** Appends the lines (each without its newline) to the month's segment and fsyncs; throws if not durable. */
  append(month: string, lines: readonly string[]): void {
    if (lines.length === 0) return
    let key = month
    let segment: OpenSegment
    try {
      segment = this.segmentFor(key, segmentFileName(month))
    } catch (error) {
      // The month file cannot be opened (say, a folder stands where the file should be): write to a
      // sibling the reader merges like a sync copy, rather than lose the event.
      try {
        key = `${month}#fallback`
        segment = this.segmentFor(key, `${month}.fallback.jsonl`)
      } catch {
        throw new ProgressLogWriteError(
          `Could not open the progress log file for ${month} in ${this.deviceDir}: ${describe(error)}. Nothing was saved.`,
          error
        )
      }
    }
    const text = (segment.needsNewline ? '\n' : '') + lines.join('\n') + '\n'
    const bytes = Buffer.from(text, 'utf8')
    try {
      let written = 0
      while (written < bytes.length) written += writeSync(segment.fd, bytes, written, bytes.length - written)
      fsyncSync(segment.fd)
      segment.needsNewline = false
    } catch (error) {
      // Part of the text may be on disk; reopening re-checks the tail before the next write.
      this.closeMonth(key)
      throw new ProgressLogWriteError(
        `Could not save to the progress log in ${this.deviceDir}: ${describe(error)}. The last entry may not be saved.`,
        error
      )
    }
  }

  close(): void {
    for (const key of [...this.open.keys()]) this.closeMonth(key)
  }

  private closeMonth(key: string): void {
    const segment = this.open.get(key)
    if (segment === undefined) return
    this.open.delete(key)
    try {
      closeSync(segment.fd)
    } catch {
      // Already closed or the disk went away; nothing left to flush, every append was fsynced.
    }
  }

  private segmentFor(key: string, fileName: string): OpenSegment {
    const cached = this.open.get(key)
    if (cached !== undefined) {
      // A sync tool may replace the file (write elsewhere, rename over it) or a user may move the
      // folder: appending to the old, unlinked file would lose the event, so check it is still there.
      // lstat, not stat: a link put in its place (even to the same file, moved away) is a change.
      const now = lstatSync(cached.path, { throwIfNoEntry: false })
      if (now !== undefined && now.isFile() && now.ino === cached.ino && now.dev === cached.dev) return cached
      this.closeMonth(key)
    }
    this.ensureOwnFolders()
    const path = join(this.deviceDir, fileName)
    if (kindOf(path) === 'link') this.moveLinkAside(path)
    // Append-only writes (O_APPEND), and reads so the last byte can be checked; O_NOFOLLOW refuses a
    // link that appears after the check.
    const fd = openRegular(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT, 0o644)
    let segment: OpenSegment
    try {
      // Everything above refuses links; this also catches a folder swapped for one since.
      if (!isInside(this.dataDir, path)) throw new RefusedPath(path, 'outside')
      const stat = fstatSync(fd)
      let needsNewline = false
      if (stat.size > 0) {
        const last = Buffer.alloc(1)
        readSync(fd, last, 0, 1, stat.size - 1)
        needsNewline = last[0] !== 0x0a
      } else {
        syncDirectory(this.deviceDir)
      }
      segment = { fd, path, dev: stat.dev, ino: stat.ino, needsNewline }
    } catch (error) {
      closeSync(fd)
      throw error
    }
    while (this.open.size >= MAX_OPEN) {
      const oldest = this.open.keys().next().value
      if (oldest === undefined) break
      this.closeMonth(oldest)
    }
    this.open.set(key, segment)
    return segment
  }

  /** The data folder (created if missing, as on a first run), devices/ and this computer's folder, all real folders. */
  private ensureOwnFolders(): void {
    if (kindOf(this.dataDir) === null) mkdirSync(this.dataDir, { recursive: true })
    for (const path of [join(this.dataDir, DEVICES_DIR), this.deviceDir]) {
      ensureRealFolder(path, (link) => this.moveLinkAside(link))
    }
  }

  /**
   * Renames a link out of the way of Limber's own file or folder. Only the link moves: what it points
   * to is neither read nor written, and the link itself is kept under a new name, so nothing is lost.
   */
  private moveLinkAside(path: string): void {
    const name = basename(path)
    const newName = movedAsideLinkName(name, fileStamp(this.now()))
    renameSync(path, join(dirname(path), newName))
    const where = relative(this.dataDir, path).split('\\').join('/')
    this.notices.push(
      `${where} in the progress log was a link to somewhere else, which a sync tool or another program put ` +
        `in place of this computer's own ${name.endsWith('.jsonl') ? 'file' : 'folder'}. Limber did not write ` +
        `through it: it renamed the link to ${newName} and saves to a new ${name} of its own. ` +
        'What the link points to was not touched, and nothing was lost.'
    )
  }
}

function describeRefusal(error: unknown): string {
  return `Limber could not check its own files in the progress log (${describe(error)}); it will not write through a link, so saving may fail until this is fixed.`
}

/** Makes a newly created file's directory entry durable (POSIX); a no-op where folders cannot be opened. */
function syncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a directory; NTFS journals the entry itself.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function describe(error: unknown): string {
  if (error instanceof RefusedPath) {
    if (error.why === 'link') return `${error.path} is a link, and Limber does not write through links`
    if (error.why === 'outside') return `${error.path} leads outside the data folder`
    return `${error.path} is in the way: it is not a folder or file of Limber's own`
  }
  if (error instanceof Error && 'code' in error) {
    switch (error.code) {
      case 'ENOSPC':
        return 'the disk is full'
      case 'EACCES':
      case 'EPERM':
        return 'permission was denied'
      case 'EISDIR':
        return 'a folder is in the way of the file'
      case 'EROFS':
        return 'the disk is read-only'
      default:
        return error.message
    }
  }
  return String(error)
}
