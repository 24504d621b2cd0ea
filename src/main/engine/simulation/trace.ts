// Reads an activity trace (JSON Lines, see README "Simulator traces") into checked, time-ordered data.
import { z } from 'zod'
import { busyReasonSchema, type BusyReason } from '../../../shared/desktop-signals'
import type { EpochMs, UserAction } from '../types'

export type TraceState = 'active' | 'idle' | 'locked' | 'asleep'

export interface TraceSegment {
  from: EpochMs
  to: EpochMs
  state: TraceState
  /** The UTC offset the line was written with, in minutes east of UTC. */
  offsetMinutes: number
  line: number
}

export interface TraceAction {
  at: EpochMs
  action: UserAction
  offsetMinutes: number
  line: number
}

/**
 * Someone sets the machine's wall clock (by hand, or an NTP step) at `at` to read `wall`. Real time
 * does not move: the trace's own times stay true times, and timers and idle time carry on.
 */
export interface TraceClockChange {
  at: EpochMs
  wall: EpochMs
  line: number
}

/**
 * The desktop reports a busy reason from `from` to `to` (a call, a presentation, Do-Not-Disturb), as
 * the platform's desktop signals would. May overlap state lines and each other.
 */
export interface TraceSignal {
  from: EpochMs
  to: EpochMs
  reason: BusyReason
  line: number
}

export interface Trace {
  segments: TraceSegment[]
  actions: TraceAction[]
  /** Desktop busy signals, in time order. */
  signals: TraceSignal[]
  /** In time order. */
  clockChanges: TraceClockChange[]
  start: EpochMs
  end: EpochMs
}

/** A trace line that cannot be used; `line` is 1-based, as an editor shows it. */
export class TraceError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string
  ) {
    super(`line ${line}: ${reason}`)
    this.name = 'TraceError'
  }
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/

/** ISO 8601 with an explicit offset: without one the time would depend on the machine running it. */
const isoTime = z
  .string()
  .regex(ISO_WITH_OFFSET, 'needs an ISO 8601 time with an offset, e.g. 2026-03-02T09:00:00+01:00')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date and time')

const segmentLine = z.strictObject({
  from: isoTime,
  to: isoTime,
  state: z.enum(['active', 'idle', 'locked', 'asleep'])
})

const clockLine = z.strictObject({ at: isoTime, setClock: isoTime })

const busyLine = z.strictObject({ from: isoTime, to: isoTime, busy: busyReasonSchema })

const simpleAction = <N extends string>(name: N) => z.strictObject({ at: isoTime, action: z.literal(name) })

const actionLine = z.discriminatedUnion('action', [
  simpleAction('snooze'),
  z.strictObject({ at: isoTime, action: z.literal('skip'), reason: z.string().max(200).optional() }),
  simpleAction('start-break'),
  simpleAction('finish-break'),
  simpleAction('break-now'),
  simpleAction('meeting'),
  simpleAction('end-meeting'),
  z.strictObject({
    at: isoTime,
    action: z.literal('pause'),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .optional(),
    until: z.literal('tomorrow').optional()
  }),
  simpleAction('resume')
])

function offsetMinutesOf(iso: string): number {
  const match = ISO_WITH_OFFSET.exec(iso)
  const zone = match?.[8] ?? 'Z'
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}

function toUserAction(line: z.infer<typeof actionLine>, lineNo: number): UserAction {
  switch (line.action) {
    case 'skip':
      return line.reason === undefined ? { type: 'skip' } : { type: 'skip', reason: line.reason }
    case 'pause':
      if ((line.minutes === undefined) === (line.until === undefined)) {
        throw new TraceError(lineNo, 'a pause needs either "minutes" or "until":"tomorrow", not both or neither')
      }
      return line.minutes === undefined ? { type: 'pause-until-tomorrow' } : { type: 'pause', minutes: line.minutes }
    default:
      return { type: line.action }
  }
}

