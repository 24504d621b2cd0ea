// Per-month rollups of the progress log: the facts the figures need (see progress-facts.ts), one set
// per month of files, kept in memory and persisted in a cache folder outside the data folder. A cache,
// never the truth: each is checked against its files (size, mtime, and a hash of the file's tail after
// a restart; ctime and inode while running), rebuilt when missing, stale or damaged, and a damaged
// cache file is ignored (never an error, never a different figure). Only changed months are parsed.
import { createHash } from 'node:crypto'
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  readSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { openRegular, readRegularFile } from '../safe-fs'
import {
  correctionEventSchema,
  type CorrectionEvent,
  type ProgressEvent,
  type TimeBounds,
  type WarningSign
} from '../../../shared/progress-events'
import {
  Corrections,
  FactsCollector,
  emptyDay,
  type DayFacts,
  type ProgressFacts
} from '../../../shared/progress-facts'
import {
  factsPart,
  indexFacts,
  summarizeFacts,
  type FactsIndex,
  type FactsPart,
  type MonthTotals,
  type PartSummary
} from '../../../shared/progress-stats'
import type { UpgradeContext } from './event-upgrades'
import { fileUnreadableIssue, type LoadIssue } from './load-issues'
import { listingIssues, loadLogFolder } from './log-loader'
import type { Quarantine } from './quarantine'
import { DEVICES_DIR, listSegments, type SegmentFile, type SegmentListing } from './segment-files'

/** Bumped when the rollup's content changes meaning: older cache files are then rebuilt. */
const ROLLUP_FORMAT = 2
/** How much of a file's end is hashed: a sync tool's edit almost always touches the end of a log file. */
const TAIL_BYTES = 4096
/** Far above a real month's cache file (tens of KiB); anything larger is not ours and is rebuilt. */
const CACHE_FILE_MAX_BYTES = 64 * 1024 * 1024

interface FileStamp {
  /** Relative to the data folder. */
  readonly file: string
  readonly size: number
  readonly mtimeMs: number
  readonly ctimeMs: number
  readonly ino: number
  /** sha1 of the last TAIL_BYTES bytes, hex. */
  readonly tail: string
}

/** What is known of a month's files without its days (the first part of a cache file). */
export interface MonthRollup {
  readonly v: typeof ROLLUP_FORMAT
  readonly month: string
  readonly files: readonly FileStamp[]
  /** The corrections this month's files hold (they may name entries of other months). */
  readonly corrections: readonly CorrectionEvent[]
  /** Which corrections of this month's entries the facts include (Corrections.fingerprint). */
  readonly fingerprint: string
}

interface Cached {
  rollup: MonthRollup
  /** The month's facts for the figures; its days are decoded from the cache file only when a range needs them. */
  part: FactsPart
  /** Checked against the files by stat alone (this process saw them); false when read from disk. */
  trustedStat: boolean
}

export interface RollupLoadOptions {
  readonly upgrade: UpgradeContext
  readonly quarantine: Quarantine | null
  readonly timeBounds: TimeBounds
  readonly reportedLinks: Set<string>
}

export interface RollupResult {
  readonly index: FactsIndex
  readonly issues: LoadIssue[]
  /** Months parsed from the log this time (the rest came from rollups), for the bench and the tests. */
  readonly monthsParsed: string[]
  readonly filesRead: string[]
}

