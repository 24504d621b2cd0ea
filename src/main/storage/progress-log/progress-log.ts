// The progress log: an append-only, per-device, per-month JSON Lines event store in a data folder the
// user can move or share through a sync tool. Appends are durable when they return; reads merge every
// device and sync copy, drop duplicate ids, and never throw over bad data (see log-loader.ts).
import { createHash, randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  PROGRESS_SCHEMA_VERSION,
  parseTimestamp,
  progressEventSchema,
  timeBoundsAt,
  timeOutOfBounds,
  type ProgressEvent,
  type TimeBounds,
  type ProgressEventDraft
} from '../../../shared/progress-events'
import {
  addDays,
  computeProgressFigures,
  figuresFromFacts,
  type ProgressFigures,
  type StatsRange
} from '../../../shared/progress-stats'
import { RollupStore } from './rollups'
import { leaveMovedNote, moveDataFolder, type MoveResult } from './data-folder-move'
import type { UpgradeContext } from './event-upgrades'
import { formatEvents, type ExportFormat } from './event-export'
import { readImportSource } from './import-source'
import type { LoadIssue } from './load-issues'
import { loadLogFolder, type LoadSummary, type SetAsideRecord } from './log-loader'
import { fileStamp, formatLocalTimestamp, localOffsetAtWallTime } from './local-time'
import { Quarantine } from './quarantine'
import { ProgressLogWriteError, SegmentAppender } from './segment-appender'
import { DEVICES_DIR, QUARANTINE_DIR, isValidDeviceId, monthOf } from './segment-files'
import { copyFolderVerified, type CopiedFile, type SkippedPath } from './verified-copy'

export interface ProgressLogOptions {
  /** The data folder (it may not exist yet; it is created on the first append). */
  readonly dataDir: string
  /** A stable id for this computer, safe as a folder name: letters, digits, '.', '_' and '-'. */
  readonly deviceId: string
  /** The clock for new events' timestamps and for file stamps. */
  readonly now?: () => Date
  /** The UTC offset at a local wall-clock time, to upgrade old events; defaults to this machine's zone. */
  readonly offsetAtWallTime?: (wallTime: string) => number
  /**
   * When set, the log is only read: every append and import throws ProgressLogWriteError with this
   * sentence, and nothing on disk is touched (the data folder is a file, say).
   */
  readonly readOnly?: string
  /**
   * Where per-month rollups of the figures persist between runs (a cache outside the data folder:
   * deleting it is safe); without it they are kept in memory only.
   */
  readonly cacheDir?: string
}

/** Instants as Date or as ISO 8601 text; `from` is included, `to` is not. */
export interface TimeRange {
  readonly from?: Date | string
  readonly to?: Date | string
}

export interface LoadResult {
  /** Every readable event in range, each id once, sorted by time. */
  readonly events: ProgressEvent[]
  readonly issues: LoadIssue[]
  /** Records this version cannot use yet (newer schema, unknown type); kept, not shown. */
  readonly setAside: SetAsideRecord[]
  readonly summary: LoadSummary
}

export interface FiguresResult {
  readonly figures: ProgressFigures
  /** What could not be read, as readAll reports it. */
  readonly issues: LoadIssue[]
  readonly summary: LoadSummary
}

export interface BackupResult {
  /** The backup folder created: a plain copy of devices/ and quarantine/ plus manifest.json. */
  readonly path: string
  readonly files: readonly CopiedFile[]
  readonly bytes: number
  /** Links and other things deliberately not copied (see describeSkipped). */
  readonly skipped: readonly SkippedPath[]
}

export interface ImportResult {
  /** Events new to this log, now saved in this device's folder. */
  readonly added: number
  /** Events already in the log (by id), skipped. */
  readonly duplicates: number
  /** Records from a newer Limber, new to this log, saved unchanged for when this computer updates. */
  readonly keptForNewerVersion: number
  readonly issues: LoadIssue[]
}

export const BACKUP_MANIFEST = 'manifest.json'

function toMs(value: Date | string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (value instanceof Date) return value.getTime()
  const parsed = parseTimestamp(value)
  const ms = parsed?.ms ?? Date.parse(value)
  if (Number.isNaN(ms)) throw new RangeError(`Not a date and time: ${value}`)
  return ms
}

export class ProgressLog {
  private appender: SegmentAppender
  private currentDataDir: string
  private readonly upgrade: UpgradeContext
  /** Links already reported in this session, so each is news once. */
  private readonly reportedLinks = new Set<string>()
  private rollups: RollupStore

  private constructor(
    dataDir: string,
    readonly deviceId: string,
    private readonly now: () => Date,
    offsetAtWallTime: (wallTime: string) => number,
    /** Why this log cannot be written, or null when it can. */
    readonly readOnly: string | null,
    private readonly cacheRoot: string | null
  ) {
    this.currentDataDir = dataDir
    this.appender = new SegmentAppender(dataDir, deviceId, now)
    this.upgrade = { offsetAtWallTime, now }
    this.rollups = this.newRollups()
  }