function parseLine(text: string, lineNo: number): TraceSegment | TraceAction | TraceClockChange | TraceSignal {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new TraceError(lineNo, 'is not valid JSON')
  }
  if (typeof raw === 'object' && raw !== null && 'state' in raw) {
    const parsed = segmentLine.safeParse(raw)
    if (!parsed.success) throw new TraceError(lineNo, describeIssues(parsed.error))
    const from = Date.parse(parsed.data.from)
    const to = Date.parse(parsed.data.to)
    if (to <= from) throw new TraceError(lineNo, '"to" must be after "from"')
    return { from, to, state: parsed.data.state, offsetMinutes: offsetMinutesOf(parsed.data.from), line: lineNo }
  }
  if (typeof raw === 'object' && raw !== null && 'action' in raw) {
    const parsed = actionLine.safeParse(raw)
    if (!parsed.success) throw new TraceError(lineNo, describeIssues(parsed.error))
    return {
      at: Date.parse(parsed.data.at),
      action: toUserAction(parsed.data, lineNo),
      offsetMinutes: offsetMinutesOf(parsed.data.at),
      line: lineNo
    }
  }
  if (typeof raw === 'object' && raw !== null && 'busy' in raw) {
    const parsed = busyLine.safeParse(raw)
    if (!parsed.success) throw new TraceError(lineNo, describeIssues(parsed.error))
    const from = Date.parse(parsed.data.from)
    const to = Date.parse(parsed.data.to)
    if (to <= from) throw new TraceError(lineNo, '"to" must be after "from"')
    return { from, to, reason: parsed.data.busy, line: lineNo }
  }
  if (typeof raw === 'object' && raw !== null && 'setClock' in raw) {
    const parsed = clockLine.safeParse(raw)
    if (!parsed.success) throw new TraceError(lineNo, describeIssues(parsed.error))
    return { at: Date.parse(parsed.data.at), wall: Date.parse(parsed.data.setClock), line: lineNo }
  }
  throw new TraceError(
    lineNo,
    'is neither a state line ({"from","to","state"}), an action line ({"at","action"}), a busy line ({"from","to","busy"}) nor a clock change ({"at","setClock"})'
  )
}

/**
 * Parses a whole trace. State lines must be in time order without overlapping (gaps between them count
 * as idle); action lines may sit anywhere but must fall within the traced span. Blank lines are skipped.
 * Throws TraceError naming the first bad line.
 */
export function parseTrace(text: string): Trace {
  const segments: TraceSegment[] = []
  const actions: TraceAction[] = []
  const clockChanges: TraceClockChange[] = []
  const signals: TraceSignal[] = []
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === '') return
    const item = parseLine(lineText, index + 1)
    if ('state' in item) {
      const previous = segments[segments.length - 1]
      if (previous !== undefined && item.from < previous.to) {
        throw new TraceError(
          item.line,
          `starts before the previous state line (line ${previous.line}) ends; state lines must be in order and must not overlap`
        )
      }
      segments.push(item)
    } else if ('reason' in item) signals.push(item)
    else if ('action' in item) actions.push(item)
    else clockChanges.push(item)
  })
  const first = segments[0]
  const last = segments[segments.length - 1]
  if (first === undefined || last === undefined) {
    throw new TraceError(1, 'the trace has no state lines ({"from","to","state"}), so it covers no time')
  }
  for (const a of actions) {
    if (a.at < first.from || a.at > last.to) {
      throw new TraceError(a.line, 'the action falls outside the time covered by the state lines')
    }
  }
  for (const c of clockChanges) {
    if (c.at < first.from || c.at > last.to) {
      throw new TraceError(c.line, 'the clock change falls outside the time covered by the state lines')
    }
  }
  for (const b of signals) {
    if (b.from < first.from || b.to > last.to) {
      throw new TraceError(b.line, 'the busy line falls outside the time covered by the state lines')
    }
  }
  signals.sort((a, b) => a.from - b.from || a.line - b.line)
  actions.sort((a, b) => a.at - b.at || a.line - b.line)
  clockChanges.sort((a, b) => a.at - b.at || a.line - b.line)
  return { segments, actions, signals, clockChanges, start: first.from, end: last.to }
}