function stampOf(path: string, file: string): FileStamp | null {
  let fd: number
  try {
    // Never a link, and never a FIFO or device that would block the read forever (safe-fs checks both).
    fd = openRegular(path, constants.O_RDONLY)
  } catch {
    return null
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return null
    const length = Math.min(TAIL_BYTES, st.size)
    const buffer = Buffer.alloc(length)
    let read = 0
    while (read < length) {
      const n = readSync(fd, buffer, read, length - read, st.size - length + read)
      if (n === 0) break
      read += n
    }
    const tail = createHash('sha1').update(buffer.subarray(0, read)).digest('hex')
    return { file, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, tail }
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}

/** Whether a month's files are still those its rollup was made from. */
function stillValid(cached: Cached, segments: readonly SegmentFile[], dataDir: string): boolean {
  const files = cached.rollup.files
  if (files.length !== segments.length) return false
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    const stamp = files[i]
    if (segment === undefined || stamp === undefined || stamp.file !== segment.relativePath) return false
    if (cached.trustedStat) {
      let st
      try {
        st = lstatSync(segment.path)
      } catch {
        return false
      }
      if (!st.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs) return false
      if (st.ctimeMs === stamp.ctimeMs && st.ino === stamp.ino) continue
    }
    // After a restart (or any doubt) the tail's content decides too: a sync tool may keep size and mtime.
    const now = stampOf(join(dataDir, stamp.file), stamp.file)
    if (now === null || now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs || now.tail !== stamp.tail)
      return false
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// The cache folder: one file per month, "<sha1 of the JSON>\n<JSON>", written whole then renamed.
// ---------------------------------------------------------------------------------------------

const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0
const isText = (x: unknown): x is string => typeof x === 'string'

// On disk a day is one array (counts in DAY_COUNTS order, then the longest bout, ratings, skip
// reasons and warnings): a third of the size of the objects, so a restart reads and parses less.
const DAY_COUNTS = [
  'bouts',
  'sittingMinutes',
  'prompted',
  'taken',
  'snoozed',
  'skipped',
  'meeting',
  'natural',
  'completed',
  'abandoned',
  'walkMinutes',
  'routinesStarted',
  'routinesCompleted'
] as const

type StoredDay = (number | unknown)[]

function encodeDay(d: DayFacts): StoredDay {
  const out: StoredDay = DAY_COUNTS.map((key) => d[key])
  out.push(d.longest, d.feedback, d.skipReasons, d.warnings)
  return out
}

function decodeDay(value: unknown): DayFacts | null {
  if (!Array.isArray(value) || value.length !== DAY_COUNTS.length + 4) return null
  const day = emptyDay()
  for (let i = 0; i < DAY_COUNTS.length; i++) {
    const n: unknown = value[i]
    const key = DAY_COUNTS[i]
    if (!isCount(n) || key === undefined) return null
    day[key] = n as number
  }
  const [longest, feedback, skipReasons, warnings] = value.slice(DAY_COUNTS.length) as unknown[]
  if (longest !== null) {
    if (!Array.isArray(longest) || !isText(longest[0]) || !isText(longest[1]) || !isCount(longest[2])) return null
    day.longest = [longest[0], longest[1], longest[2] as number]
  }
  if (typeof feedback !== 'object' || feedback === null || Array.isArray(feedback)) return null
  for (const [id, counts] of Object.entries(feedback as Record<string, unknown>)) {
    if (!Array.isArray(counts) || counts.length !== 3 || !counts.every(isCount)) return null
    day.feedback[id] = [counts[0] as number, counts[1] as number, counts[2] as number]
  }
  if (!Array.isArray(skipReasons) || !skipReasons.every(isText)) return null
  day.skipReasons = skipReasons
  if (!Array.isArray(warnings)) return null
  for (const w of warnings) {
    if (!Array.isArray(w) || !isText(w[0]) || !Array.isArray(w[1]) || !w[1].every(isText)) return null
    day.warnings.push([w[0], w[1] as WarningSign[]])
  }
  return day
}

type StoredTotals = Omit<MonthTotals, 'facts'> & { readonly facts: StoredDay }

/** The first JSON line of a cache file: all but the days. */
interface StoredHeader extends MonthRollup {
  readonly earliest: string | null
  readonly checkIns: ProgressFacts['checkIns']
  readonly latestSafety: ProgressFacts['latestSafety']
  readonly summary: Omit<PartSummary, 'months'> & { readonly months: Record<string, StoredTotals> }
}

function encodeDays(days: Readonly<Record<string, DayFacts>>): Record<string, StoredDay> {
  const out: Record<string, StoredDay> = {}
  for (const [day, facts] of Object.entries(days)) out[day] = encodeDay(facts)
  return out
}

function decodeDays(value: unknown): Record<string, DayFacts> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const days: Record<string, DayFacts> = {}
  for (const [key, stored] of Object.entries(value as Record<string, unknown>)) {
    const day = decodeDay(stored)
    if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(key)) return null
    days[key] = day
  }
  return days
}

