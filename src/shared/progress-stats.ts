// The figures on the Progress screen, computed from the event log in one pass. Pure: `now` is an
// argument (ISO 8601 with offset), days are the user's local calendar days as written in each event.
import {
  SYMPTOM_LOCATIONS,
  parseTimestamp,
  type ProgressEvent,
  type SymptomLocation,
  type WarningSign
} from './progress-events'
import {
  FactsCollector,
  addDay,
  cloneDay,
  emptyDay,
  withCorrections,
  type CheckInFact,
  type DayFacts,
  type ProgressFacts
} from './progress-facts'

/** 'week' and 'month' are the last 7 and 30 days including today; custom days are inclusive. */
export type StatsRange = 'week' | 'month' | 'all' | { readonly from: string; readonly to: string }

export interface ProgressFiguresOptions {
  /** The current time with offset, e.g. 2026-03-10T18:00:00+01:00; its date is "today". */
  readonly now: string
  readonly range: StatsRange
  /**
   * For the screen: ranges longer than GROUP_BY_MONTH_AFTER_DAYS come back one row (and one pain,
   * symptom and activity point) per calendar month rather than per day, so ten years stay small.
   */
  readonly group?: boolean
}

/** Ranges longer than this many days are grouped by month when asked (the charts do the same). */
export const GROUP_BY_MONTH_AFTER_DAYS = 183

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
  /** Days walked in the row (0 or 1 for a day; up to 31 for a month). */
  readonly walkingDays: number
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

export interface SkipReasonCount {
  /** As last typed. */
  readonly reason: string
  readonly count: number
}

export interface ProgressFigures {
  readonly range: { readonly from: string; readonly to: string; readonly days: number }
  /** 'month': each row of the day lists and each point stands for a calendar month (its first day in range). */
  readonly granularity: 'day' | 'month'
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
  readonly breaks: {
    readonly days: readonly DayBreaks[]
    readonly totals: Omit<DayBreaks, 'day'>
    /** Reasons typed when skipping a break, most frequent first (case and spacing ignored). */
    readonly skipReasons: readonly SkipReasonCount[]
  }
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
    /** Rated fine and never sharp in the range, most "fine" first (never also in `hurt`). */
    readonly helped: readonly string[]
    /** Rated sharp at least once in the range, most "sharp" first. */
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
  const days = [...new Set(activeDays)].map(dayNumber).sort((a, b) => a - b)
  return streakOfSortedDays(days, dayNumber(today))
}

