// The figures on the Progress screen, computed from the event log in one pass. Pure: `now` is an
// argument (ISO 8601 with offset), days are the user's local calendar days as written in each event.
import {
  SYMPTOM_LOCATIONS,
  parseTimestamp,
  type CheckInEvent,
  type ProgressEvent,
  type SymptomLocation,
  type WarningSign
} from './progress-events'

/** 'week' and 'month' are the last 7 and 30 days including today; custom days are inclusive. */
export type StatsRange = 'week' | 'month' | 'all' | { readonly from: string; readonly to: string }

export interface ProgressFiguresOptions {
  /** The current time with offset, e.g. 2026-03-10T18:00:00+01:00; its date is "today". */
  readonly now: string
  readonly range: StatsRange
}

export type ChangeDirection = 'better' | 'worse' | 'same'

export interface ScoreChange {
  /** Value minus the baseline. */
  readonly delta: number
  /** True when the change reaches the minimal important change. */
  readonly meaningful: boolean
  readonly direction: ChangeDirection
}

export interface PainPoint {
  readonly t: string
  readonly day: string
  readonly back: number
  readonly leg: number
  readonly backChange: ScoreChange
  readonly legChange: ScoreChange
}

export interface DaySitting {
  readonly day: string
  readonly bouts: number
  readonly minutes: number
  readonly longestMinutes: number
}

/**
 * Breaks per day. Only real breaks count as `taken` (a prompt answered by a break that was finished or
 * spent away) and `completed` (every started break that was); a started break the user abandoned to
 * keep working is only `abandoned`.
 */
export interface DayBreaks {
  readonly day: string
  readonly prompted: number
  readonly taken: number
  readonly snoozed: number
  readonly skipped: number
  readonly meeting: number
  readonly natural: number
  readonly completed: number
  readonly abandoned: number
}

export interface DayWalking {
  readonly day: string
  readonly minutes: number
}

export type SymptomTrend = 'centralizing' | 'peripheralizing' | 'unchanged' | 'not-enough-data'

export interface SymptomPoint {
  readonly t: string
  readonly day: string
  readonly location: SymptomLocation
}

export interface PsfsActivity {
  readonly activity: string
  readonly points: readonly { readonly t: string; readonly day: string; readonly score: number }[]
  /** Change of the latest score against the first ever rated; higher scores are better. */
  readonly change: ScoreChange | null
}

export interface ExerciseFeedbackCount {
  readonly exerciseId: string
  readonly fine: number
  readonly sore: number
  readonly sharp: number
}

export interface ProgressFigures {
  readonly range: { readonly from: string; readonly to: string; readonly days: number }
  readonly pain: {
    /** The first check-in ever: the point every change is measured from. */
    readonly baseline: { readonly t: string; readonly back: number; readonly leg: number } | null
    readonly points: readonly PainPoint[]
  }
  readonly sitting: {
    readonly days: readonly DaySitting[]
    readonly totalBouts: number
    readonly longest: { readonly start: string; readonly end: string; readonly minutes: number } | null
  }
  readonly breaks: { readonly days: readonly DayBreaks[]; readonly totals: Omit<DayBreaks, 'day'> }
  /** All-time: active days are days with a completed routine; one missed day between them is forgiven. */
  readonly streak: { readonly current: number; readonly best: number; readonly lastActiveDay: string | null }
  readonly walking: { readonly days: readonly DayWalking[]; readonly totalMinutes: number }
  readonly symptomLocation: {
    /** First against last check-in in range. */
    readonly trend: SymptomTrend
    /** Latest check-in against the one before it, whatever the range (for exercise gating). */
    readonly sinceLastCheckIn: SymptomTrend
    readonly points: readonly SymptomPoint[]
  }
  readonly psfs: readonly PsfsActivity[]
  readonly adherence: {
    readonly daysInRange: number
    readonly routineDays: number
    /** Share of days in range with a completed routine, 0..1. */
    readonly routineDayShare: number
    readonly routinesStarted: number
    readonly routinesCompleted: number
    readonly breaksPrompted: number
    readonly breaksTaken: number
    /** Breaks taken per break prompted, 0..1, or null when nothing was prompted. */
    readonly breakShare: number | null
  }
  readonly exercises: {
    readonly byExercise: readonly ExerciseFeedbackCount[]
    /** Rated fine more often than sharp, most "fine" first. */
    readonly helped: readonly string[]
    /** Rated sharp at least once, most "sharp" first. */
    readonly hurt: readonly string[]
    readonly totals: { readonly fine: number; readonly sore: number; readonly sharp: number }
  }
  readonly warningSigns: {
    /** Answers in range that reported at least one sign. */
    readonly reports: readonly { readonly t: string; readonly day: string; readonly signs: readonly WarningSign[] }[]
    /** The most recent answers overall (empty signs: all answered "no"). */
    readonly latest: { readonly t: string; readonly signs: readonly WarningSign[] } | null
  }
}