function decodeSummary(value: unknown): PartSummary | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (!Array.isArray(v.routineDays) || !v.routineDays.every(isText)) return null
  if (v.firstDay !== null && !isText(v.firstDay)) return null
  if (typeof v.months !== 'object' || v.months === null) return null
  const months: Record<string, MonthTotals> = {}
  for (const [key, stored] of Object.entries(v.months as Record<string, unknown>)) {
    const t = stored as Record<string, unknown> | null
    if (typeof t !== 'object' || t === null) return null
    const facts = decodeDay(t.facts)
    if (facts === null || !isCount(t.routineDays) || !isCount(t.walked) || !isCount(t.longestDay)) return null
    if (!isCount(t.walkingDays)) return null
    months[key] = {
      facts,
      routineDays: t.routineDays as number,
      walked: t.walked as number,
      walkingDays: t.walkingDays as number,
      longestDay: t.longestDay as number
    }
  }
  return { months, routineDays: v.routineDays, firstDay: v.firstDay as string | null }
}

/** The header a cache file holds, or null when anything about it is off (its hash already matched). */
function decodeHeader(
  value: unknown,
  month: string
): (Omit<StoredHeader, 'summary'> & { summary: PartSummary }) | null {
  if (typeof value !== 'object' || value === null) return null
  const r = value as Record<string, unknown>
  if (r.v !== ROLLUP_FORMAT || r.month !== month || typeof r.fingerprint !== 'string') return null
  if (!Array.isArray(r.files) || !Array.isArray(r.corrections) || !Array.isArray(r.checkIns)) return null
  if (r.earliest !== null && !isText(r.earliest)) return null
  for (const c of r.checkIns as unknown[]) {
    const x = c as Record<string, unknown> | null
    if (typeof x !== 'object' || x === null || !isText(x.t) || !isCount(x.ms) || !isCount(x.back) || !isCount(x.leg))
      return null
    if (!isText(x.furthest) || !isCount(x.walking) || !Array.isArray(x.psfs)) return null
  }
  const s = r.latestSafety as Record<string, unknown> | null
  if (s !== null && (typeof s !== 'object' || !isText(s.t) || typeof s.ms !== 'number' || !Array.isArray(s.signs)))
    return null
  for (const c of r.corrections) if (!correctionEventSchema.safeParse(c).success) return null
  const summary = decodeSummary(r.summary)
  if (summary === null) return null
  return { ...(r as unknown as StoredHeader), summary }
}