/** routineStreak over unique day numbers in ascending order (days after today are ignored). */
function streakOfSortedDays(
  sortedDays: readonly number[],
  todayN: number
): { current: number; best: number; lastActiveDay: string | null } {
  let end = sortedDays.length
  while (end > 0 && (sortedDays[end - 1] ?? 0) > todayN) end--
  const days = end === sortedDays.length ? sortedDays : sortedDays.slice(0, end)
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
// From facts to figures
// ---------------------------------------------------------------------------------------------

function resolveRange(range: StatsRange, today: string, firstDay: string | null): { from: string; to: string } {
  if (range === 'week') return { from: addDays(today, -6), to: today }
  if (range === 'month') return { from: addDays(today, -29), to: today }
  if (range === 'all') return { from: firstDay !== null && firstDay < today ? firstDay : today, to: today }
  return range.from <= range.to ? { from: range.from, to: range.to } : { from: range.to, to: range.from }
}

/** Activity names and skip reasons repeat (one person types a few): each is normalised once. */
const normalized = new Map<string, string>()

function normalizeActivity(activity: string): string {
  let key = normalized.get(activity)
  if (key === undefined) {
    key = activity.trim().replace(/\s+/g, ' ').toLowerCase()
    if (normalized.size > 10_000) normalized.clear()
    normalized.set(activity, key)
  }
  return key
}

/** A calendar month's days added up (from every part: a month's file can hold the day before it). */
export interface MonthTotals {
  readonly facts: DayFacts
  /** Days with a completed routine. */
  readonly routineDays: number
  /** Walking minutes, each day counting the larger of its walks and its check-in's "walking today". */
  readonly walked: number
  /** Days with any walking. */
  readonly walkingDays: number
  /** The longest bout of any of its days, in minutes. */
  readonly longestDay: number
}

/** What a part adds to the all-time answers, without its days: enough for whole months. */
export interface PartSummary {
  /** By calendar month of the day. */
  readonly months: Record<string, MonthTotals>
  /** Days with a completed routine. */
  readonly routineDays: string[]
  /** The part's first day (of any event time or bout start), or null. */
  readonly firstDay: string | null
}

/**
 * Facts of one month (its key "2026-03"), or of any set of events (key null). `days` may be decoded
 * only when a range needs that month day by day; the summary answers whole months.
 */
export interface FactsPart {
  readonly month: string | null
  readonly earliest: string | null
  readonly checkIns: readonly CheckInFact[]
  readonly latestSafety: ProgressFacts['latestSafety']
  readonly summary: PartSummary
  readonly days: () => Readonly<Record<string, DayFacts>>
}

/** Adds up a part's days by calendar month (walking as the larger of walks and "walking today"). */
export function summarizeFacts(facts: ProgressFacts): PartSummary {
  // The day's last check-in, in the order indexFacts sorts them.
  const reported = new Map<string, CheckInFact>()
  for (const c of facts.checkIns) {
    const day = c.t.slice(0, 10)
    const b = reported.get(day)
    if (
      b === undefined ||
      (c.ms - b.ms || (c.t < b.t ? -1 : c.t > b.t ? 1 : 0) || c.back - b.back || c.leg - b.leg) >= 0
    )
      reported.set(day, c)
  }
  const months: Record<
    string,
    { facts: DayFacts; routineDays: number; walked: number; walkingDays: number; longestDay: number }
  > = {}
  const month = (day: string) =>
    (months[day.slice(0, 7)] ??= { facts: emptyDay(), routineDays: 0, walked: 0, walkingDays: 0, longestDay: 0 })
  const routineDays: string[] = []
  let firstDay = facts.earliest === null ? null : facts.earliest.slice(0, 10)
  for (const day of Object.keys(facts.days)) {
    const d = facts.days[day]
    if (d === undefined) continue
    if (firstDay === null || day < firstDay) firstDay = day
    const m = month(day)
    addDay(m.facts, d)
    if (d.routinesCompleted > 0) {
      m.routineDays++
      routineDays.push(day)
    }
    const walked = Math.max(d.walkMinutes, reported.get(day)?.walking ?? 0)
    m.walked += walked
    if (walked > 0) m.walkingDays++
    if (d.longest !== null && d.longest[2] > m.longestDay) m.longestDay = d.longest[2]
  }
  // A check-in's "walking today" counts on a day with nothing else logged too.
  for (const [day, r] of reported)
    if (facts.days[day] === undefined && r.walking > 0) {
      const m = month(day)
      m.walked += r.walking
      m.walkingDays++
    }
  return { months, routineDays, firstDay }
}

/** A part over facts already in memory. */
export function factsPart(month: string | null, facts: ProgressFacts, summary = summarizeFacts(facts)): FactsPart {
  return {
    month,
    earliest: facts.earliest,
    checkIns: facts.checkIns,
    latestSafety: facts.latestSafety,
    summary,
    days: () => facts.days
  }
}

/**
 * Facts of many parts with the all-time answers worked out once: months added up, check-ins in time
 * order, the first score of each activity, the routine days. Built when the log changes; every range
 * then reads whole months from `months` and only its edge days (or every day, for day rows) by `day`.
 */
export interface FactsIndex {
  /** The first day anything happened (an event's time, or a bout's start), or null. */
  readonly firstDay: string | null
  /** One day's facts merged from every part that holds some (undefined: nothing that day). */
  readonly day: (day: string) => DayFacts | undefined
  readonly months: ReadonlyMap<string, MonthTotals>
  readonly checkIns: readonly CheckInFact[]
  /** Per day, the "walking today" of its last check-in. */
  readonly reportedWalking: ReadonlyMap<string, number>
  readonly psfsFirst: ReadonlyMap<string, number>
  /** Unique day numbers with a completed routine, ascending. */
  readonly routineDays: readonly number[]
  /** The routine streak as of a day (remembered: every range asks for today's). */
  readonly streak: (todayN: number) => ReturnType<typeof routineStreak>
  readonly latestSafety: ProgressFacts['latestSafety']
}

export function indexFacts(parts: readonly FactsPart[]): FactsIndex {
  let earliest: string | null = null
  let firstDay: string | null = null
  let latestSafety: ProgressFacts['latestSafety'] = null
  const checkIns: CheckInFact[] = []
  const months = new Map<
    string,
    { facts: DayFacts; routineDays: number; walked: number; walkingDays: number; longestDay: number }
  >()
  const routine = new Set<string>()
  const byMonth = new Map<string, FactsPart[]>()
  const unkeyed: FactsPart[] = []
  for (const part of parts) {
    if (part.month === null) unkeyed.push(part)
    else {
      const list = byMonth.get(part.month)
      if (list === undefined) byMonth.set(part.month, [part])
      else list.push(part)
    }
    if (part.earliest !== null && (earliest === null || part.earliest < earliest)) earliest = part.earliest
    const f = part.summary.firstDay
    if (f !== null && (firstDay === null || f < firstDay)) firstDay = f
    const s = part.latestSafety
    if (s !== null) {
      if (
        latestSafety === null ||
        s.ms > latestSafety.ms ||
        (s.ms === latestSafety.ms &&
          `${s.t}|${s.signs.join(',')}` > `${latestSafety.t}|${latestSafety.signs.join(',')}`)
      )
        latestSafety = s
    }
    for (const c of part.checkIns) checkIns.push(c)
    for (const day of part.summary.routineDays) routine.add(day)
    for (const key of Object.keys(part.summary.months)) {
      const src = part.summary.months[key]
      if (src === undefined) continue
      const m = months.get(key)
      if (m === undefined)
        months.set(key, {
          facts: cloneDay(src.facts),
          routineDays: src.routineDays,
          walked: src.walked,
          walkingDays: src.walkingDays,
          longestDay: src.longestDay
        })
      else {
        addDay(m.facts, src.facts)
        m.routineDays += src.routineDays
        m.walked += src.walked
        m.walkingDays += src.walkingDays
        if (src.longestDay > m.longestDay) m.longestDay = src.longestDay
      }
    }
  }
  // Equal instants keep a stable order whatever order the parts came in.
  checkIns.sort((a, b) => a.ms - b.ms || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0) || a.back - b.back || a.leg - b.leg)
  const psfsFirst = new Map<string, number>()
  const reportedWalking = new Map<string, number>()
  for (const c of checkIns) {
    reportedWalking.set(c.t.slice(0, 10), c.walking)
    for (const [activity, score] of c.psfs) {
      const key = normalizeActivity(activity)
      if (!psfsFirst.has(key)) psfsFirst.set(key, score)
    }
  }
  // A day's facts can sit in its own month's part or the next one (a bout that started the evening before).
  const merged = new Map<string, DayFacts | undefined>()
  const day = (d: string): DayFacts | undefined => {
    if (merged.has(d)) return merged.get(d)
    const month = d.slice(0, 7)
    const candidates = [
      ...unkeyed,
      ...(byMonth.get(shiftMonth(month, -1)) ?? []),
      ...(byMonth.get(month) ?? []),
      ...(byMonth.get(shiftMonth(month, 1)) ?? [])
    ]
    let result: DayFacts | undefined
    let owned = false
    for (const part of candidates) {
      const facts = part.days()[d]
      if (facts === undefined) continue
      if (result === undefined) result = facts
      else {
        if (!owned) {
          result = cloneDay(result)
          owned = true
        }
        addDay(result, facts)
      }
    }
    merged.set(d, result)
    return result
  }
  const routineDays = [...routine].map(dayNumber).sort((x, y) => x - y)
  let streakFor: { todayN: number; value: ReturnType<typeof routineStreak> } | null = null
  return {
    firstDay: firstDay ?? (earliest === null ? null : earliest.slice(0, 10)),
    day,
    months,
    checkIns,
    reportedWalking,
    psfsFirst,
    routineDays,
    streak: (todayN) => {
      if (streakFor?.todayN !== todayN) streakFor = { todayN, value: streakOfSortedDays(routineDays, todayN) }
      return streakFor.value
    },
    latestSafety
  }
}

