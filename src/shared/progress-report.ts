// The report for a physiotherapist: one or two printed pages built from the Progress figures of a date
// range. Main builds it (names resolved from the catalogue), the report page only draws it; the schema
// checks it where it crosses into the page.
import { z } from 'zod'
import { symptomLocationSchema, type WarningSign } from './progress-events'
import { addDays, dayNumber, painChange, type ProgressFigures, type ScoreChange } from './progress-stats'
import { calendarDaySchema } from './progress-channels'
import { formatShortDay } from './day-format'

const scoreChangeSchema = z.object({
  delta: z.number(),
  meaningful: z.boolean(),
  direction: z.enum(['better', 'worse', 'same'])
})
const painReadingSchema = z.object({ day: calendarDaySchema, back: z.number(), leg: z.number() })
const feedbackRowSchema = z.object({ name: z.string(), fine: z.number(), sore: z.number(), sharp: z.number() })

export const progressReportSchema = z.object({
  generatedOn: calendarDaySchema,
  range: z.object({ from: calendarDaySchema, to: calendarDaySchema, days: z.number().int() }),
  checkIns: z.number().int(),
  pain: z.object({
    /** The first check-in ever, which every change is measured from. */
    baseline: painReadingSchema.nullable(),
    firstInRange: painReadingSchema.nullable(),
    latest: painReadingSchema.nullable(),
    /** Latest against the first check-in in the range (for pain, 2 points or 30 % matters). */
    backChange: scoreChangeSchema.nullable(),
    legChange: scoreChangeSchema.nullable(),
    /** Averages per period, for the trend chart: a day per point for short ranges, a week for longer ones. */
    series: z.array(z.object({ label: z.string(), day: calendarDaySchema, back: z.number(), leg: z.number() })),
    seriesUnit: z.enum(['check-in', 'week'])
  }),
  function: z.array(
    z.object({ activity: z.string(), first: z.number(), latest: z.number(), change: scoreChangeSchema })
  ),
  symptoms: z.object({
    trend: z.enum(['centralizing', 'peripheralizing', 'unchanged', 'not-enough-data']),
    first: symptomLocationSchema.nullable(),
    latest: symptomLocationSchema.nullable()
  }),
  adherence: z.object({
    routineDays: z.number().int(),
    daysInRange: z.number().int(),
    breaksPrompted: z.number().int(),
    breaksTaken: z.number().int(),
    bestStreak: z.number().int(),
    walkingMinutes: z.number(),
    walkingDays: z.number().int()
  }),
  /** Sitting at the desk, the app's core measure: bouts, the longest, and the breaks asked for and taken. */
  sitting: z.object({
    bouts: z.number().int(),
    daysSat: z.number().int(),
    averageMinutesPerDaySat: z.number(),
    longest: z.object({ day: calendarDaySchema, minutes: z.number(), from: z.string(), to: z.string() }).nullable(),
    breaksPrompted: z.number().int(),
    breaksTaken: z.number().int(),
    tookOwnBreaks: z.number().int()
  }),
  /** Reasons typed when skipping a break, most frequent first. */
  skipReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  /** Rated fine and never sharp in the range (a rating says how it felt, not that it helped). */
  helped: z.array(feedbackRowSchema),
  /** Rated sharp at least once in the range; never also in `helped`. */
  hurt: z.array(feedbackRowSchema),
  warningSigns: z.array(z.object({ day: calendarDaySchema, signs: z.array(z.string()) })),
  /** The most recent warning-sign answers (any range): when they were given and what was reported. */
  latestSafetyAnswers: z.object({ day: calendarDaySchema, signs: z.array(z.string()) }).nullable()
})
export type ProgressReport = z.infer<typeof progressReportSchema>

/** Short names of the warning signs for the report (CONTENT.md "Safety rules"). */
export const WARNING_SIGN_LABELS: Record<WarningSign, string> = {
  'bladder-bowel-control': 'Loss of bladder or bowel control',
  'saddle-numbness': 'Numbness in the saddle area',
  'foot-drop': 'Severe weakness lifting the foot (foot drop)',
  'worsening-pain': 'Pain getting worse despite rest',
  'both-legs': 'Pain in both legs',
  'no-improvement': 'No improvement after 4 weeks of regular exercise',
  'both-legs-nerve': 'Pain in both legs with numbness, weakness or bladder changes',
  fever: 'Fever or feeling unwell with the back pain',
  'fall-injury': 'Pain that started after a fall or injury',
  'night-pain': 'Constant pain, also at night',
  'weight-loss': 'Weight loss without trying',
  'cancer-history': 'Past treatment for cancer'
}
const signLabel = (sign: WarningSign): string => WARNING_SIGN_LABELS[sign]

const round1 = (n: number): number => Math.round(n * 10) / 10

export interface ReportOptions {
  /** Today, as "YYYY-MM-DD". */
  readonly generatedOn: string
  /** The catalogue name of an exercise id (falls back to the id). */
  readonly exerciseName: (id: string) => string
}

