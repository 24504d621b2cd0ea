// Turns the bytes of one segment file into events, lines set aside for a newer Limber, and runs of
// bad lines (with their exact byte ranges, so they can be kept in quarantine). Pure: no disk access.
import { isUtf8 } from 'node:buffer'
import {
  PROGRESS_SCHEMA_VERSION,
  isKnownEventType,
  progressEventSchema,
  timestampMs,
  type ProgressEvent
} from '../../../shared/progress-events'
import { fastCheckEvent } from './event-fast-check'
import { canUpgrade, upgradeToCurrent, type UpgradeContext } from './event-upgrades'

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
  /** Exactly the bytes of the bad lines (from the first one's start to the last one's end, no final newline). */
  readonly bytes: Buffer
  readonly reasons: string[]
  /** The file's last line, with no newline after it: a write cut short, or a sync still under way. */
  readonly unfinished: boolean
}

export interface SegmentParse {
  readonly setAside: SetAsideLine[]
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

/** Decides what one parsed JSON value is: a current event (upgraded if old), kept for later, or bad. */
export function classifyRecord(value: unknown, ctx: UpgradeContext): RecordVerdict {
  if (!isRecord(value)) return { kind: 'bad', reason: 'not an event record' }
  const fastMs = fastCheckEvent(value)
  if (!Number.isNaN(fastMs)) {
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
}

function sameEvent(a: ProgressEvent, b: ProgressEvent): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Reads one segment. A file that is valid UTF-8 (nearly all) is decoded once and cut into lines as
 * text; otherwise each line is decoded on its own so one bad byte costs only its line. Positions are
 * char indexes in the first case and byte indexes in the second; bad runs are converted to bytes.
 */
export function parseSegment(buf: Buffer, ctx: ParseContext): SegmentParse {
  const setAside: SetAsideLine[] = []
  const badRuns: BadRun[] = []
  let duplicatesDropped = 0
  let upgraded = 0
  const asText = isUtf8(buf)
  const text = asText ? buf.toString('utf8') : ''
  const length = asText ? text.length : buf.length
  const hasBom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf
  // Text mode: a char index -> its byte offset, walking forward from the last one asked for.
  let cursorChar = 0
  let cursorByte = 0
  const byteAt = (position: number): number => {
    if (!asText) return position
    if (position < cursorChar) {
      cursorChar = 0
      cursorByte = 0
    }
    cursorByte += Buffer.byteLength(text.slice(cursorChar, position))
    cursorChar = position
    return cursorByte
  }
  const bytesBetween = (from: number, to: number): Buffer => {
    const start = byteAt(from)
    return Buffer.from(buf.subarray(start, byteAt(to)))
  }

  let start = hasBom ? (asText ? 1 : 3) : 0
  let lineNo = 0
  // The line being read: [start, contentEnd) is its content, lineEnd its newline (or the end of the file).
  let lineEnd = 0
  let contentEnd = 0
  let terminated = true
  // The run of bad lines being collected; blank lines between bad lines stay inside the run.
  let run: { lines: number[]; start: number; end: number; reasons: string[] } | null = null
  const closeRun = (): void => {
    if (run === null) return
    badRuns.push({ lines: run.lines, bytes: bytesBetween(run.start, run.end), reasons: run.reasons, unfinished: false })
    run = null
  }
  const bad = (reason: string, cutShort: boolean): void => {
    if (cutShort && !terminated) {
      // The last line, with no newline after it, that does not parse: kept apart from any run before it.
      closeRun()
      badRuns.push({ lines: [lineNo], bytes: bytesBetween(start, lineEnd), reasons: [reason], unfinished: true })
      return
    }
    if (run === null) run = { lines: [lineNo], start, end: contentEnd, reasons: [reason] }
    else {
      run.lines.push(lineNo)
      run.end = contentEnd
      if (!run.reasons.includes(reason)) run.reasons.push(reason)
    }
  }

  for (; start < length; start = terminated ? lineEnd + 1 : length) {
    const newline = asText ? text.indexOf('\n', start) : buf.indexOf(0x0a, start)
    terminated = newline !== -1
    lineEnd = terminated ? newline : length
    contentEnd = lineEnd
    if (contentEnd > start && (asText ? text.charCodeAt(contentEnd - 1) : buf[contentEnd - 1]) === 0x0d) contentEnd--
    lineNo++
    if (contentEnd === start) continue

    let line: string
    if (asText) line = text.slice(start, contentEnd)
    else if (isUtf8(buf.subarray(start, contentEnd))) line = buf.toString('utf8', start, contentEnd)
    else {
      bad('not readable text', true)
      continue
    }
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1)
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      if (line.trim() !== '') bad(terminated ? 'not valid JSON' : 'cut short', true)
      continue
    }
    // The common case first, without building a verdict: a valid current-version event.
    const fastMs = fastCheckEvent(value)
    let event: ProgressEvent
    let ms: number
    let stored: Record<string, unknown>
    if (!Number.isNaN(fastMs)) {
      event = value as ProgressEvent
      ms = fastMs
      stored = value as Record<string, unknown>
    } else {
      const verdict = classifyRecord(value, ctx.upgrade)
      if (verdict.kind === 'bad') {
        bad(verdict.reason, false)
        continue
      }
      if (verdict.kind === 'set-aside') {
        closeRun()
        const id = verdict.record.id
        if (typeof id === 'string' && ctx.seenSetAside.has(id)) duplicatesDropped++
        else {
          if (typeof id === 'string') ctx.seenSetAside.add(id)
          setAside.push({ line: lineNo, text: line, reason: verdict.reason, record: verdict.record })
        }
        continue
      }
      event = verdict.loaded.event
      ms = verdict.loaded.ms
      stored = verdict.loaded.stored
      if (verdict.upgraded) upgraded++
    }
    const earlier = ctx.seen.get(event.id)
    if (earlier === undefined) {
      if (run !== null) closeRun()
      ctx.seen.set(event.id, event)
      ctx.emit(event, ms, stored)
    } else if (sameEvent(earlier, event)) {
      if (run !== null) closeRun()
      duplicatesDropped++
    } else {
      bad('an id already used by a different entry', false)
    }
  }
  closeRun()
  return { setAside, badRuns, lines: lineNo, duplicatesDropped, upgraded }
}
