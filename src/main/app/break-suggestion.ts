// Picks the stretch the break card suggests, from the catalogue and the user's current safety state,
// with the dose to play: the same rules as home (phase, flare, dial-back), then cut to a desk micro-break.
import type { BreakSuggestionView } from '@shared/contract'
import { CATALOGUE } from '@shared/content/catalogue'
import { cardStretches, pickBreakStretch } from '@shared/content/break-stretch'
import { deskDose } from '@shared/content/dose'
import type { GatingContext } from '@shared/content/gating'

export type BreakSuggestion = BreakSuggestionView

export interface SuggestOptions {
  /** exercises rated sharp recently at home or on the card: they play their gentler variant */
  dialBackIds?: readonly string[]
  /** never these (the card's "Another stretch" passes the one on screen) */
  excludeIds?: readonly string[]
  /** an emergency warning sign is answered: the card offers no exercise at all, only urgent care */
  urgentCare?: boolean
  random?: () => number
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
  const { dose, gentler } = deskDose(exercise, context.phase, {
    flare: context.flare,
    dialBack: options.dialBackIds?.includes(exercise.id) === true
  })
  const choices = cardStretches(CATALOGUE, context)
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    dose,
    gentler,
    canSwap: !options.urgentCare && choices.some((e) => e.id !== exercise.id),
    ...(options.urgentCare ? { urgentCare: true } : {})
  }
}
