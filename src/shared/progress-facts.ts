// The facts the Progress figures are made of, per calendar day, gathered from events in any order and
// merged across months: the storage keeps one set per month file group (a rollup) so figures need not
// re-read the log. Also the corrections rule (the latest correction of an entry wins). Pure, JSON-safe.
import {
  parseTimestamp,
  type CorrectionEvent,
  type ExerciseFeedback,
  type ProgressEvent,
  type SymptomLocation,
  type WarningSign
} from './progress-events'

/** One day's counters. Every field is additive across months except `longest` (the larger wins). */
export interface DayFacts {
  bouts: number
  sittingMinutes: number
  /** The day's longest bout as [start, end, minutes]; ties go to the earlier start. */
  longest: [string, string, number] | null
  prompted: number
  taken: number
  snoozed: number
  skipped: number
  meeting: number
  natural: number
  completed: number
  abandoned: number
  walkMinutes: number
  routinesStarted: number
  routinesCompleted: number
  /** exerciseId -> [fine, sore, sharp] ratings. */
  feedback: Record<string, [number, number, number]>
  /** The reasons typed when skipping a break, as typed (trimmed). */
  skipReasons: string[]
  /** Warning-sign answers that reported at least one sign: [t, signs]. */
  warnings: [string, WarningSign[]][]
}

/** A check-in, small: what the figures read of it. */
export interface CheckInFact {
  t: string
  ms: number
  back: number
  leg: number
  furthest: SymptomLocation
  walking: number
  psfs: [string, number][]
}

/** Everything the figures need from a set of events (a month's, or the whole log's). */
export interface ProgressFacts {
  /** The smallest event time text, or null when there were no events. */
  earliest: string | null
  days: Record<string, DayFacts>
  checkIns: CheckInFact[]
  latestSafety: { t: string; ms: number; signs: WarningSign[] } | null
}

export function emptyFacts(): ProgressFacts {
  return { earliest: null, days: {}, checkIns: [], latestSafety: null }
}

export function emptyDay(): DayFacts {
  return {
    bouts: 0,
    sittingMinutes: 0,
    longest: null,
    prompted: 0,
    taken: 0,
    snoozed: 0,
    skipped: 0,
    meeting: 0,
    natural: 0,
    completed: 0,
    abandoned: 0,
    walkMinutes: 0,
    routinesStarted: 0,
    routinesCompleted: 0,
    feedback: {},
    skipReasons: [],
    warnings: []
  }
}

const FEEDBACK_INDEX: Record<ExerciseFeedback, 0 | 1 | 2> = { fine: 0, sore: 1, sharp: 2 }

/** The larger of two bouts; equal minutes go to the earlier start, then the earlier end. */
export function longerBout(
  a: [string, string, number] | null,
  b: [string, string, number] | null
): [string, string, number] | null {
  if (a === null) return b
  if (b === null) return a
  if (a[2] !== b[2]) return a[2] > b[2] ? a : b
  if (a[0] !== b[0]) return a[0] < b[0] ? a : b
  return a[1] <= b[1] ? a : b
}

/** The later of two safety answers; equal instants go to the larger text, so the order read never matters. */
function laterSafety(
  a: ProgressFacts['latestSafety'],
  b: ProgressFacts['latestSafety']
): ProgressFacts['latestSafety'] {
  if (a === null) return b
  if (b === null) return a
  if (a.ms !== b.ms) return a.ms > b.ms ? a : b
  const ka = `${a.t}|${a.signs.join(',')}`
  const kb = `${b.t}|${b.signs.join(',')}`
  return ka >= kb ? a : b
}

/** Adds events one at a time into facts. Corrections are not facts: apply them first (applyCorrection). */
export class FactsCollector {
  readonly facts: ProgressFacts = emptyFacts()

  private day(t: string): DayFacts {
    const key = t.slice(0, 10)
    let d = this.facts.days[key]
    if (d === undefined) {
      d = emptyDay()
      this.facts.days[key] = d
    }
    return d
  }

