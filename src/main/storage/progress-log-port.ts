// Opens this computer's progress log in the data folder and reports what the first read found. Never
// throws: whatever the data folder or the device id holds, start-up gets a usable log (read-only when
// it cannot be written) and plain words about what happened and what was kept.
import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from '../app/ports'
import type { ProgressEvent } from '@shared/progress-events'
import { kindOf, readRegularFile, writeNewFile } from './safe-fs'
import { ProgressLog } from './progress-log'
import { fileStamp } from './progress-log/local-time'
import { isValidDeviceId } from './progress-log/segment-files'

export interface OpenedLog {
  log: ProgressLog
  /** Plain-words notes about lines that could not be read and where their bytes were kept. */
  problems: string[]
  /** The events of the last `recentDays`, read once at start for everything that needs them. */
  recent: ProgressEvent[]
  /** True when the log can only be read this session (the data folder is a file, say); `problems` says why. */
  readOnly: boolean
}

export interface OpenOptions {
  /** Create the data folder when it is missing (the default folder is ours to create; a chosen one on a missing drive is not). */
  readonly createDataDir?: boolean
}

const DEVICE_ID_FILE = 'device-id'
/** Per-month rollups of the figures (a cache: deleting it is safe, Limber rebuilds it). */
export const ROLLUP_CACHE_DIR = 'progress-cache'

export interface DeviceIdResult {
  readonly id: string
  /** What was wrong with the stored id and what Limber did, or null when all was well. */
  readonly problem: string | null
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code
  return error instanceof Error ? error.message : String(error)
}

function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

/**
 * A stable id for this computer, created once and kept beside the settings (not in the data folder,
 * which may be shared between computers through a sync tool). It names this computer's folder in the
 * data folder, so it follows the same rule the reader applies to device folders (isValidDeviceId);
 * a stored id that breaks it ('.', '..', '.x', '-x') is replaced by a fresh one, with the old file kept.
 */
export function readDeviceId(userDataDir: string): DeviceIdResult {
  const file = join(userDataDir, DEVICE_ID_FILE)
  const kind = kindOf(file)
  let stored: string | null = null
  if (kind === 'file') {
    try {
      stored = readRegularFile(file, 4096).toString('utf8').trim()
    } catch {
      stored = null
    }
    if (stored !== null && isValidDeviceId(stored)) return { id: stored, problem: null }
  }
  const fresh = `device-${randomUUID()}`
  if (kind === 'folder' || kind === 'other') {
    return {
      id: fresh,
      problem:
        `${file} is a folder, not the small file holding this computer's id, so Limber uses a new id (${fresh}) ` +
        'for this session only and left the folder alone. Move that folder away so Limber can keep one id across starts.'
    }
  }
  let keptAs: string | null = null
  try {
    mkdirSync(userDataDir, { recursive: true })
    if (kind !== null) {
      // Kept, not deleted: an invalid id or a link is moved out of the way, never read through.
      keptAs = `${DEVICE_ID_FILE}.invalid-${fileStamp(new Date())}`
      renameSync(file, join(userDataDir, keptAs))
    }
    writeNewFile(file, fresh)
  } catch (error) {
    return {
      id: fresh,
      problem:
        `Limber could not save this computer's id in ${file} (${reason(error)}), so it uses a new id (${fresh}) ` +
        'for this session only. Entries are still saved.'
    }
  }
  if (kind === null) return { id: fresh, problem: null }
  const what =
    kind === 'link'
      ? 'was a link to somewhere else'
      : stored === null
        ? 'could not be read'
        : `held ${shown(stored)}, which cannot name a folder`
  return {
    id: fresh,
    problem:
      `This computer's id in ${file} ${what}. Limber chose a new id, ${fresh}, and kept the old file as ${keptAs}. ` +
      'Entries saved from now on go under the new id; nothing was lost.'
  }
}

export function deviceId(userDataDir: string): string {
  return readDeviceId(userDataDir).id
}

/** Why the data folder cannot be written, or null when it can (creating it first if asked). */
function dataFolderProblem(dataDir: string, create: boolean): string | null {
  const kind = kindOf(dataDir)
  let isFolder = kind === 'folder'
  if (kind === 'link') {
    // A data folder behind a link is the user's choice (a folder inside Dropbox, say).
    try {
      isFolder = statSync(dataDir).isDirectory()
    } catch {
      isFolder = false
    }
  }
  if (isFolder) return null
  if (kind === null) {
    if (!create) return null
    try {
      mkdirSync(dataDir, { recursive: true })
      return null
    } catch (error) {
      return (
        `Limber could not create its data folder ${dataDir} (${reason(error)}), so your progress cannot be saved ` +
        'this session; reminders keep working. Check that the folder above it exists and can be written.'
      )
    }
  }
  return (
    `The data folder ${dataDir} is ${kind === 'link' ? 'a link that leads to no folder' : 'a file, not a folder'}, ` +
    'so Limber opened the progress log read-only: nothing new is saved there this session. The file was left ' +
    'exactly as it was. Choose another data folder in Settings, or move that file away and restart Limber.'
  )
}

export function openProgressLog(
  userDataDir: string,
  dataDir: string,
  clock: Clock,
  recentDays: number,
  options: OpenOptions = {}
): OpenedLog {
  const problems: string[] = []
  const now = (): Date => new Date(clock.now())
  let id: string
  try {
    const result = readDeviceId(userDataDir)
    id = result.id
    if (result.problem !== null) problems.push(result.problem)
  } catch (error) {
    id = `device-${randomUUID()}`
    problems.push(`Limber could not read this computer's id (${reason(error)}); it uses ${id} for this session.`)
  }
  let readOnly: string | null
  try {
    readOnly = dataFolderProblem(dataDir, options.createDataDir ?? false)
  } catch (error) {
    readOnly = `Limber could not check its data folder ${dataDir} (${reason(error)}), so it opened the log read-only.`
  }
  if (readOnly !== null) problems.push(readOnly)
  // The rollups cache lives beside the settings, never in the (maybe synced) data folder.
  const log = ProgressLog.open({
    dataDir,
    deviceId: id,
    now,
    readOnly: readOnly ?? undefined,
    cacheDir: join(userDataDir, ROLLUP_CACHE_DIR)
  })
  try {
    problems.push(...log.checkOwnFiles())
  } catch (error) {
    problems.push(`Limber could not check its own files in ${dataDir} (${reason(error)}); nothing was changed.`)
  }
  let recent: ProgressEvent[] = []
  try {
    // Start-up reads the recent weeks once; older files are checked when Progress opens.
    const { events, issues } = log.readAll({ from: new Date(clock.now() - recentDays * 86_400_000) })
    // Corrections stay in `recent` (the services apply them: withCorrections), as the log holds them.
    recent = events
    // Tell the user about new problems that hide something; 'info' (nothing missing) and problems an
    // earlier start already reported are not repeated on every launch. A data folder that is a file
    // was explained above already.
    const worthTelling = issues.filter(
      (issue) =>
        issue.severity === 'warning' && issue.isNew && !(readOnly !== null && issue.kind === 'data-folder-unusable')
    )
    problems.push(...worthTelling.map((issue) => issue.message))
  } catch (error) {
    problems.push(
      `Limber could not read the progress log in ${dataDir} (${reason(error)}). It started without your past ` +
        'entries; nothing in the folder was changed.'
    )
  }
  return { log, problems, recent, readOnly: readOnly !== null }
}
