// The peripheralisation rule: a sharp rating on an extension exercise keeps every extension exercise
// away until a later check-in shows the pain moving back toward the spine. Also drops stale check-ins.
import { dayNumber, symptomTrend } from '../progress-stats'
import type { SymptomLocation } from '../progress-events'
import { CATALOGUE } from './catalogue'

/** Check-ins older than this many days say nothing about today: gating and the detectors ignore them. */
export const CHECK_IN_FRESH_DAYS = 14

/** The extension exercises: offered only while the pain is centralizing. */
export const EXTENSION_EXERCISE_IDS: ReadonlySet<string> = new Set(
  CATALOGUE.filter((e) => e.gating === 'centralizing-only').map((e) => e.id)
)

export interface TimedRating {
  exerciseId: string
  rating: 'fine' | 'sore' | 'sharp'
  /** when it was rated, ISO; ratings from before times were kept carry the day ('YYYY-MM-DD') only */
  t: string
}

export interface TimedCheckIn {
  /** ISO timestamp */
  t: string
  furthestPoint: SymptomLocation
}

/** Only the check-ins of the last CHECK_IN_FRESH_DAYS days up to `today` ('YYYY-MM-DD'), oldest first. */
export function freshCheckIns<C extends { t: string }>(checkIns: readonly C[], today: string): C[] {
  const now = dayNumber(today)
  return checkIns
    .filter((c) => {
      const age = now - dayNumber(c.t.slice(0, 10))
      return age >= 0 && age < CHECK_IN_FRESH_DAYS
    })
    .sort((a, b) => Date.parse(a.t) - Date.parse(b.t))
}

/** A day-only stamp counts as the end of that day, so a same-day check-in never seems to come after it. */
function instant(t: string): number {
  return t.length <= 10 ? Date.parse(`${t}T23:59:59.999Z`) : Date.parse(t)
}

/**
 * True when the latest sharp rating of an extension exercise has no check-in after it that shows the
 * pain centralizing (against the check-in before it). Sharp is defined in Limber as pain spreading down
 * the leg, so going on bending backwards would push it further.
 */
export function extensionBlocked(ratings: readonly TimedRating[], checkIns: readonly TimedCheckIn[]): boolean {
  const sharp = ratings.filter((r) => r.rating === 'sharp' && EXTENSION_EXERCISE_IDS.has(r.exerciseId))
  if (sharp.length === 0) return false
  const lastSharp = Math.max(...sharp.map((r) => instant(r.t)))
  const sorted = [...checkIns].sort((a, b) => Date.parse(a.t) - Date.parse(b.t))
  return !sorted.some((c, i) => {
    const before = sorted[i - 1]
    return (
      before !== undefined &&
      Date.parse(c.t) > lastSharp &&
      symptomTrend(before.furthestPoint, c.furthestPoint) === 'centralizing'
    )
  })
}
