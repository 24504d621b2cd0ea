// Moves the log to another folder the user picked (a synced folder, another disk): copy every file,
// verify every copy by hash, and only then report the new location for the app to switch to.
// The old folder is never deleted: it stays as a backup, with a note saying where the log went, and
// the user deletes it when they choose. Deleting for them would gain a little disk space at the risk
// of their only copy if the new place turns out to be a folder their sync tool later empties.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, isAbsolute } from 'node:path'
import { fileStamp } from './local-time'
import { DEVICES_DIR, QUARANTINE_DIR } from './segment-files'
import { copyVerified, listFiles, CopyVerificationError, type CopiedFile } from './verified-copy'

export const MOVED_NOTE_NAME = 'LIMBER-DATA-MOVED.txt'

export interface MoveResult {
  /** The folder the app should use from now on. */
  readonly location: string
  readonly files: readonly CopiedFile[]
  readonly bytes: number
  /** The old folder, kept untouched apart from a note saying where the log went. */
  readonly oldLocationKept: string
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

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Copies devices/ and quarantine/ from `from` to `to` (only Limber's own folders: the data folder may
 * be shared with other things), verifies each file, and returns the new location. On any failure the
 * files this call created are removed again, nothing at `from` is touched, and the error says so.
 */
export function moveDataFolder(from: string, to: string, now: () => Date = () => new Date()): MoveResult {
  const source = resolve(from)
  const target = resolve(to)
  if (isInside(source, target) || isInside(target, source)) {
    throw new MoveDataFolderError(
      `Choose a folder that is neither inside ${source} nor contains it; the log stays where it is.`
    )
  }
  const stamp = fileStamp(now())
  const created: string[] = []
  const files: CopiedFile[] = []
  try {
    mkdirSync(target, { recursive: true })
    for (const path of listFiles(source, [DEVICES_DIR, QUARANTINE_DIR])) {
      try {
        const copied = copyVerified(source, target, path, stamp)
        if (copied.outcome !== 'already-there') created.push(copied.targetPath)
        files.push(copied)
      } catch (error) {
        if (error instanceof CopyVerificationError) created.push(error.relativePath)
        throw error
      }
    }
  } catch (error) {
    for (const path of created) rmSync(join(target, path), { force: true })
    const reason = error instanceof Error ? error.message : String(error)
    throw new MoveDataFolderError(
      `Could not move the progress log to ${target}: ${reason.replace(/\.?$/, '.')} Limber keeps using ${source}; nothing there was changed.`,
      error
    )
  }
  if (existsSync(source)) {
    try {
      writeFileSync(
        join(source, MOVED_NOTE_NAME),
        `Limber moved its progress log to:\n${target}\non ${now().toISOString()}.\n` +
          'Every file was copied and checked. This folder is kept as a backup; delete it when you no longer need it.\n'
      )
    } catch {
      // A read-only old folder (a failing disk, a locked share) must not stop the move; the note is a courtesy.
    }
  }
  return { location: target, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), oldLocationKept: source }
}
