// Spots "no improvement after 4 weeks of regular exercise" in the check-ins, to suggest a physiotherapist.
import { dayNumber, painChange } from '../progress-stats'

export interface PainCheckIn {
  /** local date, 'YYYY-MM-DD' */
  date: string
  /** 0-10 */
  backPain: number
  /** 0-10 */
  legPain: number
}

export const NO_IMPROVEMENT_WEEKS = 4
/** "Regular exercise": at least this many exercise days a week, on average. */
export const REGULAR_EXERCISE_DAYS_PER_WEEK = 3
/** Each end of the comparison averages the check-ins of this many days, so one odd day does not decide. */
const AVERAGING_DAYS = 7
/** Below this at the start there is too little pain for "no improvement" to mean anything. */
const MIN_PAIN_TO_JUDGE = 2

export interface NoImprovementSuggestion {
  signId: 'no-improvement'
  message: string
  /** the compared stretch of time, 'YYYY-MM-DD' */
  from: string
  to: string
  exerciseDays: number
  back: { before: number; after: number }
  leg: { before: number; after: number }
}

export const NO_IMPROVEMENT_MESSAGE =
  'You have exercised regularly for 4 weeks and your pain has not clearly changed. That is worth ' +
  'showing to a physiotherapist: they can look for the reason and adjust your exercises.'

function averageUpTo(checkIns: readonly PainCheckIn[], date: string): { back: number; leg: number } {
  const last = dayNumber(date)
  const within = checkIns.filter((c) => {
    const d = dayNumber(c.date)
    return d <= last && d > last - AVERAGING_DAYS
  })
  const mean = (pick: (c: PainCheckIn) => number) => within.reduce((s, c) => s + pick(c), 0) / within.length
  return { back: mean((c) => c.backPain), leg: mean((c) => c.legPain) }
}

/** Improved by at least the smallest change that matters (about 2 points or 30 %: painChange). */
function improved(before: number, after: number): boolean {
  const change = painChange(before, after)
  return change.meaningful && change.direction === 'better'
}

/**
 * A suggestion to see a physiotherapist when at least 4 weeks separate a check-in from the latest one,
 * the user exercised on at least 3 days a week in between, and neither back nor leg pain improved
 * meaningfully (each end averaged over a week). Otherwise null.
 */
export function detectNoImprovement(
  checkIns: readonly PainCheckIn[],
  exerciseDays: readonly string[]
): NoImprovementSuggestion | null {
  const sorted = [...checkIns].sort((a, b) => dayNumber(a.date) - dayNumber(b.date))
  const latest = sorted.at(-1)
  if (!latest) return null
  const cutoff = dayNumber(latest.date) - NO_IMPROVEMENT_WEEKS * 7
  const baseline = sorted.filter((c) => dayNumber(c.date) <= cutoff).at(-1)
  if (!baseline) return null

  const from = dayNumber(baseline.date)
  const to = dayNumber(latest.date)
  const days = new Set(exerciseDays.filter((d) => dayNumber(d) > from && dayNumber(d) <= to)).size
  if (days < (REGULAR_EXERCISE_DAYS_PER_WEEK * (to - from)) / 7) return null

  const before = averageUpTo(sorted, baseline.date)
  const after = averageUpTo(sorted, latest.date)
  if (Math.max(before.back, before.leg) < MIN_PAIN_TO_JUDGE) return null
  if (improved(before.back, after.back) || improved(before.leg, after.leg)) return null
  return {
    signId: 'no-improvement',
    message: NO_IMPROVEMENT_MESSAGE,
    from: baseline.date,
    to: latest.date,
    exerciseDays: days,
    back: { before: before.back, after: after.back },
    leg: { before: before.leg, after: after.leg }
  }
}
