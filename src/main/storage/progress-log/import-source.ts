// Reads what the user picked to import: a Limber data folder or backup folder (devices/...), a single
// .jsonl file, or a .json file holding an array of events (what exportRange('json') writes).
// Read only: bad lines are reported, never copied into or out of the source. The source may come from
// anywhere, so it is read like hostile input: no link inside it is followed, every file and entry has
// a size and nesting bound checked before any parser sees it, a backup's manifest checksums are
// verified, and entries dated before 2000 or after tomorrow are refused.
import { realpathSync } from 'node:fs'
import { basename, join } from 'node:path'
import { isUtf8 } from 'node:buffer'
import { z } from 'zod'
import { timeBoundsAt, timeOutOfBounds, type TimeBounds } from '../../../shared/progress-events'
import { RefusedPath, kindOf, readRegularFile } from '../safe-fs'
import { CSV_HEADER } from './event-export'
import type { UpgradeContext } from './event-upgrades'
import {
  fileUnreadableIssue,
  setAsideIssue,
  unfinishedLineIssue,
  unreadableLinesIssue,
  type LoadIssue
} from './load-issues'
import type { LoadedLog, SetAsideRecord } from './log-loader'
import type { KeptCopy } from './quarantine'
import { DEVICES_DIR, classifySegmentName, isHousekeepingName, type SegmentKind } from './segment-files'
import {
  PARSE_LIMITS,
  classifyRecord,
  parseSegment,
  type BadRun,
  type LoadedEvent,
  type ParseContext,
  type SetAsideLine
} from './segment-parser'
import { describeSkipped, scanFiles, sha256 } from './verified-copy'

const READ_ONLY: KeptCopy = { ok: false, reason: 'the import is only read, never changed' }

export const MANIFEST_NAME = 'manifest.json'

export interface ImportLimits {
  /** One file; a month of a busy log is a few MB, so this only stops a planted giant. */
  readonly maxFileBytes: number
  /** One item of an exported array; the same bound as a line of a log file (PARSE_LIMITS). */
  readonly maxEntryBytes: number
  /** Brackets inside one item, or in a manifest; the same bound as a line of a log file. */
  readonly maxDepth: number
  /** Files in one folder import. */
  readonly maxFiles: number
  readonly maxManifestBytes: number
}

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxEntryBytes: PARSE_LIMITS.maxLineBytes,
  maxDepth: PARSE_LIMITS.maxDepth,
  maxFiles: 20_000,
  maxManifestBytes: 16 * 1024 * 1024
}

export interface ImportOptions {
  /** Today, for the "not after tomorrow" bound. */
  readonly now?: () => Date
  readonly limits?: Partial<ImportLimits>
}

export const CSV_MESSAGE = 'CSV exports cannot be imported; use a JSON export or a backup folder.'
const WHAT_LIMBER_IMPORTS =
  'Limber imports a backup folder, a data folder, a JSON export (.json) or a log file (.jsonl).'

// ----- Entry points -----

export function readImportSource(path: string, upgrade: UpgradeContext, options: ImportOptions = {}): LoadedLog {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits }
  const now = options.now ?? upgrade.now ?? (() => new Date())
  const context: UpgradeContext = { ...upgrade, now }
  // The path the user picked is theirs to choose, links included; what lies inside it is not.
  let picked: string
  try {
    picked = realpathSync(path)
  } catch (error) {
    return emptyWith([fileUnreadableIssue(path, error)])
  }
  const bounds = timeBoundsAt(now().getTime())
  return kindOf(picked) === 'folder'
    ? readFolder(picked, context, limits, bounds)
    : readFile(picked, path, context, limits, bounds)
}

function emptyWith(issues: LoadIssue[]): LoadedLog {
  return { loaded: [], issues, setAside: [], summary: { filesRead: [], lines: 0, duplicatesDropped: 0, upgraded: 0 } }
}

