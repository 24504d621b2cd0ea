// Appends lines to this device's month segments and makes each append durable before returning:
// one write() of whole lines, then fsync. A file whose last line was cut short (a crash, a full disk)
// gets a newline first, so the cut line stays on its own and is set aside by the reader.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { segmentFileName } from './segment-files'

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

  constructor(private readonly deviceDir: string) {}

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
      const now = statSync(cached.path, { throwIfNoEntry: false })
      if (now !== undefined && now.ino === cached.ino && now.dev === cached.dev) return cached
      this.closeMonth(key)
    }
    mkdirSync(this.deviceDir, { recursive: true })
    const path = join(this.deviceDir, fileName)
    // a+: append-only writes (O_APPEND), and reads so the last byte can be checked.
    const fd = openSync(path, 'a+')
    let segment: OpenSegment
    try {
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
