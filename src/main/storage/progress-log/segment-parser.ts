// Turns the bytes of one segment file into events, lines set aside for a newer Limber, and runs of
// bad lines (with their exact bytes, so they can be kept in quarantine). Takes the file as a stream of
// chunks, so no file is ever held as one string; a line too long or nested too deep is set aside
// before JSON.parse or zod sees it. CR, LF and CRLF all end a line. Pure: no disk access.
import { isUtf8 } from 'node:buffer'
import {
  PROGRESS_SCHEMA_VERSION,
  isKnownEventType,
  progressEventSchema,
  timeBoundsAt,
  timeOutOfBounds,
  timestampMs,
  type ProgressEvent,
  type TimeBounds
} from '../../../shared/progress-events'
import { fastCheckEvent } from './event-fast-check'
import { canUpgrade, upgradeToCurrent, type UpgradeContext } from './event-upgrades'

export interface ParseLimits {
  /** A longer line is bad before it is decoded: no event comes near it (the biggest is under 2 KiB). */
  readonly maxLineBytes: number
  /** Brackets nested deeper than this make a line bad before any recursive parser sees it. */
  readonly maxDepth: number
  /** Bad bytes held in memory for a quarantine copy, per run; a bigger run is reported, not copied. */
  readonly maxKeptBytes: number
}

export const PARSE_LIMITS: ParseLimits = { maxLineBytes: 64 * 1024, maxDepth: 32, maxKeptBytes: 16 * 1024 * 1024 }

export interface LoadedEvent {
  readonly event: ProgressEvent
  /** The instant of event.t, for ordering and range filters. */
  readonly ms: number
  /** The record exactly as parsed from disk (before any upgrade), for import. */
  readonly stored: Record<string, unknown>
}

export type SetAsideReason = 'newer-version' | 'unknown-type'

export interface SetAsideLine {
  readonly line: number
  readonly text: string
  readonly reason: SetAsideReason
  readonly record: Record<string, unknown>
}

export interface BadRun {
  /** Line numbers (from 1) of the bad lines; blank lines between them belong to the run but are not listed. */
  readonly lines: number[]
  /**
   * Exactly the bytes of the bad lines (from the first one's start to the last one's end, no final
   * newline), or null when there are more than PARSE_LIMITS.maxKeptBytes of them: the file still
   * holds them, but they are not copied.
   */
  readonly bytes: Buffer | null
  /** How many bytes the run spans, known even when `bytes` is null. */
  readonly size?: number
  readonly reasons: string[]
  /** The file's last line, with no newline after it: a write cut short, or a sync still under way. */
  readonly unfinished: boolean
}

export interface SegmentParse {
  readonly setAside: SetAsideLine[]
  /** Empty when the runs were handed to `onBadRun` as they closed. */
  readonly badRuns: BadRun[]
  readonly lines: number
  readonly duplicatesDropped: number
  readonly upgraded: number
}

export type RecordVerdict =
  | { readonly kind: 'event'; readonly loaded: LoadedEvent; readonly upgraded: boolean }
  | { readonly kind: 'set-aside'; readonly reason: SetAsideReason; readonly record: Record<string, unknown> }
  | { readonly kind: 'bad'; readonly reason: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeSchemaError(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0]
  if (first === undefined) return 'values this version cannot read'
  const where = first.path.length > 0 ? first.path.map(String).join('.') : 'the entry'
  return `a missing or invalid value (${where}: ${first.message})`
}

const UNBOUNDED: TimeBounds = { earliestMs: -Infinity, latestMs: Infinity }

/** The bounds of the reader's clock (ctx.now), or none when the context has no clock. */
function boundsOf(ctx: UpgradeContext): TimeBounds {
  return ctx.now === undefined ? UNBOUNDED : timeBoundsAt(ctx.now().getTime())
}

/**
 * Decides what one parsed JSON value is: a current event (upgraded if old), kept for later, or bad.
 * An event dated outside `bounds` (by default those of ctx.now: before 2000, after tomorrow) is bad:
 * it would distort every figure. A context without a clock bounds nothing.
 */