function warning(file: string, message: string): LoadIssue {
  return { kind: 'file-unreadable', severity: 'warning', file, lines: [], keptIn: [], isNew: true, message }
}

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024 / 1024))} MB`
}

/** A file's bytes, or the issue that says why they were not read. */
function readBounded(path: string, label: string, maxBytes: number): { bytes: Buffer } | { issue: LoadIssue } {
  try {
    return { bytes: readRegularFile(path, maxBytes) }
  } catch (error) {
    if (error instanceof RefusedPath) {
      return {
        issue: {
          ...warning(
            label,
            error.why === 'link'
              ? `${label} is a link; Limber does not follow links in what it imports, so nothing was read from it.`
              : `${label} is not a regular file, so nothing was read from it.`
          ),
          kind: error.why === 'link' ? 'link-skipped' : 'file-unreadable'
        }
      }
    }
    if (error instanceof RangeError) {
      return {
        issue: warning(
          label,
          `${label} is larger than the ${megabytes(maxBytes)} Limber imports from one file, so nothing was imported from it. ` +
            'No Limber file grows that large; check that it is the file you meant.'
        )
      }
    }
    return { issue: fileUnreadableIssue(label, error) }
  }
}

// ----- One file -----

type Kind = 'json-array' | 'json-lines' | 'csv' | 'other'

function kindOfContent(name: string, bytes: Buffer): Kind {
  const head = bytes.subarray(0, 4096)
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/\.csv$/i.test(name) || text.startsWith(CSV_HEADER)) return 'csv'
  // A cut in the middle of a multi-byte character at the 4 KB mark is not a reason to call it binary.
  if (!isUtf8(head) && !isUtf8(head.subarray(0, Math.max(0, head.length - 3)))) return 'other'
  if (text.startsWith('[')) return 'json-array'
  if (text.startsWith('{') || text === '') return 'json-lines'
  return 'other'
}

function readFile(
  path: string,
  label: string,
  upgrade: UpgradeContext,
  limits: ImportLimits,
  bounds: TimeBounds
): LoadedLog {
  const name = basename(label)
  const file = readBounded(path, label, limits.maxFileBytes)
  if ('issue' in file) return emptyWith([file.issue])
  const bytes = file.bytes
  const kind = kindOfContent(name, bytes)
  if (kind === 'csv') return emptyWith([warning(label, `${name} is a CSV export. ${CSV_MESSAGE}`)])
  if (kind === 'other') return emptyWith([notLimberFile(label, name)])
  const ctx = newContext(upgrade)
  const read =
    kind === 'json-array'
      ? readJsonArray(label, name, bytes, ctx, limits)
      : readJsonLines(label, name, bytes, ctx, limits, null)
  if (read.events.length === 0 && read.setAside.length === 0 && read.badCount > 0 && read.badCount === read.entries) {
    return emptyWith([notLimberFile(label, name)])
  }
  return finish([read], bounds)
}

function notLimberFile(label: string, name: string): LoadIssue {
  return warning(
    label,
    `${name} is not a Limber file: it holds no Limber entries, so nothing was imported. ${WHAT_LIMBER_IMPORTS}`
  )
}

interface FileRead {
  readonly file: string
  readonly deviceId: string | null
  readonly events: LoadedEvent[]
  readonly setAside: readonly SetAsideLine[]
  readonly issues: LoadIssue[]
  readonly entries: number
  readonly badCount: number
  readonly duplicatesDropped: number
  readonly upgraded: number
}

function newContext(upgrade: UpgradeContext): ParseContext & { events: LoadedEvent[] } {
  const events: LoadedEvent[] = []
  return {
    upgrade,
    seen: new Map(),
    seenSetAside: new Set(),
    events,
    emit: (event, ms, stored) => events.push({ event, ms, stored })
  }
}

// ----- Bounds checked without a parser -----

const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
}

/** True when brackets outside strings nest deeper than `max`: a flat scan, so no input can exhaust the stack. */
function bytesNestDeeperThan(buf: Buffer, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) inString = true
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--
  }
  return false
}

interface Span {
  readonly start: number
  readonly end: number
  readonly depth: number
}

/**
 * Cuts a JSON array into its top-level items without parsing it, measuring each item's nesting, so
 * each item can be bounded and parsed on its own. Null when the bytes are not one array.
 */
export function splitJsonArray(buf: Buffer): Span[] | null {
  let i = 0
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3
  while (isSpace(buf[i])) i++
  if (buf[i] !== OPEN_ARRAY) return null
  i++
  const items: Span[] = []
  let depth = 1
  let inString = false
  let itemStart = -1
  let itemDepth = 0
  const close = (end: number): void => {
    items.push({ start: itemStart < 0 ? end : itemStart, end, depth: itemDepth })
    itemStart = -1
    itemDepth = 0
  }
  for (; i < buf.length; i++) {
    const c = buf[i]
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
      continue
    }
    if (c === undefined || isSpace(c)) continue
    if (depth === 1 && itemStart < 0 && c !== COMMA && c !== CLOSE_ARRAY) itemStart = i
    if (c === QUOTE) inString = true
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++
      if (depth - 1 > itemDepth) itemDepth = depth - 1
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--
      if (depth === 0) {
        // "[]" has no item; "[1,]" has an empty one, which then fails to parse as it should.
        if (itemStart >= 0 || items.length > 0) close(i)
        i++
        break
      }
    } else if (c === COMMA && depth === 1) close(i)
  }
  if (depth !== 0) return null
  while (isSpace(buf[i])) i++
  return i === buf.length ? items : null
}

// Worded as the segment parser words the same limits on a line.
function boundsReason(bytes: number, depth: number, limits: ImportLimits): string | null {
  if (bytes > limits.maxEntryBytes) return `an entry longer than ${Math.round(limits.maxEntryBytes / 1024)} KiB`
  if (depth > limits.maxDepth) return `nested more than ${limits.maxDepth} levels deep`
  return null
}

// ----- JSON Lines -----

function readJsonLines(
  file: string,
  name: string,
  bytes: Buffer,
  ctx: ParseContext & { events: LoadedEvent[] },
  limits: ImportLimits,
  deviceId: string | null
): FileRead {
  const before = ctx.events.length
  const parsed = parseSegment(bytes, ctx)
  const issues: LoadIssue[] = []
  const middle = parsed.badRuns.filter((r) => !r.unfinished)
  if (middle.length > 0) {
    issues.push(
      unreadableLinesIssue(
        file,
        name,
        deviceId,
        middle,
        middle.map(() => READ_ONLY)
      )
    )
  }
  const unfinished = parsed.badRuns.filter((r) => r.unfinished)
  for (const run of unfinished) issues.push(unfinishedLineIssue(file, name, deviceId, run, READ_ONLY))
  const badCount = middle.reduce((n, r) => n + r.lines.length, 0) + unfinished.length
  const events = ctx.events.slice(before)
  return {
    file,
    deviceId,
    events,
    setAside: parsed.setAside,
    issues,
    // Blank lines are not entries; what is neither bad nor read is a duplicate or set aside.
    entries: events.length + parsed.setAside.length + parsed.duplicatesDropped + badCount,
    badCount,
    duplicatesDropped: parsed.duplicatesDropped,
    upgraded: parsed.upgraded
  }
}

// ----- An exported JSON array -----

function readJsonArray(
  file: string,
  name: string,
  bytes: Buffer,
  ctx: ParseContext & { events: LoadedEvent[] },
  limits: ImportLimits
): FileRead {
  const spans = splitJsonArray(bytes)
  if (spans === null) {
    const run: BadRun = {
      lines: [1],
      bytes: Buffer.alloc(0),
      reasons: ['not a valid JSON array of events'],
      unfinished: false
    }
    return {
      file,
      deviceId: null,
      events: [],
      setAside: [],
      issues: [unreadableLinesIssue(file, name, null, [run], [READ_ONLY])],
      entries: 1,
      badCount: 1,
      duplicatesDropped: 0,
      upgraded: 0
    }
  }
  const before = ctx.events.length
  const setAside: SetAsideLine[] = []
  const badRuns: BadRun[] = []
  let duplicatesDropped = 0
  let upgraded = 0
  spans.forEach((span, index) => {
    const item = index + 1
    const bad = (reason: string): void => {
      badRuns.push({ lines: [item], bytes: Buffer.alloc(0), reasons: [reason], unfinished: false })
    }
    const tooBig = boundsReason(span.end - span.start, span.depth, limits)
    if (tooBig !== null) return bad(tooBig)
    const text = bytes.toString('utf8', span.start, span.end)
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return bad('not valid JSON')
    }
    const verdict = classifyRecord(value, ctx.upgrade)
    if (verdict.kind === 'bad') bad(verdict.reason)
    else if (verdict.kind === 'set-aside') {
      setAside.push({ line: item, text, reason: verdict.reason, record: verdict.record })
    } else if (ctx.seen.has(verdict.loaded.event.id)) {
      duplicatesDropped++
    } else {
      ctx.seen.set(verdict.loaded.event.id, verdict.loaded.event)
      ctx.events.push(verdict.loaded)
      if (verdict.upgraded) upgraded++
    }
  })
  const issues =
    badRuns.length > 0
      ? [
          unreadableLinesIssue(
            file,
            name,
            null,
            badRuns,
            badRuns.map(() => READ_ONLY)
          )
        ]
      : []
  return {
    file,
    deviceId: null,
    events: ctx.events.slice(before),
    setAside,
    issues,
    entries: spans.length,
    badCount: badRuns.length,
    duplicatesDropped,
    upgraded
  }
}

// ----- A data or backup folder -----

const manifestSchema = z.object({
  app: z.literal('limber'),
  kind: z.literal('progress-log-backup'),
  files: z
    .array(
      z.object({
        path: z.string().max(1000),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/)
      })
    )
    .max(1_000_000)
})

type Manifest = ReadonlyMap<string, { bytes: number; sha256: string }>

/** The backup's manifest, null when the folder has none (a data folder), or the issue that stops its use. */
function readManifest(dir: string, limits: ImportLimits): { manifest: Manifest | null } | { issue: LoadIssue } {
  const path = join(dir, MANIFEST_NAME)
  if (kindOf(path) === null) return { manifest: null }
  const read = readBounded(path, MANIFEST_NAME, limits.maxManifestBytes)
  if ('issue' in read) return read
  const bytes = read.bytes
  let parsed: z.infer<typeof manifestSchema> | null = null
  // Its depth is checked first for the same reason as every entry's: JSON.parse and zod recurse.
  if (!bytesNestDeeperThan(bytes, limits.maxDepth)) {
    try {
      const result = manifestSchema.safeParse(JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')))
      if (result.success) parsed = result.data
    } catch {
      parsed = null
    }
  }
  if (parsed === null) {
    return {
      issue: warning(
        MANIFEST_NAME,
        `The backup's ${MANIFEST_NAME} is damaged, so its files cannot be checked; nothing was imported from this folder. ` +
          'If you trust these files, copy the devices folder out of the backup and import that folder instead.'
      )
    }
  }
  return { manifest: new Map(parsed.files.map((f) => [f.path, { bytes: f.bytes, sha256: f.sha256 }])) }
}