  /** Rollups of each data folder in their own cache folder, named by a hash of the folder's path. */
  private newRollups(): RollupStore {
    const key = createHash('sha1').update(this.currentDataDir).digest('hex').slice(0, 16)
    return new RollupStore(this.currentDataDir, this.cacheRoot === null ? null : join(this.cacheRoot, key))
  }

  /** Where this data folder's rollups persist, or null (memory only). */
  get rollupCacheDir(): string | null {
    const key = createHash('sha1').update(this.currentDataDir).digest('hex').slice(0, 16)
    return this.cacheRoot === null ? null : join(this.cacheRoot, key)
  }

  /** Drops the rollups held in memory, as a restart would (the bench and tests measure that case). */
  forgetRollupsInMemory(): void {
    this.rollups.forgetMemory()
  }

  /** Opens (without reading or creating anything) the log of one device in a data folder. */
  static open(options: ProgressLogOptions): ProgressLog {
    if (!isValidDeviceId(options.deviceId)) {
      throw new RangeError(`The device id "${options.deviceId}" cannot be used as a folder name.`)
    }
    return new ProgressLog(
      resolve(options.dataDir),
      options.deviceId,
      options.now ?? (() => new Date()),
      options.offsetAtWallTime ?? localOffsetAtWallTime,
      options.readOnly ?? null,
      options.cacheDir === undefined ? null : resolve(options.cacheDir)
    )
  }

  get dataDir(): string {
    return this.currentDataDir
  }

  /**
   * Moves aside a link a sync peer put in place of this computer's folder or this month's file, so no
   * write goes through it; returns what was done, in words (empty when all is well or read-only).
   */
  checkOwnFiles(): string[] {
    if (this.readOnly !== null) return []
    return this.appender.checkOwnFiles(monthOf(formatLocalTimestamp(this.now())))
  }

  /** What the log did on its own since the last call that the user should hear about (a link moved aside). */
  takeNotices(): string[] {
    return this.appender.takeNotices()
  }

  private timeBounds(): TimeBounds {
    return timeBoundsAt(this.now().getTime())
  }

  private writable(): void {
    if (this.readOnly !== null) throw new ProgressLogWriteError(this.readOnly)
  }

  /**
   * Validates, stamps (v, id, t unless given) and saves one event; when this returns, the event is on
   * disk (fsynced). Synchronous on purpose: it takes well under a millisecond on an SSD (see the bench)
   * and nothing can interleave with it. Throws ZodError for an invalid draft, RangeError for one dated
   * before 2000 or after tomorrow, ProgressLogWriteError when the disk refuses or the log is read-only.
   */
  append(draft: ProgressEventDraft): ProgressEvent {
    this.writable()
    const event = progressEventSchema.parse({
      ...draft,
      v: PROGRESS_SCHEMA_VERSION,
      id: draft.id ?? randomUUID(),
      t: draft.t ?? formatLocalTimestamp(this.now())
    })
    const outOfBounds = timeOutOfBounds(event, this.timeBounds())
    if (outOfBounds !== null) {
      throw new RangeError(`This entry is ${outOfBounds}, so it was not saved; check the computer's date and time.`)
    }
    this.appender.append(monthOf(event.t), [JSON.stringify(event)])
    return event
  }

  /** Loads every device's events in range. Never throws over bad data: see `issues`. */
  readAll(range: TimeRange = {}): LoadResult {
    const log = loadLogFolder(this.currentDataDir, {
      fromMs: toMs(range.from, -Infinity),
      toMs: toMs(range.to, Infinity),
      upgrade: this.upgrade,
      quarantine: new Quarantine(this.currentDataDir, this.deviceId, this.now),
      timeBounds: this.timeBounds(),
      reportedLinks: this.reportedLinks
    })
    return { events: log.loaded.map((l) => l.event), issues: log.issues, setAside: log.setAside, summary: log.summary }
  }

  /**
   * Every figure of the Progress screen for a range, from per-month rollups: only months whose files
   * changed since the last call (or since the cache was written) are parsed. `now` defaults to the
   * log's clock, in this machine's local time; `group` returns long ranges by month (the screen).
   */
  progressFigures(options: {
    readonly range: StatsRange
    readonly now?: string
    readonly group?: boolean
  }): FiguresResult & { readonly monthsParsed: readonly string[] } {
    const now = options.now ?? formatLocalTimestamp(this.now())
    // The week and month views check only their months (and the month either side) against the files.
    const today = now.slice(0, 10)
    const scope =
      options.range === 'week' || options.range === 'month'
        ? { fromMonth: addDays(today, -31).slice(0, 7), toMonth: addDays(today, 31).slice(0, 7) }
        : undefined
    const load = () => {
      const result = this.rollups.load(
        {
          upgrade: this.upgrade,
          quarantine: new Quarantine(this.currentDataDir, this.deviceId, this.now),
          timeBounds: this.timeBounds(),
          reportedLinks: this.reportedLinks
        },
        scope
      )
      return { result, figures: figuresFromFacts(result.index, { range: options.range, now, group: options.group }) }
    }
    let { result, figures } = load()
    // A cache file whose days were damaged gave incomplete figures: its month is read from the log now.
    if (this.rollups.takeDamaged()) ({ result, figures } = load())
    return {
      figures,
      issues: result.issues,
      summary: { filesRead: result.filesRead, lines: 0, duplicatesDropped: 0, upgraded: 0 },
      monthsParsed: result.monthsParsed
    }
  }