  add(e: ProgressEvent): void {
    if (e.type === 'correction') return
    const facts = this.facts
    if (facts.earliest === null || e.t < facts.earliest) facts.earliest = e.t
    switch (e.type) {
      case 'check-in':
        facts.checkIns.push({
          t: e.t,
          ms: parseTimestamp(e.t)?.ms ?? 0,
          back: e.backPain,
          leg: e.legPain,
          furthest: e.furthestPoint,
          walking: e.walkingMinutes,
          psfs: e.psfs.map((p) => [p.activity, p.score])
        })
        break
      case 'routine-completed':
        this.day(e.t).routinesCompleted++
        break
      case 'routine-started':
        this.day(e.t).routinesStarted++
        break
      case 'safety-answers': {
        const ms = parseTimestamp(e.t)?.ms ?? 0
        facts.latestSafety = laterSafety(facts.latestSafety, { t: e.t, ms, signs: [...e.signs] })
        if (e.signs.length > 0) this.day(e.t).warnings.push([e.t, [...e.signs]])
        break
      }
      case 'sitting-bout': {
        const d = this.day(e.start)
        d.bouts++
        d.sittingMinutes += e.minutes
        d.longest = longerBout(d.longest, [e.start, e.end, e.minutes])
        break
      }
      case 'break-prompt':
        this.day(e.at).prompted++
        break
      case 'break-answer': {
        const d = this.day(e.t)
        d[e.answer]++
        const reason = e.answer === 'skipped' ? e.reason?.trim() : undefined
        if (reason) d.skipReasons.push(reason)
        break
      }
      case 'natural-break':
        this.day(e.from).natural++
        break
      case 'break-completed':
        // Events from before `how` existed cannot be told apart and count as they always did.
        if (e.how === 'abandoned') this.day(e.t).abandoned++
        else this.day(e.t).completed++
        break
      case 'walk':
        this.day(e.t).walkMinutes += e.minutes
        break
      case 'exercise-completed': {
        if (e.feedback === undefined) break
        const d = this.day(e.t)
        const counts = (d.feedback[e.exerciseId] ??= [0, 0, 0])
        counts[FEEDBACK_INDEX[e.feedback]]++
        break
      }
      case 'settings-changed':
        break
    }
  }
}

/** Adds `from` into `into` (both may be any months; merging in any order gives the same facts). */
export function mergeFacts(into: ProgressFacts, from: ProgressFacts): void {
  if (from.earliest !== null && (into.earliest === null || from.earliest < into.earliest)) into.earliest = from.earliest
  into.latestSafety = laterSafety(into.latestSafety, from.latestSafety)
  for (const c of from.checkIns) into.checkIns.push(c)
  for (const key of Object.keys(from.days)) {
    const src = from.days[key]
    if (src === undefined) continue
    const dst = into.days[key]
    if (dst === undefined) {
      into.days[key] = cloneDay(src)
      continue
    }
    addDay(dst, src)
  }
}

export function cloneDay(d: DayFacts): DayFacts {
  const feedback: Record<string, [number, number, number]> = {}
  for (const id of Object.keys(d.feedback)) {
    const c = d.feedback[id]
    if (c !== undefined) feedback[id] = [c[0], c[1], c[2]]
  }
  return { ...d, feedback, skipReasons: [...d.skipReasons], warnings: [...d.warnings] }
}

/** Adds one day's counters into another's. */
export function addDay(dst: DayFacts, src: DayFacts): void {
  dst.bouts += src.bouts
  dst.sittingMinutes += src.sittingMinutes
  dst.longest = longerBout(dst.longest, src.longest)
  dst.prompted += src.prompted
  dst.taken += src.taken
  dst.snoozed += src.snoozed
  dst.skipped += src.skipped
  dst.meeting += src.meeting
  dst.natural += src.natural
  dst.completed += src.completed
  dst.abandoned += src.abandoned
  dst.walkMinutes += src.walkMinutes
  dst.routinesStarted += src.routinesStarted
  dst.routinesCompleted += src.routinesCompleted
  for (const id of Object.keys(src.feedback)) {
    const c = src.feedback[id]
    if (c === undefined) continue
    const into = (dst.feedback[id] ??= [0, 0, 0])
    into[0] += c[0]
    into[1] += c[1]
    into[2] += c[2]
  }
  for (const r of src.skipReasons) dst.skipReasons.push(r)
  for (const w of src.warnings) dst.warnings.push(w)
}