interface ReadBack {
  readonly rollup: MonthRollup
  readonly part: FactsPart
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex')

function readCacheFile(path: string, month: string, onBadDays: () => void): ReadBack | null {
  try {
    const text = readRegularFile(path, CACHE_FILE_MAX_BYTES).toString('utf8')
    if (text.charCodeAt(80) !== 10) return null
    const second = text.indexOf('\n', 81)
    if (second === -1) return null
    const headerText = text.slice(81, second)
    if (sha1(headerText) !== text.slice(0, 40)) return null
    const header = decodeHeader(JSON.parse(headerText), month)
    if (header === null) return null
    const daysText = text.slice(second + 1)
    const daysHash = text.slice(40, 80)
    let days: Record<string, DayFacts> | null = null
    const part: FactsPart = {
      month,
      earliest: header.earliest,
      checkIns: header.checkIns,
      latestSafety: header.latestSafety,
      summary: header.summary,
      days: () => {
        if (days === null) {
          let decoded: Record<string, DayFacts> | null
          try {
            decoded = sha1(daysText) === daysHash ? decodeDays(JSON.parse(daysText)) : null
          } catch {
            decoded = null
          }
          // Damaged since it was read, or from another build: the month is read from the log next time.
          if (decoded === null) onBadDays()
          days = decoded ?? {}
        }
        return days
      }
    }
    const rollup: MonthRollup = {
      v: ROLLUP_FORMAT,
      month,
      files: header.files,
      corrections: header.corrections,
      fingerprint: header.fingerprint
    }
    return { rollup, part }
  } catch {
    return null
  }
}

function writeCacheFile(dir: string, rollup: MonthRollup, facts: ProgressFacts, summary: PartSummary): void {
  try {
    mkdirSync(dir, { recursive: true })
    const months: Record<string, StoredTotals> = {}
    for (const [key, t] of Object.entries(summary.months)) months[key] = { ...t, facts: encodeDay(t.facts) }
    const header: StoredHeader = {
      ...rollup,
      earliest: facts.earliest,
      checkIns: facts.checkIns,
      latestSafety: facts.latestSafety,
      summary: { ...summary, months }
    }
    // Each half has its own hash: the header is checked when read, the days when first needed.
    const headerText = JSON.stringify(header)
    const daysText = JSON.stringify(encodeDays(facts.days))
    const path = join(dir, `${rollup.month}.json`)
    const temp = `${path}.${process.pid}.tmp`
    writeFileSync(temp, `${sha1(headerText)}${sha1(daysText)}\n${headerText}\n${daysText}`)
    renameSync(temp, path)
  } catch {
    // A cache that cannot be written is only slower next time.
  }
}

function removeCacheFile(dir: string, month: string): void {
  try {
    unlinkSync(join(dir, `${month}.json`))
  } catch {
    // Already gone, or never written.
  }
}

/** The months in a cache folder (leftovers are removed when their month has no files any more). */
function cachedMonths(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /^\d{4}-\d{2}\.json$/.test(name))
      .map((name) => name.slice(0, 7))
  } catch {
    return []
  }
}

// ---------------------------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------------------------

/** Months ("2026-03") a view needs checked; the others keep what the last full check found. */
export interface RollupScope {
  readonly fromMonth: string
  readonly toMonth: string
}

/** Every month from one to another, inclusive ("2026-02", "2026-03", ...). */
function* monthsBetween(from: string, to: string): Generator<string> {
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  for (let n = 0; n < 1200; n++) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
    if (month > to) return
    yield month
    if (++m > 12) {
      m = 1
      y++
    }
  }
}

/** The folders' own stamps: a file created, removed or renamed in them changes their mtime. */
function folderStamp(dataDir: string, deviceIds: readonly string[]): string {
  const parts: string[] = []
  for (const path of [dataDir, join(dataDir, DEVICES_DIR), ...deviceIds.map((id) => join(dataDir, DEVICES_DIR, id))]) {
    try {
      const st = lstatSync(path)
      parts.push(`${st.ino}:${st.mtimeMs}:${st.ctimeMs}`)
    } catch {
      parts.push('-')
    }
  }
  return parts.join('|')
}

export class RollupStore {
  private readonly months = new Map<string, Cached>()
  private diskChecked = false
  private index: FactsIndex | null = null
  /** Every month was checked against its files at least once in this process. */
  private fullyChecked = false
  private listing: { stamp: string; value: SegmentListing; devices: string[] } | null = null
  private damaged = false
  /** Months whose files had load problems: never cached, read (and reported) on every load. */
  private readonly problemMonths = new Set<string>()

  /**
   * True once if a cache file's days turned out damaged while figures were computed from it (they were
   * then incomplete): the caller loads again, which reads that month from the log.
   */
  takeDamaged(): boolean {
    const damaged = this.damaged
    this.damaged = false
    return damaged
  }

  /** `cacheDir`: where rollups persist between runs; null keeps them in memory only. */
  constructor(
    private readonly dataDir: string,
    private readonly cacheDir: string | null
  ) {}

  /** Forgets everything in memory (the next load reads the cache folder again, as after a restart). */
  forgetMemory(): void {
    this.months.clear()
    this.diskChecked = false
    this.index = null
    this.fullyChecked = false
    this.listing = null
  }

  private groupedFor: { listing: SegmentListing; byMonth: Map<string, SegmentFile[]> } | null = null