  /** The figures from a full read of every file, no rollups: the reference the rollups must equal. */
  progressFiguresFullRead(options: {
    readonly range: StatsRange
    readonly now?: string
    readonly group?: boolean
  }): ProgressFigures {
    const { events } = this.readAll()
    return computeProgressFigures(events, {
      range: options.range,
      now: options.now ?? formatLocalTimestamp(this.now()),
      group: options.group
    })
  }

  /** The events in [from, to) as CSV (time, type, id, details) or as a JSON array importFrom accepts. */
  exportRange(from: Date | string, to: Date | string, format: ExportFormat): { text: string; entries: number } {
    const { events } = this.readAll({ from, to })
    return { text: formatEvents(events, format), entries: events.length }
  }

  /**
   * Copies the whole log (every device, every sync copy, the quarantine) into a new folder
   * `limber-backup-<time>` inside `parentDir`, verifies every file by hash and writes manifest.json.
   */
  backupTo(parentDir: string): BackupResult {
    const path = join(resolve(parentDir), `limber-backup-${fileStamp(this.now())}`)
    // Creates the folder itself; on failure removes it and any partial file. Links are never followed.
    const { files, skipped } = copyFolderVerified(
      this.currentDataDir,
      path,
      [DEVICES_DIR, QUARANTINE_DIR],
      fileStamp(this.now())
    )
    const manifest = {
      app: 'limber',
      kind: 'progress-log-backup',
      schemaVersion: PROGRESS_SCHEMA_VERSION,
      createdAt: formatLocalTimestamp(this.now()),
      fromDevice: this.deviceId,
      files: files.map((f) => ({ path: f.targetPath, bytes: f.bytes, sha256: f.sha256 }))
    }
    writeFileSync(join(path, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2) + '\n')
    return { path, files, skipped, bytes: files.reduce((sum, f) => sum + f.bytes, 0) }
  }

  /**
   * Merges a backup folder, another data folder, a .jsonl file or an exported .json array into this
   * log by id: events already present are skipped, so importing the same thing twice adds nothing.
   * New events are appended (as stored, old versions included) to this device's month files.
   */
  importFrom(path: string): ImportResult {
    this.writable()
    const incoming = readImportSource(resolve(path), this.upgrade)
    const own = loadLogFolder(this.currentDataDir, { upgrade: this.upgrade, quarantine: null })
    const knownIds = new Set<string>(own.loaded.map((l) => l.event.id))
    for (const record of own.setAside) if (typeof record.record.id === 'string') knownIds.add(record.record.id)

    const byMonth = new Map<string, string[]>()
    const add = (month: string, record: Readonly<Record<string, unknown>>): void => {
      const lines = byMonth.get(month) ?? []
      lines.push(JSON.stringify(record))
      byMonth.set(month, lines)
    }
    let added = 0
    let duplicates = incoming.summary.duplicatesDropped
    let keptForNewerVersion = 0
    for (const { event, stored } of incoming.loaded) {
      if (knownIds.has(event.id)) {
        duplicates++
        continue
      }
      knownIds.add(event.id)
      add(monthOf(event.t), stored)
      added++
    }
    const currentMonth = monthOf(formatLocalTimestamp(this.now()))
    for (const { record } of incoming.setAside) {
      const id = record.id
      // Without an id a record cannot be merged idempotently; it stays in the source only.
      if (typeof id !== 'string') continue
      if (knownIds.has(id)) {
        duplicates++
        continue
      }
      knownIds.add(id)
      const t = record.t
      add(typeof t === 'string' && /^\d{4}-(0[1-9]|1[0-2])/.test(t) ? monthOf(t) : currentMonth, record)
      keptForNewerVersion++
    }
    for (const [month, lines] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
      this.appender.append(month, lines)
    }
    return { added, duplicates, keptForNewerVersion, issues: incoming.issues }
  }

  /**
   * Moves the log to `to` (copy, verify every file, then switch) and returns where it now lives; the
   * caller saves that location in the settings. On failure nothing changes and the error says why.
   * The old folder is kept (see data-folder-move.ts).
   */
  moveTo(to: string): MoveResult {
    this.appender.close()
    // The note in the old folder waits until the new location is saved (confirmMove).
    const result = moveDataFolder(this.currentDataDir, to, this.now, { leaveNote: false })
    this.currentDataDir = result.location
    this.appender = new SegmentAppender(this.currentDataDir, this.deviceId, this.now)
    this.rollups = this.newRollups()
    return result
  }

  /** Leaves the note in the old folder once the move is saved; false if it could not be written. */
  confirmMove(result: MoveResult): boolean {
    return leaveMovedNote(result, this.now)
  }

  /** Closes open files. Every append was already fsynced, so this only frees handles. */
  close(): void {
    this.appender.close()
  }
}