export function classifyRecord(value: unknown, ctx: UpgradeContext, bounds: TimeBounds = boundsOf(ctx)): RecordVerdict {
  if (!isRecord(value)) return { kind: 'bad', reason: 'not an event record' }
  const fastMs = fastCheckEvent(value)
  if (!Number.isNaN(fastMs)) {
    const outOfBounds = timeOutOfBounds(value, bounds)
    if (outOfBounds !== null) return { kind: 'bad', reason: outOfBounds }
    return { kind: 'event', loaded: { event: value as ProgressEvent, ms: fastMs, stored: value }, upgraded: false }
  }
  const v = value.v
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { kind: 'bad', reason: 'no schema version' }
  }
  if (v > PROGRESS_SCHEMA_VERSION) return { kind: 'set-aside', reason: 'newer-version', record: value }
  if (typeof value.type !== 'string') return { kind: 'bad', reason: 'no event type' }
  if (!isKnownEventType(value.type)) return { kind: 'set-aside', reason: 'unknown-type', record: value }
  if (v < PROGRESS_SCHEMA_VERSION && !canUpgrade(v))
    return { kind: 'bad', reason: `an unsupported schema version (${v})` }
  const current = v < PROGRESS_SCHEMA_VERSION ? upgradeToCurrent(value, ctx) : value
  const result = progressEventSchema.safeParse(current)
  if (!result.success) return { kind: 'bad', reason: describeSchemaError(result.error) }
  const ms = timestampMs(result.data.t)
  if (Number.isNaN(ms)) return { kind: 'bad', reason: 'an invalid time' }
  const outOfBounds = timeOutOfBounds(result.data, bounds)
  if (outOfBounds !== null) return { kind: 'bad', reason: outOfBounds }
  return {
    kind: 'event',
    loaded: { event: result.data, ms, stored: value },
    upgraded: current !== value
  }
}

export interface ParseContext {
  readonly upgrade: UpgradeContext
  /**
   * Ids seen so far, to drop duplicates; updated in place. Every copy of an event carries the same
   * timestamp, and files are named by the month of it, so the loader keeps one map per month.
   */
  seen: Map<string, ProgressEvent>
  readonly seenSetAside: Set<string>
  /** Receives each new event (first copy of its id) as it is read; `stored` is the record as on disk. */
  readonly emit: (event: ProgressEvent, ms: number, stored: Record<string, unknown>) => void
  /** Events dated outside these are bad lines (see timeBoundsAt); those of upgrade.now when not given. */
  readonly timeBounds?: TimeBounds
}

export interface SegmentParserOptions {
  readonly limits?: Partial<ParseLimits>
  /** Receives each run of bad lines as soon as it ends, so its bytes need not be kept until the file ends. */
  readonly onBadRun?: (run: BadRun) => void
}

function sameEvent(a: ProgressEvent, b: ProgressEvent): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

const LF = 0x0a
const CR = 0x0d
// Bytes of whole lines decoded to one string at a time (see push).
const TEXT_WINDOW = 1 << 20
// The line end kept in a run of bad lines on the text path (only ever copied, never changed).
const LF_BYTES = Buffer.from('\n')

/**
 * True when brackets outside strings nest deeper than `max`: a flat scan with a counter, so it
 * cannot overflow the stack the way a recursive parser or schema can on a 1,500-level line.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  if (text.length <= max) return false
  // Nesting needs an opening bracket per level: a line with few of them (every real event) is cleared
  // by a few native searches instead of a scan of every character.
  let openings = 0
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      if (++openings > max) break
    }
  }
  if (openings <= max) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

interface OpenRun {
  readonly lines: number[]
  readonly reasons: string[]
  parts: Buffer[]
  kept: number
  size: number
  /** Over maxKeptBytes: its bytes are no longer collected. */
  dropped: boolean
}

/** Reads one segment, chunk by chunk: push() each chunk in file order, then finish(). */
export class SegmentParser {
  private readonly limits: ParseLimits
  private readonly bounds: TimeBounds
  private readonly setAside: SetAsideLine[] = []
  private readonly badRuns: BadRun[] = []
  private duplicatesDropped = 0
  private upgraded = 0
  private lineNo = 0
  // The line being read, when it spans chunks: its bytes so far (unless too many to keep).
  private parts: Buffer[] = []
  private partsBytes = 0
  private lineBytes = 0
  private lineDropped = false
  // The last chunk ended with CR: an LF starting the next one completes a CRLF, not a new line.
  private afterCR = false
  private firstLine = true
  private run: OpenRun | null = null
  // The bytes after the run's last bad line (line ends, blank lines): part of the run if another bad line follows.
  private gap: Buffer[] = []
  private gapBytes = 0
  // The line being judged (see endLine).
  private lineSource: Buffer | null = null
  private lineStart = 0
  private lineEnd = 0
  // On the text path: the line as decoded (its bytes are rebuilt only if it is bad), and its size in
  // bytes, NaN until counted.
  private lineText: string | null = null
  private lineSize = 0
  // Lines of at most this many chars are within maxLineBytes and maxKeptBytes whatever the chars are.
  private readonly shortLine: number