// ---------------------------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------------------------

/** Whether a correction's change fits the entry it names (a walk cannot take a feedback rating). */
function fits(c: CorrectionEvent): boolean {
  const kind = c.change.kind
  if (kind === 'withdraw') return true
  if (c.target.type === 'check-in') return kind === 'check-in'
  if (c.target.type === 'walk') return kind === 'walk'
  return kind === 'feedback'
}

/** The later of two corrections of one entry: by instant, then by id, so every reader agrees. */
function laterCorrection(a: CorrectionEvent, b: CorrectionEvent): CorrectionEvent {
  const ma = parseTimestamp(a.t)?.ms ?? 0
  const mb = parseTimestamp(b.t)?.ms ?? 0
  if (ma !== mb) return ma > mb ? a : b
  return a.id >= b.id ? a : b
}

/** Keeps, per entry id, the correction that counts. */
export class Corrections {
  private readonly byTarget = new Map<string, CorrectionEvent>()

  add(c: CorrectionEvent): void {
    if (!fits(c)) return
    const earlier = this.byTarget.get(c.target.id)
    this.byTarget.set(c.target.id, earlier === undefined ? c : laterCorrection(earlier, c))
  }

  get size(): number {
    return this.byTarget.size
  }

  /** The corrections of entries in one month ("2026-03"), as the month of target.t says. */
  forMonth(month: string): CorrectionEvent[] {
    return [...this.byTarget.values()].filter((c) => c.target.t.slice(0, 7) === month)
  }

  /** A short text that changes whenever the corrections of a month change (the rollup's key). */
  fingerprint(month: string): string {
    return this.forMonth(month)
      .map((c) => `${c.target.id}>${c.id}>${c.target.type}>${c.target.t}>${JSON.stringify(c.change)}`)
      .sort()
      .join(',')
  }

  /** The entry as corrected, null when withdrawn, the entry itself when nothing applies. */
  apply(e: ProgressEvent): ProgressEvent | null {
    if (this.byTarget.size === 0) return e
    const c = this.byTarget.get(e.id)
    return c === undefined ? e : applyCorrection(e, c)
  }
}

/**
 * The entry as a correction leaves it. A correction applies only to the entry it names: the same id,
 * type and month; anything else is left as it was (a forged or mistaken correction changes nothing).
 */
export function applyCorrection(e: ProgressEvent, c: CorrectionEvent): ProgressEvent | null {
  if (e.id !== c.target.id || e.type !== c.target.type || e.t.slice(0, 7) !== c.target.t.slice(0, 7)) return e
  const change = c.change
  if (change.kind === 'withdraw') return null
  if (e.type === 'check-in' && change.kind === 'check-in') return { ...e, ...change.answers }
  if (e.type === 'walk' && change.kind === 'walk') return { ...e, minutes: change.minutes }
  if (e.type === 'exercise-completed' && change.kind === 'feedback') return { ...e, feedback: change.feedback }
  return e
}

/** Every entry as corrected, corrections themselves and withdrawn entries left out (order kept). */
export function withCorrections(events: readonly ProgressEvent[]): ProgressEvent[] {
  const corrections = new Corrections()
  for (const e of events) if (e.type === 'correction') corrections.add(e)
  const out: ProgressEvent[] = []
  for (const e of events) {
    if (e.type === 'correction') continue
    const applied = corrections.apply(e)
    if (applied !== null) out.push(applied)
  }
  return out
}