  /** The listing's files by month, grouped once per listing. */
  private grouped(listing: SegmentListing): Map<string, SegmentFile[]> {
    if (this.groupedFor?.listing === listing) return this.groupedFor.byMonth
    const byMonth = new Map<string, SegmentFile[]>()
    for (const segment of listing.segments) {
      const list = byMonth.get(segment.month)
      if (list === undefined) byMonth.set(segment.month, [segment])
      else list.push(segment)
    }
    this.groupedFor = { listing, byMonth }
    return byMonth
  }

  /** The segment listing, made again only when a folder's stamp changed (a file came or went). */
  private list(): { listing: SegmentListing; changed: boolean } {
    const cached = this.listing
    if (cached !== null && folderStamp(this.dataDir, cached.devices) === cached.stamp)
      return { listing: cached.value, changed: false }
    const listing = listSegments(this.dataDir)
    const devices = [...new Set(listing.segments.map((s) => s.deviceId))]
    // Stray files and links are part of the listing: a folder with them is listed every time.
    if (listing.strays.length === 0 && listing.links.length === 0)
      this.listing = { stamp: folderStamp(this.dataDir, devices), value: listing, devices }
    else this.listing = null
    const before = cached?.value.segments.map((s) => s.relativePath).join('\n')
    return { listing, changed: before !== listing.segments.map((s) => s.relativePath).join('\n') }
  }

  private fromDisk(month: string): Cached | undefined {
    const dir = this.cacheDir
    if (dir === null) return undefined
    const read = readCacheFile(join(dir, `${month}.json`), month, () => {
      this.months.delete(month)
      this.index = null
      this.damaged = true
      removeCacheFile(dir, month)
    })
    return read === null ? undefined : { ...read, trustedStat: false }
  }