  constructor(
    private readonly ctx: ParseContext,
    private readonly options: SegmentParserOptions = {}
  ) {
    this.limits = { ...PARSE_LIMITS, ...options.limits }
    this.bounds = ctx.timeBounds ?? boundsOf(ctx.upgrade)
    this.shortLine = Math.min(this.limits.maxLineBytes, this.limits.maxKeptBytes)
  }

  push(chunk: Buffer): void {
    let pos = 0
    if (this.afterCR) {
      this.afterCR = false
      if (chunk.length > 0 && chunk[0] === LF) {
        this.addGap(chunk.subarray(0, 1))
        pos = 1
      }
    }
    const last = Math.max(chunk.lastIndexOf(LF), chunk.lastIndexOf(CR))
    if (last < pos) {
      if (pos < chunk.length) this.hold(chunk.subarray(pos))
      return
    }
    // A line begun in an earlier chunk ends in this one: its parts are joined on the byte path.
    if (this.lineBytes > 0 || this.lineDropped) pos = this.byteLines(chunk, pos, true, true)
    // [pos, stop) is whole lines. It is taken a window of whole lines at a time (at most TEXT_WINDOW
    // bytes, so a big import buffer is never decoded as one string); a window starts at a line's start
    // and ends at a line end (an ASCII byte), so no character is cut at either edge. A valid UTF-8
    // window (nearly all: one native check) is decoded once and cut into lines as text; otherwise, or
    // for a line longer than a window, each line is checked and decoded on its own.
    const stop = last + 1
    const lines = chunk.subarray(0, stop)
    const linesEndChunk = stop === chunk.length
    let cr = chunk.indexOf(CR, pos)
    while (pos < stop) {
      let windowEnd = stop
      if (stop - pos > TEXT_WINDOW) {
        const within = pos + TEXT_WINDOW - 1
        const end = Math.max(chunk.lastIndexOf(LF, within), chunk.lastIndexOf(CR, within))
        if (end < pos) {
          pos = this.byteLines(lines, pos, true, linesEndChunk)
          continue
        }
        windowEnd = chunk[end] === CR && chunk[end + 1] === LF ? end + 2 : end + 1
      }
      if (cr !== -1 && cr < pos) cr = chunk.indexOf(CR, pos)
      // The text path knows only LF line ends (Limber writes no others); CR and CRLF take the byte path.
      if ((cr === -1 || cr >= windowEnd) && isUtf8(chunk.subarray(pos, windowEnd)))
        this.textLines(chunk.toString('utf8', pos, windowEnd))
      else this.byteLines(chunk.subarray(0, windowEnd), pos, false, windowEnd === chunk.length)
      pos = windowEnd
    }
    if (stop < chunk.length) this.hold(chunk.subarray(stop))
  }

  finish(): SegmentParse {
    if (this.lineBytes > 0 || this.lineDropped) this.endLine(Buffer.alloc(0), 0, 0, false)
    this.closeRun()
    return {
      setAside: this.setAside,
      badRuns: this.badRuns,
      lines: this.lineNo,
      duplicatesDropped: this.duplicatesDropped,
      upgraded: this.upgraded
    }
  }

  /** The current line's bytes (null when too many to keep), rebuilt from its text on the text path. */
  private lineBytesHeld(): Buffer | null {
    if (this.lineText !== null) return Buffer.from(this.lineText, 'utf8')
    return this.lineSource === null ? null : this.lineSource.subarray(this.lineStart, this.lineEnd)
  }

  /** The current line's size in bytes; the text path counts them only for a bad line. */
  private sizeOfLine(): number {
    if (Number.isNaN(this.lineSize)) this.lineSize = Buffer.byteLength(this.lineText ?? '', 'utf8')
    return this.lineSize
  }

  private hold(bytes: Buffer): void {
    this.lineBytes += bytes.length
    if (this.lineDropped) return
    if (this.partsBytes + bytes.length > this.limits.maxKeptBytes) {
      this.parts = []
      this.partsBytes = 0
      this.lineDropped = true
      return
    }
    this.parts.push(bytes)
    this.partsBytes += bytes.length
  }

  private addGap(bytes: Buffer): void {
    if (this.run === null || bytes.length === 0) return
    this.gap.push(bytes)
    this.gapBytes += bytes.length
  }

