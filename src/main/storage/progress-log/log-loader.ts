// Loads a data folder: every device folder and sync copy in range, merged, duplicates dropped, sorted
// by time. Files are read in chunks, never through a link and never from outside the data folder.
// Bad lines are copied to quarantine (when a Quarantine is given) and reported; nothing throws.
import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ProgressEvent, TimeBounds } from '../../../shared/progress-events'
import { RefusedPath, insideOf, kindOf, readInChunks } from '../safe-fs'
import type { UpgradeContext } from './event-upgrades'
import {
  dataFolderMissingIssue,
  dataFolderUnusableIssue,
  fileUnreadableIssue,
  linkSkippedIssue,
  setAsideIssue,
  strayFileIssue,
  unfinishedLineIssue,
  unreadableLinesIssue,
  type LoadIssue
} from './load-issues'
import type { KeptCopy, Quarantine } from './quarantine'
import { listSegments, type SegmentListing } from './segment-files'
import {
  SegmentParser,
  type BadRun,
  type LoadedEvent,
  type ParseContext,
  type ParseLimits,
  type SetAsideLine
} from './segment-parser'

export interface SetAsideRecord {
  /** The file, relative to the data folder. */
  readonly file: string
  readonly line: number
  readonly reason: SetAsideLine['reason']
  readonly record: Readonly<Record<string, unknown>>
}

export interface LoadSummary {
  /** Segment files opened, relative to the data folder, in reading order. */
  readonly filesRead: string[]
  readonly lines: number
  readonly duplicatesDropped: number
  readonly upgraded: number
}

export interface LoadedLog {
  /** Sorted by time (stable for equal times); empty when the events were streamed to onEvent. */
  readonly loaded: LoadedEvent[]
  readonly issues: LoadIssue[]
  readonly setAside: SetAsideRecord[]
  readonly summary: LoadSummary
}

export interface LoadOptions {
  readonly fromMs?: number
  readonly toMs?: number
  readonly upgrade: UpgradeContext
  /** Where bad lines are copied; null when reading someone else's folder (an import) that we must not write to. */
  readonly quarantine: Quarantine | null
  /**
   * When given, each event in range is handed over as it is read (in file order, not time order) and
   * none is kept: ten years of events then cost a few counters of memory, not the whole log.
   */
  readonly onEvent?: (event: ProgressEvent, month: string) => void
  /**
   * A listing made by the caller (the rollups list once and read only some months): its folder-level
   * problems (strays, links, a missing folder) are then the caller's to report, not this load's.
   */
  readonly listing?: SegmentListing
  /** Read only the segments of these months ("2026-03"). */
  readonly months?: ReadonlySet<string>
  /** Events dated outside these (before 2000, after tomorrow: see timeBoundsAt) are set aside as bad lines. */
  readonly timeBounds?: TimeBounds
  /** Lower limits for tests; PARSE_LIMITS otherwise. */
  readonly limits?: Partial<ParseLimits>
  /** Bytes read at a time (1 MiB unless given). */
  readonly chunkBytes?: number
  /**
   * Links already reported by an earlier load of the same log; each is then reported again but
   * marked not new, so the user hears about a link once. Updated in place.
   */
  readonly reportedLinks?: Set<string>
}

const NOT_COPIED: KeptCopy = { ok: false, reason: 'this folder is only read, never written' }