  /**
   * Brings the months up to date and returns the facts of the whole log, indexed. With a scope (the
   * week and month views) only the scope's months are checked against their files, once every month
   * has been checked in this process and no file came or went; all-time and the report check all.
   */
  load(options: RollupLoadOptions, scope?: RollupScope): RollupResult {
    const issues: LoadIssue[] = []
    let listing: SegmentListing
    let listingChanged: boolean
    try {
      ;({ listing, changed: listingChanged } = this.list())
    } catch (error) {
      issues.push(fileUnreadableIssue(this.dataDir, error))
      return { index: indexFacts([]), issues, monthsParsed: [], filesRead: [] }
    }
    issues.push(...listingIssues(this.dataDir, listing, options.reportedLinks))

    const byMonth = this.grouped(listing)

    let changed = false
    // Months gone from the log leave memory and the cache folder.
    for (const month of [...this.months.keys()]) {
      if (byMonth.has(month)) continue
      this.months.delete(month)
      if (this.cacheDir !== null) removeCacheFile(this.cacheDir, month)
      changed = true
    }
    if (!this.diskChecked && this.cacheDir !== null) {
      for (const month of cachedMonths(this.cacheDir)) if (!byMonth.has(month)) removeCacheFile(this.cacheDir, month)
      this.diskChecked = true
    }

    const checkAll = scope === undefined || !this.fullyChecked || listingChanged
    const stale = new Set<string>()
    // A scoped view with nothing added or removed checks only its months (no file came or went).
    const toCheck = checkAll
      ? byMonth
      : new Map(
          [...monthsBetween(scope.fromMonth, scope.toMonth), ...this.problemMonths].flatMap((m) => {
            const segments = byMonth.get(m)
            return segments === undefined ? [] : [[m, segments] as const]
          })
        )
    for (const [month, segments] of toCheck) {
      let cached = this.months.get(month)
      if (cached === undefined) {
        cached = this.fromDisk(month)
        if (cached !== undefined) {
          this.months.set(month, cached)
          changed = true
        }
      }
      if (cached === undefined || !stillValid(cached, segments, this.dataDir)) stale.add(month)
      else cached.trustedStat = true
    }

    // Read the stale months, keeping their events until every correction is known.
    const parsed = new Map<string, { events: ProgressEvent[]; stamps: (FileStamp | null)[]; issues: LoadIssue[] }>()
    const filesRead: string[] = []
    const read = (months: Set<string>): void => {
      if (months.size === 0) return
      for (const month of months) {
        // Stamps before reading: a file written meanwhile then looks changed next time, never the reverse.
        const stamps = (byMonth.get(month) ?? []).map((s) => stampOf(s.path, s.relativePath))
        parsed.set(month, { events: [], stamps, issues: [] })
      }
      const loaded = loadLogFolder(this.dataDir, {
        upgrade: options.upgrade,
        quarantine: options.quarantine,
        timeBounds: options.timeBounds,
        reportedLinks: options.reportedLinks,
        listing,
        months,
        onEvent: (event, month) => parsed.get(month)?.events.push(event)
      })
      filesRead.push(...loaded.summary.filesRead)
      const monthOfFile = new Map(listing.segments.map((s) => [s.relativePath, s.month]))
      for (const issue of loaded.issues) {
        const month = monthOfFile.get(issue.file)
        const entry = month === undefined ? undefined : parsed.get(month)
        if (entry === undefined) issues.push(issue)
        else entry.issues.push(issue)
      }
    }
    read(stale)
    if (stale.size === 0 && !changed && this.index !== null) {
      // Nothing read and nothing new from the cache folder: the corrections are as they were.
      if (checkAll) this.fullyChecked = true
      return { index: this.index, issues, monthsParsed: [], filesRead }
    }

    const corrections = new Corrections()
    for (const [month, cached] of this.months)
      if (!stale.has(month) && byMonth.has(month)) for (const c of cached.rollup.corrections) corrections.add(c)
    for (const { events } of parsed.values()) for (const e of events) if (e.type === 'correction') corrections.add(e)

    // A month whose entries gained or lost a correction elsewhere is read again.
    const again = new Set<string>()
    for (const [month, cached] of this.months)
      if (!stale.has(month) && byMonth.has(month) && cached.rollup.fingerprint !== corrections.fingerprint(month))
        again.add(month)
    read(again)
    if (checkAll) this.fullyChecked = true

    for (const [month, { events, stamps, issues: monthIssues }] of parsed) {
      const collector = new FactsCollector()
      const own: CorrectionEvent[] = []
      for (const e of events) {
        if (e.type === 'correction') {
          own.push(e)
          continue
        }
        const applied = corrections.apply(e)
        if (applied !== null) collector.add(applied)
      }
      const complete = stamps.every((s) => s !== null)
      const rollup: MonthRollup = {
        v: ROLLUP_FORMAT,
        month,
        files: stamps.filter((s): s is FileStamp => s !== null),
        corrections: own,
        fingerprint: corrections.fingerprint(month)
      }
      const summary = summarizeFacts(collector.facts)
      this.months.set(month, { rollup, part: factsPart(month, collector.facts, summary), trustedStat: true })
      changed = true
      // A month with problems is read again each time (its problems are re-checked and kept aside as
      // before); only clean months are written to the cache folder.
      if (this.cacheDir !== null) {
        if (complete && monthIssues.length === 0) writeCacheFile(this.cacheDir, rollup, collector.facts, summary)
        else removeCacheFile(this.cacheDir, month)
      }
      if (!complete || monthIssues.length > 0) {
        this.months.delete(month)
        this.problemMonths.add(month)
      } else this.problemMonths.delete(month)
      issues.push(...monthIssues)
    }

    if (changed || this.index === null) {
      const parts = [...byMonth.keys()].sort().flatMap((month) => {
        const part = this.months.get(month)?.part
        if (part !== undefined) return [part]
        const facts = parsedFacts(month)
        return facts === undefined ? [] : [factsPart(month, facts)]
      })
      this.index = indexFacts(parts)
    }
    return { index: this.index, issues, monthsParsed: [...parsed.keys()].sort(), filesRead }

    function parsedFacts(month: string): ProgressFacts | undefined {
      const entry = parsed.get(month)
      if (entry === undefined) return undefined
      const collector = new FactsCollector()
      for (const e of entry.events) {
        if (e.type === 'correction') continue
        const applied = corrections.apply(e)
        if (applied !== null) collector.add(applied)
      }
      return collector.facts
    }
  }
}