  /**
   * The lines of `source` from `pos`, which ends with a line end (only the first line when `onlyOne`);
   * returns where the next line starts. Each line is checked for UTF-8 on its own.
   */
  private byteLines(source: Buffer, pos: number, onlyOne: boolean, atChunkEnd: boolean): number {
    let lf = source.indexOf(LF, pos)
    let cr = source.indexOf(CR, pos)
    while (pos < source.length) {
      if (lf !== -1 && lf < pos) lf = source.indexOf(LF, pos)
      if (cr !== -1 && cr < pos) cr = source.indexOf(CR, pos)
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr)
      let next = end + 1
      if (source[end] === CR) {
        if (next === source.length) this.afterCR = atChunkEnd
        else if (source[next] === LF) next++
      }
      this.endLine(source, pos, end, true)
      // Only inside a run of bad lines are the line ends kept: no slice per line otherwise.
      if (this.run !== null) this.addGap(source.subarray(end, next))
      pos = next
      if (onlyOne) break
    }
    return pos
  }

  /**
   * Whole lines already decoded, each ending with LF (no CR anywhere: see push). Valid UTF-8 decodes
   * and re-encodes to the same bytes, so a bad line's exact bytes are rebuilt from its text, and only
   * when it is set aside.
   */
  private textLines(text: string): void {
    // A search for LF alone: searching for CR as well, in the same loop, makes V8 run it 3x slower.
    for (let pos = 0; pos < text.length;) {
      const end = text.indexOf('\n', pos)
      this.textLine(text, pos, end)
      if (this.run !== null) this.addGap(LF_BYTES)
      pos = end + 1
    }
  }

  /** One whole line: chars [start, end) of `text`, decoded from valid UTF-8 that lay in one chunk. */
  private textLine(text: string, start: number, end: number): void {
    this.lineNo++
    // Bytes per char are 1 to 3 (a surrogate pair: 4 for 2), so a short line is within every limit
    // without counting; only a long one has its bytes counted, before it is parsed.
    let size = (end - start) * 3 <= this.shortLine ? NaN : Buffer.byteLength(text.slice(start, end))
    const held = !(size > this.limits.maxKeptBytes)
    if (this.firstLine) {
      this.firstLine = false
      if (held && end > start && text.charCodeAt(start) === 0xfeff) {
        start++
        size -= 3
      }
    }
    if (start === end) return
    const raw = text.slice(start, end)
    this.lineSource = null
    this.lineText = held ? raw : null
    this.lineSize = size
    if (!held || size > this.limits.maxLineBytes) {
      this.badLine(this.tooLong(), true, true)
      return
    }
    this.judge(raw, true)
  }

  /** One whole line: bytes [start, end) of `source`, after any parts held from earlier chunks. */
  private endLine(source: Buffer, start: number, end: number, terminated: boolean): void {
    let size = this.lineBytes + (end - start)
    let held = true
    if (this.lineDropped || this.partsBytes + (end - start) > this.limits.maxKeptBytes) held = false
    else if (this.parts.length > 0) {
      source = Buffer.concat([...this.parts, source.subarray(start, end)])
      start = 0
      end = source.length
    }
    this.parts = []
    this.partsBytes = 0
    this.lineBytes = 0
    this.lineDropped = false
    this.lineNo++
    // A UTF-8 byte order mark at the start of the file is not part of the first line.
    if (this.firstLine) {
      this.firstLine = false
      if (
        held &&
        end - start >= 3 &&
        source[start] === 0xef &&
        source[start + 1] === 0xbb &&
        source[start + 2] === 0xbf
      ) {
        start += 3
        size -= 3
      }
    }
    if (size === 0) return
    // Where the line is, for the rare bad line whose bytes are kept; no copy or closure per line.
    this.lineSource = held ? source : null
    this.lineText = null
    this.lineStart = start
    this.lineEnd = end
    this.lineSize = size
    if (!held || size > this.limits.maxLineBytes) {
      this.badLine(this.tooLong(), true, terminated)
      return
    }
    if (!isUtf8(source.subarray(start, end))) {
      this.badLine('not readable text', true, terminated)
      return
    }
    this.judge(source.toString('utf8', start, end), terminated)
  }

  private tooLong(): string {
    return `a line longer than ${Math.round(Math.min(this.limits.maxLineBytes, this.limits.maxKeptBytes) / 1024)} KiB`
  }

  /** The current line's text, within the length limit and valid UTF-8: nesting, then JSON, then the record. */
  private judge(line: string, terminated: boolean): void {
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1)
    if (nestedDeeperThan(line, this.limits.maxDepth)) {
      this.badLine(`nested more than ${this.limits.maxDepth} levels deep`, true, terminated)
      return
    }
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      if (line.trim() !== '') this.badLine(terminated ? 'not valid JSON' : 'cut short', true, terminated)
      else if (this.run !== null) {
        const blank = this.lineBytesHeld()
        if (blank !== null) this.addGap(blank)
      }
      return
    }
    this.take(value, line)
  }

  private take(value: unknown, line: string): void {
    // The common case first, without building a verdict: a valid current-version event in bounds.
    const fastMs = fastCheckEvent(value)
    let event: ProgressEvent
    let ms: number
    let stored: Record<string, unknown>
    if (!Number.isNaN(fastMs) && fastMs >= this.bounds.earliestMs && fastMs <= this.bounds.latestMs) {
      const outOfBounds = timeOutOfBounds(value as Record<string, unknown>, this.bounds, fastMs)
      if (outOfBounds !== null) {
        this.badLine(outOfBounds, false, true)
        return
      }
      event = value as ProgressEvent
      ms = fastMs
      stored = value as Record<string, unknown>
    } else {
      const verdict = classifyRecord(value, this.ctx.upgrade, this.bounds)
      if (verdict.kind === 'bad') {
        this.badLine(verdict.reason, false, true)
        return
      }
      if (verdict.kind === 'set-aside') {
        this.closeRun()
        const id = verdict.record.id
        if (typeof id === 'string' && this.ctx.seenSetAside.has(id)) this.duplicatesDropped++
        else {
          if (typeof id === 'string') this.ctx.seenSetAside.add(id)
          this.setAside.push({ line: this.lineNo, text: line, reason: verdict.reason, record: verdict.record })
        }
        return
      }
      event = verdict.loaded.event
      ms = verdict.loaded.ms
      stored = verdict.loaded.stored
      if (verdict.upgraded) this.upgraded++
    }
    const earlier = this.ctx.seen.get(event.id)
    if (earlier === undefined) {
      this.closeRun()
      this.ctx.seen.set(event.id, event)
      this.ctx.emit(event, ms, stored)
    } else if (sameEvent(earlier, event)) {
      this.closeRun()
      this.duplicatesDropped++
    } else {
      this.badLine('an id already used by a different entry', false, true)
    }
  }

  /** The current line is bad: the last line cut short stands alone; any other joins the run of bad lines. */
  private badLine(reason: string, cutShort: boolean, terminated: boolean): void {
    const bytes = this.lineBytesHeld()
    const size = this.sizeOfLine()
    if (cutShort && !terminated) {
      this.closeRun()
      this.emitRun({ lines: [this.lineNo], bytes: copyOf(bytes), size, reasons: [reason], unfinished: true })
      return
    }
    const run = this.run
    if (run === null) {
      this.run = {
        lines: [this.lineNo],
        reasons: [reason],
        parts: bytes === null ? [] : [bytes],
        kept: bytes?.length ?? 0,
        size,
        dropped: bytes === null
      }
      return
    }
    run.lines.push(this.lineNo)
    if (!run.reasons.includes(reason)) run.reasons.push(reason)
    run.size += this.gapBytes + size
    if (!run.dropped && bytes !== null && run.kept + this.gapBytes + size <= this.limits.maxKeptBytes) {
      run.parts.push(...this.gap, bytes)
      run.kept += this.gapBytes + size
    } else {
      run.dropped = true
      run.parts = []
    }
    this.gap = []
    this.gapBytes = 0
  }

  private closeRun(): void {
    const run = this.run
    // Called for every good line: nothing to do (and nothing to allocate) unless a run is open, and
    // line ends are only collected into the gap while one is.
    if (run === null) return
    this.gap = []
    this.gapBytes = 0
    this.run = null
    this.emitRun({
      lines: run.lines,
      bytes: run.dropped ? null : Buffer.concat(run.parts),
      size: run.size,
      reasons: run.reasons,
      unfinished: false
    })
  }

  private emitRun(run: BadRun): void {
    if (this.options.onBadRun !== undefined) this.options.onBadRun(run)
    else this.badRuns.push(run)
  }
}

/** A copy, so a kept run never pins the whole chunk it was cut from. */
function copyOf(bytes: Buffer | null): Buffer | null {
  return bytes === null ? null : Buffer.from(bytes)
}

/**
 * Reads a segment held in memory (an import file); see SegmentParser for files on disk. The caller has
 * bounded the buffer and its lines already (import-source.ts, with its own limits and words), so
 * line length is only limited when `options.limits` says so; nesting always is.
 */
export function parseSegment(buf: Buffer, ctx: ParseContext, options: SegmentParserOptions = {}): SegmentParse {
  const parser = new SegmentParser(ctx, { ...options, limits: { maxLineBytes: Infinity, ...options.limits } })
  parser.push(buf)
  return parser.finish()
}