// ---------------------------------------------------------------------------------------------
// Days
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000

/** Days since 1970-01-01 for "YYYY-MM-DD". */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS
}

export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n)
}

/** yyyymmdd as a number, read from the first ten characters of a day or timestamp without allocating. */
function dayKey(t: string): number {
  let key = 0
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) key = key * 10 + (t.charCodeAt(i) - 48)
  return key
}

// ---------------------------------------------------------------------------------------------
// Small pure rules, exported so each can be tested and reused (e.g. exercise gating).
// ---------------------------------------------------------------------------------------------

/** Pain (0-10, lower is better): 2 points or 30 % of the baseline is the smallest change that matters. */
export function painChange(baseline: number, value: number): ScoreChange {
  const delta = value - baseline
  const size = Math.abs(delta)
  const meaningful = size >= 2 || (baseline > 0 && size / baseline >= 0.3 - 1e-9)
  return { delta, meaningful, direction: delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same' }
}

/** PSFS (0-10, higher is better): 2 points matter. */
export function psfsChange(first: number, latest: number): ScoreChange {
  const delta = latest - first
  return { delta, meaningful: Math.abs(delta) >= 2, direction: delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same' }
}

const LOCATION_RANK = new Map<SymptomLocation, number>(SYMPTOM_LOCATIONS.map((l, i) => [l, i]))

/** Symptoms moving up toward the spine (foot -> calf -> ... -> back -> none) are centralizing. */
export function symptomTrend(
  earlier: SymptomLocation,
  later: SymptomLocation
): Exclude<SymptomTrend, 'not-enough-data'> {
  const a = LOCATION_RANK.get(earlier) ?? 0
  const b = LOCATION_RANK.get(later) ?? 0
  return b < a ? 'centralizing' : b > a ? 'peripheralizing' : 'unchanged'
}

/**
 * Streak of active days where one missed day between two active days is forgiven and two in a row
 * break it. The count is of active days. The current streak is alive while today is still open:
 * today or yesterday active, or the day before yesterday active with only yesterday missed.
 */
export function routineStreak(
  activeDays: Iterable<string>,
  today: string
): { current: number; best: number; lastActiveDay: string | null } {
  const todayN = dayNumber(today)
  const days = [...new Set(activeDays)]
    .map(dayNumber)
    .filter((d) => d <= todayN)
    .sort((a, b) => a - b)
  let best = 0
  let run = 0
  let previous = Number.NEGATIVE_INFINITY
  for (const d of days) {
    run = d - previous <= 2 ? run + 1 : 1
    if (run > best) best = run
    previous = d
  }
  const last = days[days.length - 1]
  const current = last !== undefined && todayN - last <= 2 ? run : 0
  return { current, best, lastActiveDay: last === undefined ? null : dayFromNumber(last) }
}

// ---------------------------------------------------------------------------------------------
// The one pass
// ---------------------------------------------------------------------------------------------

interface DayBucket {
  bouts: number
  sittingMinutes: number
  longestBout: number
  prompted: number
  taken: number
  snoozed: number
  skipped: number
  meeting: number
  natural: number
  completed: number
  abandoned: number
  walkMinutes: number
  /** The check-in's "walking today", which already includes any walks logged. */
  reportedWalking: number
  routineCompleted: boolean
}

function emptyBucket(): DayBucket {
  return {
    bouts: 0,
    sittingMinutes: 0,
    longestBout: 0,
    prompted: 0,
    taken: 0,
    snoozed: 0,
    skipped: 0,
    meeting: 0,
    natural: 0,
    completed: 0,
    abandoned: 0,
    walkMinutes: 0,
    reportedWalking: 0,
    routineCompleted: false
  }
}

function resolveRange(range: StatsRange, today: string, firstDay: string | null): { from: string; to: string } {
  if (range === 'week') return { from: addDays(today, -6), to: today }
  if (range === 'month') return { from: addDays(today, -29), to: today }
  if (range === 'all') return { from: firstDay !== null && firstDay < today ? firstDay : today, to: today }
  return range.from <= range.to ? { from: range.from, to: range.to } : { from: range.to, to: range.from }
}

function keyToDay(key: number): string {
  const text = String(key).padStart(8, '0')
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
}

function normalizeActivity(activity: string): string {
  return activity.trim().replace(/\s+/g, ' ').toLowerCase()
}

function byTime<T extends { t: string }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, ms: parseTimestamp(item.t)?.ms ?? 0 }))
  keyed.sort((a, b) => a.ms - b.ms)
  return keyed.map((k) => k.item)
}