/** Averages of the check-ins per week from the start of the range, for ranges longer than a month. */
function painSeries(figures: ProgressFigures): Pick<ProgressReport['pain'], 'series' | 'seriesUnit'> {
  const points = figures.pain.points
  if (figures.range.days <= 31) {
    return {
      seriesUnit: 'check-in',
      series: points.map((p) => ({ label: formatShortDay(p.day), day: p.day, back: p.back, leg: p.leg }))
    }
  }
  const start = dayNumber(figures.range.from)
  const weeks = new Map<number, { back: number; leg: number; n: number }>()
  for (const p of points) {
    const week = Math.floor((dayNumber(p.day) - start) / 7)
    const sum = weeks.get(week) ?? { back: 0, leg: 0, n: 0 }
    sum.back += p.back
    sum.leg += p.leg
    sum.n += 1
    weeks.set(week, sum)
  }
  return {
    seriesUnit: 'week',
    series: [...weeks]
      .sort(([a], [b]) => a - b)
      .map(([week, s]) => {
        const day = addDays(figures.range.from, week * 7)
        return { label: formatShortDay(day), day, back: round1(s.back / s.n), leg: round1(s.leg / s.n) }
      })
  }
}

function sittingOf(figures: ProgressFigures): ProgressReport['sitting'] {
  const sat = figures.sitting.days.filter((d) => d.bouts > 0)
  const minutes = sat.reduce((sum, d) => sum + d.minutes, 0)
  const longest = figures.sitting.longest
  return {
    bouts: figures.sitting.totalBouts,
    daysSat: sat.length,
    averageMinutesPerDaySat: sat.length === 0 ? 0 : Math.round(minutes / sat.length),
    longest:
      longest === null
        ? null
        : {
            day: longest.start.slice(0, 10),
            minutes: longest.minutes,
            from: longest.start.slice(11, 16),
            to: longest.end.slice(11, 16)
          },
    breaksPrompted: figures.breaks.totals.prompted,
    breaksTaken: figures.breaks.totals.taken,
    tookOwnBreaks: figures.breaks.totals.natural
  }
}

export function buildProgressReport(figures: ProgressFigures, options: ReportOptions): ProgressReport {
  const points = figures.pain.points
  const first = points[0]
  const latest = points[points.length - 1]
  const reading = (p: (typeof points)[number] | undefined) => (p ? { day: p.day, back: p.back, leg: p.leg } : null)
  const change = (a: number | undefined, b: number | undefined): ScoreChange | null =>
    a === undefined || b === undefined || points.length < 2 ? null : painChange(a, b)
  const byId = new Map(figures.exercises.byExercise.map((x) => [x.exerciseId, x]))
  const row = (id: string) => {
    const counts = byId.get(id) ?? { fine: 0, sore: 0, sharp: 0 }
    return { name: options.exerciseName(id), fine: counts.fine, sore: counts.sore, sharp: counts.sharp }
  }
  const baseline = figures.pain.baseline
  const symptomPoints = figures.symptomLocation.points
  return {
    generatedOn: options.generatedOn,
    range: figures.range,
    checkIns: points.length,
    pain: {
      baseline: baseline ? { day: baseline.t.slice(0, 10), back: baseline.back, leg: baseline.leg } : null,
      firstInRange: reading(first),
      latest: reading(latest),
      backChange: change(first?.back, latest?.back),
      legChange: change(first?.leg, latest?.leg),
      ...painSeries(figures)
    },
    function: figures.psfs.flatMap((activity) => {
      const firstScore = activity.points[0]?.score
      const latestScore = activity.points[activity.points.length - 1]?.score
      if (firstScore === undefined || latestScore === undefined) return []
      const delta = latestScore - firstScore
      return [
        {
          activity: activity.activity,
          first: firstScore,
          latest: latestScore,
          change: {
            delta,
            meaningful: Math.abs(delta) >= 2,
            direction: delta > 0 ? ('better' as const) : delta < 0 ? ('worse' as const) : ('same' as const)
          }
        }
      ]
    }),
    symptoms: {
      trend: figures.symptomLocation.trend,
      first: symptomPoints[0]?.location ?? null,
      latest: symptomPoints[symptomPoints.length - 1]?.location ?? null
    },
    adherence: {
      routineDays: figures.adherence.routineDays,
      daysInRange: figures.adherence.daysInRange,
      breaksPrompted: figures.adherence.breaksPrompted,
      breaksTaken: figures.adherence.breaksTaken,
      bestStreak: figures.streak.best,
      walkingMinutes: figures.walking.totalMinutes,
      walkingDays: figures.walking.days.filter((d) => d.minutes > 0).length
    },
    sitting: sittingOf(figures),
    skipReasons: figures.breaks.skipReasons.slice(0, 10).map((r) => ({ reason: r.reason, count: r.count })),
    helped: figures.exercises.helped.map(row),
    hurt: figures.exercises.hurt.map(row),
    warningSigns: figures.warningSigns.reports.map((r) => ({ day: r.day, signs: r.signs.map(signLabel) })),
    latestSafetyAnswers: figures.warningSigns.latest
      ? { day: figures.warningSigns.latest.t.slice(0, 10), signs: figures.warningSigns.latest.signs.map(signLabel) }
      : null
  }
}
