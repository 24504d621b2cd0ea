// Moves the log to another folder the user picked (a synced folder, another disk): copy every file,
// verify every copy by hash, and only then report the new location for the app to switch to.
// The old folder is never deleted: it stays as a backup, with a note saying where the log went, and
// the user deletes it when they choose. Deleting for them would gain a little disk space at the risk
// of their only copy if the new place turns out to be a folder their sync tool later empties.
// Folders are compared by their real paths: a link to the data folder, or into it, is the data folder,
// and a "move" there would end with a note inviting the user to delete the live log.
import { closeSync, constants, realpathSync, writeSync } from 'node:fs'
import { join, relative, resolve, isAbsolute } from 'node:path'
import { kindOf, openRegular, overlaps } from '../safe-fs'
import { fileStamp } from './local-time'
import { DEVICES_DIR, QUARANTINE_DIR } from './segment-files'
import {
  copyFolderVerified,
  describeSkipped,
  type ChunkWriter,
  type CopiedFile,
  type CopyLimits,
  type SkippedPath
} from './verified-copy'

export const MOVED_NOTE_NAME = 'LIMBER-DATA-MOVED.txt'

export interface MoveResult {
  /** The folder the app should use from now on. */
  readonly location: string
  readonly files: readonly CopiedFile[]
  readonly bytes: number
  /** The old folder, kept untouched apart from a note saying where the log went. */
  readonly oldLocationKept: string
  /** Links and other things in the old folder that were deliberately not copied (see describeSkipped). */
  readonly skipped: readonly SkippedPath[]
}

export interface MoveOptions {
  readonly limits?: CopyLimits
  /** Replaces the chunk writer, to simulate a full or failing target disk in tests. */
  readonly write?: ChunkWriter
  /**
   * Whether to leave LIMBER-DATA-MOVED.txt in the old folder now (the default). A caller that saves
   * the new location afterwards should pass false and call leaveMovedNote once that save succeeded.
   */
  readonly leaveNote?: boolean
}

export class MoveDataFolderError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown
  ) {
    super(message)
    this.name = 'MoveDataFolderError'
  }
}

/** The real path of a folder, or of its nearest existing parent joined with the rest (not created yet). */
function realPathOf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = resolve(path, '..')
    return parent === path ? path : join(realPathOf(parent), relative(parent, path))
  }
}

function contains(outer: string, inner: string): boolean {
  const rel = relative(outer, inner)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** Why `target` cannot receive the log now in `source`, in words; null when it can. */
function refusalFor(source: string, target: string): string | null {
  if (!overlaps(source, target)) return null
  const realSource = realPathOf(source)
  const realTarget = realPathOf(target)
  const alias = realTarget !== target ? ` (${target} leads to ${realTarget})` : ''
  const keep = 'The log stays where it is and nothing was copied.'
  if (realSource === realTarget) {
    return `${target} is the folder your progress log is already in${alias}. Choose a different folder. ${keep}`
  }
  if (contains(realSource, realTarget)) {
    return `${target} is inside the folder your progress log is in now, ${source}${alias}. Choose a folder that is neither inside it nor contains it. ${keep}`
  }
  return `${target} contains the folder your progress log is in now, ${source}${alias}. Choose a folder that is neither inside it nor contains it. ${keep}`
}

/**
 * Copies devices/ and quarantine/ from `from` to `to` (only Limber's own folders: the data folder may
 * be shared with other things), verifies each file, and returns the new location. On any failure the
 * files, folders and temp files this call created are removed again, nothing at `from` is touched, and
 * the error says so. Links in the old folder are never followed: they are skipped and listed in `skipped`.
 */
export function moveDataFolder(
  from: string,
  to: string,
  now: () => Date = () => new Date(),
  options: MoveOptions = {}
): MoveResult {
  const source = resolve(from)
  const target = resolve(to)
  const refusal = refusalFor(source, target)
  if (refusal !== null) throw new MoveDataFolderError(refusal)
  const stamp = fileStamp(now())
  let copy
  try {
    copy = copyFolderVerified(source, target, [DEVICES_DIR, QUARANTINE_DIR], stamp, {
      ...(options.limits !== undefined ? { limits: options.limits } : {}),
      ...(options.write !== undefined ? { write: options.write } : {})
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new MoveDataFolderError(
      `Could not move the progress log to ${target}: ${reason.replace(/\.?$/, '.')} Limber keeps using ${source}; nothing there was changed, and the partial copy was removed.`,
      error
    )
  }
  // The switch is verified before anyone is told the old folder may go: the two folders are still
  // distinct by their real paths (a link swapped in meanwhile would make them one), and every copy is there.
  const missing = copy.files.filter((f) => kindOf(join(target, f.targetPath)) !== 'file')
  const late = refusalFor(source, target)
  if (late !== null || missing.length > 0) {
    throw new MoveDataFolderError(
      late ??
        `Could not move the progress log to ${target}: ${missing.length} copied ${missing.length === 1 ? 'file is' : 'files are'} no longer there (a sync tool may be removing them). Limber keeps using ${source}; nothing there was changed.`
    )
  }
  const result: MoveResult = {
    location: target,
    files: copy.files,
    bytes: copy.files.reduce((sum, f) => sum + f.bytes, 0),
    oldLocationKept: source,
    skipped: copy.skipped
  }
  if (options.leaveNote !== false) leaveMovedNote(result, now)
  return result
}

/**
 * Leaves LIMBER-DATA-MOVED.txt in the old folder, saying where the log went. Call it only once the app
 * uses the new folder: the note invites deleting the old one. Returns false when it could not be written.
 */
export function leaveMovedNote(result: MoveResult, now: () => Date = () => new Date()): boolean {
  if (overlaps(result.oldLocationKept, result.location)) return false
  if (kindOf(result.oldLocationKept) === null) return false
  const notePath = join(result.oldLocationKept, MOVED_NOTE_NAME)
  // A link planted at the note's name would send the note into whatever file it points to.
  if (kindOf(notePath) === 'link' || kindOf(notePath) === 'folder') return false
  const skipped = describeSkipped(result.skipped)
  const text =
    `Limber moved its progress log to:\n${result.location}\non ${now().toISOString()}.\n` +
    'Every file was copied and checked, and Limber on this computer now uses the new folder.\n' +
    (skipped !== null ? `${skipped}\n` : '') +
    'This folder is kept as a backup; delete it when you no longer need it.\n'
  try {
    // openRegular: a link swapped in after the check above still cannot redirect the write.
    const fd = openRegular(notePath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o644)
    try {
      writeSync(fd, text)
    } finally {
      closeSync(fd)
    }
    return true
  } catch {
    // A read-only old folder (a failing disk, a locked share) must not stop the move; the note is a courtesy.
    return false
  }
}