/**
 * Builds the figures one event at a time, in any order, keeping only per-day counters and the few
 * check-ins: the storage can stream ten years of events through it without holding them in memory.
 */
export class ProgressFiguresBuilder {
  private readonly today: string
  private readonly range: StatsRange
  /** Known bounds while adding; for 'all' the start is only known at the end (the earliest event). */
  private readonly from: string
  private readonly to: string
  private readonly afterTo: string
  private earliest: string | null = null
  private readonly buckets = new Map<number, DayBucket>()
  private readonly checkIns: CheckInEvent[] = []
  private readonly routineDayKeys = new Set<number>()
  private readonly feedback = new Map<string, { fine: number; sore: number; sharp: number }>()
  private readonly warningReports: { t: string; day: string; signs: WarningSign[] }[] = []
  private latestSafety: { t: string; ms: number; signs: WarningSign[] } | null = null
  private longest: { start: string; end: string; minutes: number } | null = null
  private routinesStarted = 0
  private routinesCompleted = 0

  constructor(options: ProgressFiguresOptions) {
    const nowParsed = parseTimestamp(options.now)
    if (nowParsed === null) throw new RangeError(`now must be a date and time with offset, got ${options.now}`)
    this.today = nowParsed.localDay
    this.range = options.range
    const bounds = resolveRange(options.range, this.today, null)
    this.from = options.range === 'all' ? '' : bounds.from
    this.to = bounds.to
    this.afterTo = addDays(bounds.to, 1)
  }

  // A timestamp starts with its day, so comparing the whole text against the day bounds needs no
  // cutting: t >= "2026-03-01" and t < "2026-03-08" (the day after `to`) mean the day is in range.
  private inRange(t: string): boolean {
    return t >= this.from && t < this.afterTo
  }

  private bucket(day: string): DayBucket {
    const key = dayKey(day)
    let b = this.buckets.get(key)
    if (b === undefined) {
      b = emptyBucket()
      this.buckets.set(key, b)
    }
    return b
  }