export function loadLogFolder(dataDir: string, options: LoadOptions): LoadedLog {
  const fromMs = options.fromMs ?? -Infinity
  const toMs = options.toMs ?? Infinity
  const issues: LoadIssue[] = []
  const empty = (): LoadedLog => ({
    loaded: [],
    issues,
    setAside: [],
    summary: { filesRead: [], lines: 0, duplicatesDropped: 0, upgraded: 0 }
  })
  let listing: SegmentListing
  const reportedLinks = options.reportedLinks ?? new Set<string>()
  if (options.listing !== undefined) listing = options.listing
  else {
    try {
      listing = listSegments(dataDir, fromMs, toMs)
    } catch (error) {
      issues.push(fileUnreadableIssue(dataDir, error))
      return empty()
    }
    issues.push(...listingIssues(dataDir, listing, reportedLinks))
  }

  const loaded: LoadedEvent[] = []
  const onEvent = options.onEvent
  const ctx: ParseContext = {
    upgrade: options.upgrade,
    seen: new Map(),
    seenSetAside: new Set(),
    timeBounds: options.timeBounds,
    emit:
      onEvent === undefined
        ? (event, ms, stored) => {
            if (ms >= fromMs && ms < toMs) loaded.push({ event, ms, stored })
          }
        : (event, ms) => {
            if (ms >= fromMs && ms < toMs) onEvent(event, month)
          }
  }
  const setAside: SetAsideRecord[] = []
  const filesRead: string[] = []
  let lines = 0
  let duplicatesDropped = 0
  let upgraded = 0

  // The data folder's real path is resolved once per load; each file's is resolved as it is read.
  const insideDataDir = insideOf(dataDir)
  let month = ''
  const months = options.months
  for (const segment of listing.segments) {
    if (months !== undefined && !months.has(segment.month)) continue
    // Copies of one event always share its month (see ParseContext), so one small map per month
    // finds every duplicate and is about twice as fast as one map of every id.
    if (segment.month !== month) {
      month = segment.month
      ctx.seen = new Map()
    }
    const keep = options.quarantine
    // Each run of bad lines is copied aside as soon as it ends, so its bytes are not held until the
    // file ends; only its line numbers and reasons are kept for the message.
    const middleRuns: BadRun[] = []
    const middleCopies: KeptCopy[] = []
    const unfinished: { run: BadRun; copy: KeptCopy }[] = []
    const parser = new SegmentParser(ctx, {
      limits: options.limits,
      onBadRun: (run) => {
        const copy = keep?.keepBadRun(segment.deviceId, segment.name, run) ?? NOT_COPIED
        const kept: BadRun = { ...run, bytes: null }
        if (run.unfinished) unfinished.push({ run: kept, copy })
        else {
          middleRuns.push(kept)
          middleCopies.push(copy)
        }
      }
    })
    let parsed
    try {
      // Realpath containment on top of the link checks: a folder swapped for a link since the
      // listing still cannot lead the read outside the data folder.
      // (A missing file is not 'outside': opening it says what happened.)
      if (!insideDataDir(segment.path) && kindOf(segment.path) !== null) throw new RefusedPath(segment.path, 'outside')
      readInChunks(segment.path, (chunk) => parser.push(chunk), options.chunkBytes)
      parsed = parser.finish()
    } catch (error) {
      if (error instanceof RefusedPath && error.why === 'link') {
        issues.push(linkSkippedIssue(segment.relativePath, !reportedLinks.has(segment.relativePath)))
        reportedLinks.add(segment.relativePath)
      } else issues.push(fileUnreadableIssue(segment.relativePath, error))
      continue
    }
    filesRead.push(segment.relativePath)
    lines += parsed.lines
    duplicatesDropped += parsed.duplicatesDropped
    upgraded += parsed.upgraded

    if (middleRuns.length > 0) {
      issues.push(unreadableLinesIssue(segment.relativePath, segment.name, segment.deviceId, middleRuns, middleCopies))
    }
    for (const { run, copy } of unfinished) {
      issues.push(unfinishedLineIssue(segment.relativePath, segment.name, segment.deviceId, run, copy))
    }
    for (const reason of ['newer-version', 'unknown-type'] as const) {
      const kept = parsed.setAside.filter((line) => line.reason === reason)
      if (kept.length === 0) continue
      const copy =
        keep?.keepSetAside(
          segment.deviceId,
          segment.name,
          kept.map((line) => line.text)
        ) ?? NOT_COPIED
      issues.push(setAsideIssue(segment.relativePath, segment.name, segment.deviceId, reason, kept, copy))
      for (const line of kept) {
        setAside.push({ file: segment.relativePath, line: line.line, reason, record: line.record })
      }
    }
  }

  // Segments are each in time order, so this sort mostly merges a few long runs.
  loaded.sort((a, b) => a.ms - b.ms)
  return { loaded, issues, setAside, summary: { filesRead, lines, duplicatesDropped, upgraded } }
}

/** The problems a listing itself shows: a missing or unusable data folder, stray files, links. */
export function listingIssues(dataDir: string, listing: SegmentListing, reportedLinks: Set<string>): LoadIssue[] {
  const issues: LoadIssue[] = []
  // A missing folder in an existing parent is a log not written yet (first run); a missing parent as
  // well suggests a drive or synced folder that is not there right now, which the user should hear.
  if (listing.dataFolderNotAFolder) issues.push(dataFolderUnusableIssue(dataDir))
  else if (!listing.dataFolderExists && !existsSync(dirname(dataDir))) issues.push(dataFolderMissingIssue(dataDir))
  for (const stray of listing.strays) issues.push(strayFileIssue(stray.relativePath, stray.reason))
  for (const link of listing.links) {
    issues.push(linkSkippedIssue(link, !reportedLinks.has(link)))
    reportedLinks.add(link)
  }
  return issues
}

export function eventsOf(loaded: readonly LoadedEvent[]): ProgressEvent[] {
  return loaded.map((l) => l.event)
}