interface FolderSegment {
  readonly relativePath: string
  readonly deviceId: string
  readonly name: string
  readonly month: string
  readonly kind: SegmentKind
}

function bySegmentOrder(a: FolderSegment, b: FolderSegment): number {
  const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)
  return (
    compare(a.month, b.month) ||
    compare(a.deviceId, b.deviceId) ||
    (a.kind === b.kind ? compare(a.name, b.name) : a.kind === 'month' ? -1 : 1)
  )
}

function readFolder(dir: string, upgrade: UpgradeContext, limits: ImportLimits, bounds: TimeBounds): LoadedLog {
  const devices = kindOf(join(dir, DEVICES_DIR))
  if (devices !== 'folder') {
    const why =
      devices === 'link'
        ? `its ${DEVICES_DIR} folder is a link, which Limber does not follow`
        : `it has no ${DEVICES_DIR} folder`
    return emptyWith([
      warning(
        dir,
        `${dir} is not a Limber backup or data folder (${why}), so nothing was imported. ${WHAT_LIMBER_IMPORTS}`
      )
    ])
  }
  const manifestRead = readManifest(dir, limits)
  if ('issue' in manifestRead) return emptyWith([manifestRead.issue])
  const manifest = manifestRead.manifest

  const issues: LoadIssue[] = []
  const scan = scanFiles(dir, [DEVICES_DIR], {
    maxDepth: 1,
    maxFiles: limits.maxFiles,
    maxFileBytes: limits.maxFileBytes
  })
  // What sync tools keep for themselves (.stversions, .dropbox.cache) is skipped without a word.
  const reported = scan.skipped.filter((s) => !s.relativePath.split('/').some(isHousekeepingName))
  const skipped = describeSkipped(reported, 'Not read')
  if (skipped !== null) {
    issues.push({
      ...warning(DEVICES_DIR, `${skipped} Nothing was imported from them.`),
      kind: reported.every((s) => s.why === 'link') ? 'link-skipped' : 'file-unreadable',
      severity: 'info'
    })
  }

  const segments: FolderSegment[] = []
  for (const relativePath of scan.files) {
    const [, deviceId = '', name = ''] = relativePath.split('/')
    const segment = classifySegmentName(name)
    if (segment === null || isHousekeepingName(deviceId)) {
      if (!isHousekeepingName(name) && !isHousekeepingName(deviceId)) {
        issues.push({
          ...warning(relativePath, `${relativePath} is not a Limber log file; it was left alone and not read.`),
          severity: 'info'
        })
      }
      continue
    }
    segments.push({ relativePath, deviceId, name, ...segment })
  }
  segments.sort(bySegmentOrder)

  const mismatched: string[] = []
  const unlisted: string[] = []
  const reads: FileRead[] = []
  const ctx = newContext(upgrade)
  let month = ''
  for (const segment of segments) {
    const read = readBounded(join(dir, segment.relativePath), segment.relativePath, limits.maxFileBytes)
    if ('issue' in read) {
      issues.push(read.issue)
      continue
    }
    const bytes = read.bytes
    if (manifest !== null) {
      const listed = manifest.get(segment.relativePath)
      if (listed === undefined) {
        unlisted.push(segment.relativePath)
        continue
      }
      if (listed.bytes !== bytes.length || listed.sha256 !== sha256(bytes)) {
        mismatched.push(segment.relativePath)
        continue
      }
    }
    // Copies of one event always share its month, as in log-loader.ts: one small map of ids per month.
    if (segment.month !== month) {
      month = segment.month
      ctx.seen = new Map()
    }
    reads.push(readJsonLines(segment.relativePath, segment.name, bytes, ctx, limits, segment.deviceId))
  }
  if (manifest !== null) {
    const present = new Set(scan.files)
    const missing = [...manifest.keys()].filter((path) => path.startsWith(`${DEVICES_DIR}/`) && !present.has(path))
    for (const path of mismatched) {
      issues.push(
        warning(
          path,
          `${path} does not match its checksum in the backup's ${MANIFEST_NAME}: it was changed or damaged after the backup was made, so it was not imported. The backup's other files were checked and imported.`
        )
      )
    }
    for (const path of unlisted) {
      issues.push(
        warning(
          path,
          `${path} is not listed in the backup's ${MANIFEST_NAME}: it was added after the backup was made and cannot be checked, so it was not imported.`
        )
      )
    }
    for (const path of missing) {
      issues.push(
        warning(
          path,
          `${path} is listed in the backup's ${MANIFEST_NAME} but is not in the backup folder; it may have been deleted or not synced yet.`
        )
      )
    }
  }
  const result = finish(reads, bounds)
  return { ...result, issues: [...issues, ...result.issues] }
}