  add(e: ProgressEvent): void {
    if (this.earliest === null || e.t < this.earliest) this.earliest = e.t
    switch (e.type) {
      case 'check-in':
        this.checkIns.push(e)
        break
      case 'routine-completed':
        this.routineDayKeys.add(dayKey(e.t))
        if (this.inRange(e.t)) {
          this.bucket(e.t).routineCompleted = true
          this.routinesCompleted++
        }
        break
      case 'safety-answers': {
        const ms = parseTimestamp(e.t)?.ms ?? 0
        if (this.latestSafety === null || ms >= this.latestSafety.ms) this.latestSafety = { t: e.t, ms, signs: e.signs }
        if (e.signs.length > 0 && this.inRange(e.t))
          this.warningReports.push({ t: e.t, day: e.t.slice(0, 10), signs: e.signs })
        break
      }
      case 'sitting-bout': {
        if (!this.inRange(e.start)) break
        const b = this.bucket(e.start)
        b.bouts++
        b.sittingMinutes += e.minutes
        if (e.minutes > b.longestBout) b.longestBout = e.minutes
        if (this.longest === null || e.minutes > this.longest.minutes) {
          this.longest = { start: e.start, end: e.end, minutes: e.minutes }
        }
        break
      }
      case 'break-prompt':
        if (this.inRange(e.at)) this.bucket(e.at).prompted++
        break
      case 'break-answer':
        if (this.inRange(e.t)) this.bucket(e.t)[e.answer]++
        break
      case 'natural-break':
        if (this.inRange(e.from)) this.bucket(e.from).natural++
        break
      case 'break-completed':
        // Events from before `how` existed cannot be told apart and count as they always did.
        if (!this.inRange(e.t)) break
        if (e.how === 'abandoned') this.bucket(e.t).abandoned++
        else this.bucket(e.t).completed++
        break
      case 'routine-started':
        if (this.inRange(e.t)) this.routinesStarted++
        break
      case 'walk':
        if (this.inRange(e.t)) this.bucket(e.t).walkMinutes += e.minutes
        break
      case 'exercise-completed': {
        if (e.feedback === undefined || !this.inRange(e.t)) break
        let counts = this.feedback.get(e.exerciseId)
        if (counts === undefined) {
          counts = { fine: 0, sore: 0, sharp: 0 }
          this.feedback.set(e.exerciseId, counts)
        }
        counts[e.feedback]++
        break
      }
      case 'settings-changed':
        break
    }
  }

