// Picks the stretch the break card suggests, from the catalogue and the user's current safety state,
// with the dose to play: the same rules as home (phase, flare, dial-back), then cut to a desk micro-break.
import type { BreakSuggestionView } from '@shared/contract'
import { CATALOGUE } from '@shared/content/catalogue'
import { cardStretches, pickBreakStretch } from '@shared/content/break-stretch'
import { doseSeconds, effectiveDose } from '@shared/content/dose'
import type { Dose } from '@shared/content/exercise-schema'
import type { GatingContext } from '@shared/content/gating'

export type BreakSuggestion = BreakSuggestionView

/** A desk micro-break's stretch lasts at most this long in every phase (issue 13: 60 to 120 s). */
export const DESK_DOSE_MAX_SECONDS = 120
/** A hold is never cut below this to fit the cap: shorter than that is not a stretch any more. */
const DESK_MIN_HOLD_SECONDS = 10

export interface SuggestOptions {
  /** exercises rated sharp recently at home or on the card: they play their gentler variant */
  dialBackIds?: readonly string[]
  /** never these (the card's "Another stretch" passes the one on screen) */
  excludeIds?: readonly string[]
  /** an emergency warning sign is answered: the card offers no exercise at all, only urgent care */
  urgentCare?: boolean
  random?: () => number
}

/**
 * The dose cut to fit a desk micro-break: one set, then shorter holds (to no less than 10 s) or a
 * shorter walk, then fewer repetitions. A dose already within the cap is left as it is.
 * TODO(clinical): switch to `deskDose` from src/shared/content/dose.ts once it lands.
 */
export function capForDesk(dose: Dose, maxSeconds: number = DESK_DOSE_MAX_SECONDS): Dose {
  if (doseSeconds(dose) <= maxSeconds) return dose
  let capped: Dose = { ...dose, sets: 1 }
  if (doseSeconds(capped) > maxSeconds && capped.durationSeconds !== undefined) {
    capped = { ...capped, durationSeconds: maxSeconds }
  }
  const perSide = () => Math.floor(maxSeconds / (capped.sides * capped.reps))
  if (
    doseSeconds(capped) > maxSeconds &&
    capped.holdSeconds !== undefined &&
    capped.holdSeconds >= DESK_MIN_HOLD_SECONDS
  ) {
    const hold = Math.floor((perSide() - capped.repSeconds) / 5) * 5
    capped = { ...capped, holdSeconds: Math.max(DESK_MIN_HOLD_SECONDS, hold) }
  }
  if (doseSeconds(capped) > maxSeconds) {
    const perRep = capped.durationSeconds ?? (capped.holdSeconds ?? 0) + capped.repSeconds
    capped = { ...capped, reps: Math.max(1, Math.floor(maxSeconds / (capped.sides * Math.max(1, perRep)))) }
  }
  return capped
}

/** `recentlyShown` is oldest first; the pick never repeats one of the last three when it can help it. */
export function suggestBreakStretch(
  recentlyShown: readonly string[],
  gating: GatingContext,
  options: SuggestOptions = {}
): BreakSuggestion {
  const context = options.urgentCare ? { ...gating, safetyStop: true } : gating
  const random = options.random ?? Math.random
  const exercise = pickBreakStretch(CATALOGUE, context, recentlyShown, random, options.excludeIds)
  const { dose, gentler } = effectiveDose(exercise, context.phase, {
    flare: context.flare,
    dialBack: options.dialBackIds?.includes(exercise.id) === true
  })
  const choices = cardStretches(CATALOGUE, context)
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    dose: capForDesk(dose),
    gentler,
    canSwap: !options.urgentCare && choices.some((e) => e.id !== exercise.id),
    ...(options.urgentCare ? { urgentCare: true } : {})
  }
}