// ----- Putting it together -----

/**
 * Merges the files read. Entries dated before 2000 or after tomorrow are dropped here with a count per
 * file, whatever let them through: records kept for a newer Limber are never checked by the parser.
 */
function finish(reads: readonly FileRead[], bounds: TimeBounds): LoadedLog {
  const issues: LoadIssue[] = []
  const setAside: SetAsideRecord[] = []
  const events: LoadedEvent[] = []
  for (const read of reads) {
    issues.push(...read.issues)
    const name = basename(read.file)
    const inBounds = read.events.filter((e) => timeOutOfBounds(e.event, bounds) === null)
    const kept = read.setAside.filter((l) => timeOutOfBounds(l.record, bounds) === null)
    const refused = read.events.length - inBounds.length + read.setAside.length - kept.length
    if (refused > 0) issues.push(outOfBoundsIssue(read, refused))
    for (const reason of ['newer-version', 'unknown-type'] as const) {
      const ofReason = kept.filter((l) => l.reason === reason)
      if (ofReason.length > 0) issues.push(setAsideIssue(read.file, name, read.deviceId, reason, ofReason, READ_ONLY))
    }
    for (const l of kept) setAside.push({ file: read.file, line: l.line, reason: l.reason, record: l.record })
    events.push(...inBounds)
  }
  events.sort((a, b) => a.ms - b.ms)
  return {
    loaded: events,
    issues,
    setAside,
    summary: {
      filesRead: reads.map((r) => r.file),
      lines: reads.reduce((n, r) => n + r.entries, 0),
      duplicatesDropped: reads.reduce((n, r) => n + r.duplicatesDropped, 0),
      upgraded: reads.reduce((n, r) => n + r.upgraded, 0)
    }
  }
}

function outOfBoundsIssue(read: FileRead, refused: number): LoadIssue {
  const one = refused === 1
  const name = basename(read.file)
  const label = read.deviceId === null ? name : `${name} (from ${read.deviceId})`
  return warning(
    read.file,
    `${refused} ${one ? 'entry' : 'entries'} in ${label} ${one ? 'is' : 'are'} dated before 2000 or after tomorrow, ` +
      `which a wrong clock or a damaged file causes; ${one ? 'it was' : 'they were'} not imported. Everything else was.`
  )
}