  result(): ProgressFigures {
    const { from, to } = resolveRange(
      this.range,
      this.today,
      this.earliest === null ? null : this.earliest.slice(0, 10)
    )
    const inRange = (t: string): boolean => t >= from && t < this.afterTo
    const bucket = (day: string): DayBucket => this.bucket(day)
    const { buckets, checkIns, feedback, longest, today, routineDayKeys, warningReports, latestSafety } = this
    const { routinesStarted, routinesCompleted } = this

    // Check-ins are few (about one a day), so sorting them is cheap and makes the input order irrelevant.
    const sortedCheckIns = byTime(checkIns)
    const baselineEvent = sortedCheckIns[0]
    const baseline =
      baselineEvent === undefined
        ? null
        : { t: baselineEvent.t, back: baselineEvent.backPain, leg: baselineEvent.legPain }
    const painPoints: PainPoint[] = []
    const symptomPoints: SymptomPoint[] = []
    const psfsByKey = new Map<
      string,
      { activity: string; first: number; points: { t: string; day: string; score: number }[] }
    >()
    for (const c of sortedCheckIns) {
      const day = c.t.slice(0, 10)
      for (const item of c.psfs) {
        const key = normalizeActivity(item.activity)
        let entry = psfsByKey.get(key)
        if (entry === undefined) {
          entry = { activity: item.activity, first: item.score, points: [] }
          psfsByKey.set(key, entry)
        }
        if (inRange(day)) {
          entry.activity = item.activity
          entry.points.push({ t: c.t, day, score: item.score })
        }
      }
      if (!inRange(day) || baseline === null) continue
      bucket(c.t).reportedWalking = c.walkingMinutes
      painPoints.push({
        t: c.t,
        day,
        back: c.backPain,
        leg: c.legPain,
        backChange: painChange(baseline.back, c.backPain),
        legChange: painChange(baseline.leg, c.legPain)
      })
      symptomPoints.push({ t: c.t, day, location: c.furthestPoint })
    }

    const firstSymptom = symptomPoints[0]
    const lastSymptom = symptomPoints[symptomPoints.length - 1]
    const trend: SymptomTrend =
      firstSymptom !== undefined && lastSymptom !== undefined && symptomPoints.length >= 2
        ? symptomTrend(firstSymptom.location, lastSymptom.location)
        : 'not-enough-data'
    const previousCheckIn = sortedCheckIns[sortedCheckIns.length - 2]
    const latestCheckIn = sortedCheckIns[sortedCheckIns.length - 1]
    const sinceLastCheckIn: SymptomTrend =
      previousCheckIn !== undefined && latestCheckIn !== undefined
        ? symptomTrend(previousCheckIn.furthestPoint, latestCheckIn.furthestPoint)
        : 'not-enough-data'

    const sittingDays: DaySitting[] = []
    const breakDays: DayBreaks[] = []
    const walkingDays: DayWalking[] = []
    const breakTotals = {
      prompted: 0,
      taken: 0,
      snoozed: 0,
      skipped: 0,
      meeting: 0,
      natural: 0,
      completed: 0,
      abandoned: 0
    }
    let totalBouts = 0
    let walkingTotal = 0
    let routineDays = 0
    const empty = emptyBucket()
    const lastN = dayNumber(to)
    let daysInRange = 0
    for (let n = dayNumber(from); n <= lastN; n++) {
      daysInRange++
      const day = dayFromNumber(n)
      const b = buckets.get(dayKey(day)) ?? empty
      sittingDays.push({ day, bouts: b.bouts, minutes: b.sittingMinutes, longestMinutes: b.longestBout })
      breakDays.push({
        day,
        prompted: b.prompted,
        taken: b.taken,
        snoozed: b.snoozed,
        skipped: b.skipped,
        meeting: b.meeting,
        natural: b.natural,
        completed: b.completed,
        abandoned: b.abandoned
      })
      const walked = Math.max(b.walkMinutes, b.reportedWalking)
      walkingDays.push({ day, minutes: walked })
      totalBouts += b.bouts
      walkingTotal += walked
      if (b.routineCompleted) routineDays++
      for (const key of Object.keys(breakTotals) as (keyof typeof breakTotals)[]) breakTotals[key] += b[key]
    }

    const byExercise = [...feedback]
      .map(([exerciseId, c]) => ({ exerciseId, ...c }))
      .sort((a, b) => (a.exerciseId < b.exerciseId ? -1 : a.exerciseId > b.exerciseId ? 1 : 0))
    const helped = byExercise
      .filter((x) => x.fine > 0 && x.fine > x.sharp)
      .sort((a, b) => b.fine - a.fine)
      .map((x) => x.exerciseId)
    const hurt = byExercise
      .filter((x) => x.sharp > 0)
      .sort((a, b) => b.sharp - a.sharp)
      .map((x) => x.exerciseId)
    const feedbackTotals = byExercise.reduce(
      (sum, x) => ({ fine: sum.fine + x.fine, sore: sum.sore + x.sore, sharp: sum.sharp + x.sharp }),
      { fine: 0, sore: 0, sharp: 0 }
    )

    const psfs: PsfsActivity[] = [...psfsByKey.values()]
      .filter((entry) => entry.points.length > 0)
      .map((entry) => {
        const latest = entry.points[entry.points.length - 1]
        return {
          activity: entry.activity,
          points: entry.points,
          change: latest === undefined ? null : psfsChange(entry.first, latest.score)
        }
      })

    return {
      range: { from, to, days: daysInRange },
      pain: { baseline, points: painPoints },
      sitting: { days: sittingDays, totalBouts, longest },
      breaks: { days: breakDays, totals: breakTotals },
      streak: routineStreak([...routineDayKeys].map(keyToDay), today),
      walking: { days: walkingDays, totalMinutes: walkingTotal },
      symptomLocation: { trend, sinceLastCheckIn, points: symptomPoints },
      psfs,
      adherence: {
        daysInRange,
        routineDays,
        routineDayShare: daysInRange === 0 ? 0 : routineDays / daysInRange,
        routinesStarted,
        routinesCompleted,
        breaksPrompted: breakTotals.prompted,
        breaksTaken: breakTotals.taken,
        breakShare: breakTotals.prompted === 0 ? null : breakTotals.taken / breakTotals.prompted
      },
      exercises: { byExercise, helped, hurt, totals: feedbackTotals },
      warningSigns: {
        reports: warningReports,
        latest: latestSafety === null ? null : { t: latestSafety.t, signs: latestSafety.signs }
      }
    }
  }
}

export function computeProgressFigures(
  events: readonly ProgressEvent[],
  options: ProgressFiguresOptions
): ProgressFigures {
  const builder = new ProgressFiguresBuilder(options)
  for (const e of events) builder.add(e)
  return builder.result()
}
