// Opens this computer's progress log in the data folder and reports what the first read found.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from '../app/ports'
import type { ProgressEvent } from '@shared/progress-events'
import { ProgressLog } from './progress-log'

export interface OpenedLog {
  log: ProgressLog
  /** Plain-words notes about lines that could not be read and where their bytes were kept. */
  problems: string[]
  /** The events of the last `recentDays`, read once at start for everything that needs them. */
  recent: ProgressEvent[]
}

/**
 * A stable id for this computer, created once and kept beside the settings (not in the data folder,
 * which may be shared between computers through a sync tool).
 */
export function deviceId(userDataDir: string): string {
  const file = join(userDataDir, 'device-id')
  if (existsSync(file)) {
    const id = readFileSync(file, 'utf8').trim()
    if (/^[A-Za-z0-9._-]{1,64}$/.test(id)) return id
  }
  const id = `device-${randomUUID()}`
  mkdirSync(userDataDir, { recursive: true })
  writeFileSync(file, id)
  return id
}

export function openProgressLog(userDataDir: string, dataDir: string, clock: Clock, recentDays: number): OpenedLog {
  const log = ProgressLog.open({ dataDir, deviceId: deviceId(userDataDir), now: () => new Date(clock.now()) })
  // Start-up reads the recent weeks once; older files are checked when Progress opens.
  const { events, issues } = log.readAll({ from: new Date(clock.now() - recentDays * 86_400_000) })
  // Tell the user about new problems that hide something; 'info' (nothing missing) and problems an
  // earlier start already reported are not repeated on every launch.
  const worthTelling = issues.filter((issue) => issue.severity === 'warning' && issue.isNew)
  return { log, problems: worthTelling.map((issue) => issue.message), recent: events }
}