/** "2026-03" plus or minus n months. */
function shiftMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The last day of the month of "YYYY-MM-DD" or "YYYY-MM". */
function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  const last = m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 31)
  return `${month.slice(0, 7)}-${String(last).padStart(2, '0')}`
}

/** "2026-03" -> "2026-04". */
function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}`
}

const BREAK_KEYS = ['prompted', 'taken', 'snoozed', 'skipped', 'meeting', 'natural', 'completed', 'abandoned'] as const

type MutableBreaks = { -readonly [K in keyof DayBreaks]: DayBreaks[K] }

export function figuresFromFacts(index: FactsIndex, options: ProgressFiguresOptions): ProgressFigures {
  const nowParsed = parseTimestamp(options.now)
  if (nowParsed === null) throw new RangeError(`now must be a date and time with offset, got ${options.now}`)
  const today = nowParsed.localDay
  const { from, to } = resolveRange(options.range, today, index.firstDay)
  const firstN = dayNumber(from)
  const lastN = dayNumber(to)
  const daysInRange = lastN - firstN + 1
  const byMonth = options.group === true && daysInRange > GROUP_BY_MONTH_AFTER_DAYS

  // Counters of the range.
  let longest: [string, string, number] | null = null
  let routinesStarted = 0
  let routinesCompleted = 0
  let totalBouts = 0
  let walkingTotal = 0
  let routineDays = 0
  const feedback = new Map<string, [number, number, number]>()
  const warnings: [string, WarningSign[]][] = []
  const reasons = new Map<string, { reason: string; count: number }>()
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
  const sittingDays: DaySitting[] = []
  const breakDays: DayBreaks[] = []
  const walkingDays: DayWalking[] = []
  let sitting: { day: string; bouts: number; minutes: number; longestMinutes: number } | null = null
  let breaks: MutableBreaks | null = null
  let walking: { day: string; minutes: number; walkingDays: number } | null = null

  const newRow = (day: string): void => {
    sitting = { day, bouts: 0, minutes: 0, longestMinutes: 0 }
    breaks = { day, prompted: 0, taken: 0, snoozed: 0, skipped: 0, meeting: 0, natural: 0, completed: 0, abandoned: 0 }
    walking = { day, minutes: 0, walkingDays: 0 }
    sittingDays.push(sitting)
    breakDays.push(breaks)
    walkingDays.push(walking)
  }
  /** Adds a day, or a whole month's totals, to the counters and the current row. */
  const count = (d: DayFacts, walked: number, routine: number, longestDay: number, walkedDays: number): void => {
    if (d.longest !== null && (longest === null || betterBout(d.longest, longest))) longest = d.longest
    routinesStarted += d.routinesStarted
    routinesCompleted += d.routinesCompleted
    routineDays += routine
    totalBouts += d.bouts
    walkingTotal += walked
    for (const id of Object.keys(d.feedback)) {
      const c = d.feedback[id]
      if (c === undefined) continue
      const sum = feedback.get(id)
      if (sum === undefined) feedback.set(id, [c[0], c[1], c[2]])
      else {
        sum[0] += c[0]
        sum[1] += c[1]
        sum[2] += c[2]
      }
    }
    for (const w of d.warnings) warnings.push(w)
    for (const r of d.skipReasons) {
      const k = normalizeActivity(r)
      const entry = reasons.get(k)
      if (entry === undefined) reasons.set(k, { reason: r, count: 1 })
      else {
        entry.reason = r
        entry.count++
      }
    }
    const s = sitting as { bouts: number; minutes: number; longestMinutes: number } | null
    const b = breaks as MutableBreaks | null
    const w = walking as { minutes: number; walkingDays: number } | null
    if (s === null || b === null || w === null) return
    s.bouts += d.bouts
    s.minutes += d.sittingMinutes
    if (longestDay > s.longestMinutes) s.longestMinutes = longestDay
    for (const k of BREAK_KEYS) {
      b[k] += d[k]
      breakTotals[k] += d[k]
    }
    w.minutes += walked
    w.walkingDays += walkedDays
  }

  const empty = emptyDay()
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) {
    const first = `${month}-01`
    const last = lastDayOfMonth(month)
    const totals = index.months.get(month)
    const whole = first >= from && last <= to
    if (byMonth) newRow(first < from ? from : first)
    if (byMonth && whole) {
      if (totals !== undefined)
        count(totals.facts, totals.walked, totals.routineDays, totals.longestDay, totals.walkingDays)
      continue
    }
    // Day by day: the range's edge months, or every month when rows are days.
    const lo = first < from ? from : first
    const hi = last > to ? to : last
    for (let day = lo; day <= hi; day = nextDay(day)) {
      if (!byMonth) newRow(day)
      if (totals === undefined) continue
      const d = index.day(day)
      const walked = Math.max(d?.walkMinutes ?? 0, index.reportedWalking.get(day) ?? 0)
      if (d === undefined) {
        if (walked > 0) count(empty, walked, 0, 0, 1)
        continue
      }
      count(d, walked, d.routinesCompleted > 0 ? 1 : 0, d.longest === null ? 0 : d.longest[2], walked > 0 ? 1 : 0)
    }
  }

  // Check-ins in range, in time order (the index keeps them sorted).
  const checkIns = index.checkIns
  const baselineFact = checkIns[0]
  const baseline =
    baselineFact === undefined ? null : { t: baselineFact.t, back: baselineFact.back, leg: baselineFact.leg }
  const inRangeCheckIns: CheckInFact[] = []
  // Sorted by instant, so the range's check-ins start at most a day (the widest offsets) before its
  // first midnight in UTC: a binary search skips the years before.
  const fromMs = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10))) - DAY_MS
  let lo = 0
  let hi = checkIns.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((checkIns[mid]?.ms ?? 0) < fromMs) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < checkIns.length; i++) {
    const c = checkIns[i]
    if (c === undefined) continue
    const day = c.t.slice(0, 10)
    if (day >= from && day <= to) inRangeCheckIns.push(c)
  }

  const groupKey = (day: string): string => (byMonth ? day.slice(0, 7) : day)
  const groupDay = (day: string): string =>
    byMonth ? (day.slice(0, 7) === from.slice(0, 7) ? from : `${day.slice(0, 7)}-01`) : day

  // Pain, symptoms and activities: one point per check-in, or the month's average (last place reached).
  const painPoints: PainPoint[] = []
  const symptomPoints: SymptomPoint[] = []
  const psfsByKey = new Map<
    string,
    {
      activity: string
      points: { t: string; day: string; score: number }[]
      sums: Map<string, { t: string; total: number; n: number }>
    }
  >()
  if (!byMonth) {
    if (baseline !== null)
      for (const c of inRangeCheckIns) {
        const day = c.t.slice(0, 10)
        painPoints.push({
          t: c.t,
          day,
          back: c.back,
          leg: c.leg,
          backChange: painChange(baseline.back, c.back),
          legChange: painChange(baseline.leg, c.leg)
        })
        symptomPoints.push({ t: c.t, day, location: c.furthest })
      }
  } else if (baseline !== null) {
    const months = new Map<string, { t: string; back: number; leg: number; n: number; location: SymptomLocation }>()
    for (const c of inRangeCheckIns) {
      const key = groupKey(c.t.slice(0, 10))
      const m = months.get(key)
      if (m === undefined) months.set(key, { t: c.t, back: c.back, leg: c.leg, n: 1, location: c.furthest })
      else {
        m.t = c.t
        m.back += c.back
        m.leg += c.leg
        m.n++
        m.location = c.furthest
      }
    }
    for (const m of months.values()) {
      const day = groupDay(m.t.slice(0, 10))
      const back = round1(m.back / m.n)
      const leg = round1(m.leg / m.n)
      painPoints.push({
        t: m.t,
        day,
        back,
        leg,
        backChange: painChange(baseline.back, back),
        legChange: painChange(baseline.leg, leg)
      })
      symptomPoints.push({ t: m.t, day, location: m.location })
    }
  }
  for (const c of inRangeCheckIns) {
    const day = c.t.slice(0, 10)
    for (const [activity, score] of c.psfs) {
      const key = normalizeActivity(activity)
      let entry = psfsByKey.get(key)
      if (entry === undefined) {
        entry = { activity, points: [], sums: new Map() }
        psfsByKey.set(key, entry)
      }
      entry.activity = activity
      if (!byMonth) entry.points.push({ t: c.t, day, score })
      else {
        const g = groupKey(day)
        const sum = entry.sums.get(g)
        if (sum === undefined) entry.sums.set(g, { t: c.t, total: score, n: 1 })
        else {
          sum.t = c.t
          sum.total += score
          sum.n++
        }
      }
    }
  }

  const firstSymptom = inRangeCheckIns[0]
  const lastSymptom = inRangeCheckIns[inRangeCheckIns.length - 1]
  const trend: SymptomTrend =
    firstSymptom !== undefined && lastSymptom !== undefined && inRangeCheckIns.length >= 2
      ? symptomTrend(firstSymptom.furthest, lastSymptom.furthest)
      : 'not-enough-data'
  const previousCheckIn = checkIns[checkIns.length - 2]
  const latestCheckIn = checkIns[checkIns.length - 1]
  const sinceLastCheckIn: SymptomTrend =
    previousCheckIn !== undefined && latestCheckIn !== undefined
      ? symptomTrend(previousCheckIn.furthest, latestCheckIn.furthest)
      : 'not-enough-data'

  const byExercise = [...feedback]
    .map(([exerciseId, c]) => ({ exerciseId, fine: c[0], sore: c[1], sharp: c[2] }))
    .sort((a, b) => (a.exerciseId < b.exerciseId ? -1 : a.exerciseId > b.exerciseId ? 1 : 0))
  const helped = byExercise
    .filter((x) => x.fine > 0 && x.sharp === 0)
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

  const psfs: PsfsActivity[] = []
  for (const [key, entry] of psfsByKey) {
    const points = byMonth
      ? [...entry.sums.entries()].map(([, s]) => ({
          t: s.t,
          day: groupDay(s.t.slice(0, 10)),
          score: round1(s.total / s.n)
        }))
      : entry.points
    const latest = points[points.length - 1]
    const first = index.psfsFirst.get(key)
    psfs.push({
      activity: entry.activity,
      points,
      change: latest === undefined || first === undefined ? null : psfsChange(first, latest.score)
    })
  }
  // Activities keep the order of their first rating ever, as the check-ins listed them.
  const order = new Map([...index.psfsFirst.keys()].map((key, i) => [key, i]))
  const rank = (activity: string): number => order.get(normalizeActivity(activity)) ?? 0
  psfs.sort((a, b) => rank(a.activity) - rank(b.activity))

  warnings.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const latestSafety = index.latestSafety
  return {
    range: { from, to, days: daysInRange },
    granularity: byMonth ? 'month' : 'day',
    pain: { baseline, points: painPoints },
    sitting: {
      days: sittingDays,
      totalBouts,
      longest: longest === null ? null : { start: longest[0], end: longest[1], minutes: longest[2] }
    },
    breaks: {
      days: breakDays,
      totals: breakTotals,
      skipReasons: [...reasons.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
    },
    streak: index.streak(dayNumber(today)),
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
      reports: warnings.map(([t, signs]) => ({ t, day: t.slice(0, 10), signs })),
      latest: latestSafety === null ? null : { t: latestSafety.t, signs: latestSafety.signs }
    }
  }
}

function betterBout(a: [string, string, number], b: [string, string, number]): boolean {
  if (a[2] !== b[2]) return a[2] > b[2]
  if (a[0] !== b[0]) return a[0] < b[0]
  return a[1] < b[1]
}

const round1 = (n: number): number => Math.round(n * 10) / 10

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The day after "YYYY-MM-DD", by text (no Date: this runs once per day of ten years). */
function nextDay(day: string): string {
  const y = Number(day.slice(0, 4))
  const m = Number(day.slice(5, 7))
  const d = Number(day.slice(8, 10))
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  const last = m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 31)
  if (d < last) return `${day.slice(0, 8)}${String(d + 1).padStart(2, '0')}`
  if (m < 12) return `${day.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`
  return `${String(y + 1).padStart(4, '0')}-01-01`
}

/**
 * Builds the figures one event at a time, in any order. Corrections must be applied before (see
 * computeProgressFigures); the storage does that month by month.
 */
export class ProgressFiguresBuilder {
  private readonly collector = new FactsCollector()

  constructor(private readonly options: ProgressFiguresOptions) {
    if (parseTimestamp(options.now) === null)
      throw new RangeError(`now must be a date and time with offset, got ${options.now}`)
  }

  add(e: ProgressEvent): void {
    this.collector.add(e)
  }

  result(): ProgressFigures {
    return figuresFromFacts(indexFacts([factsPart(null, this.collector.facts)]), this.options)
  }
}

/** The figures of a list of events (corrections applied: the latest correction of an entry wins). */
export function computeProgressFigures(
  events: readonly ProgressEvent[],
  options: ProgressFiguresOptions
): ProgressFigures {
  const builder = new ProgressFiguresBuilder(options)
  for (const e of withCorrections(events)) builder.add(e)
  return builder.result()
}
