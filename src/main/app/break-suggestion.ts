// Picks the stretch the break card suggests, from the catalogue and the user's current safety state,
// with the dose to play (flare mode halves it).
import type { BreakSuggestionView } from '@shared/contract'
import { CATALOGUE } from '@shared/content/catalogue'
import { pickBreakStretch } from '@shared/content/break-stretch'
import { effectiveDose } from '@shared/content/dose'
import type { GatingContext } from '@shared/content/gating'

export type BreakSuggestion = BreakSuggestionView

/** `recentlyShown` is oldest first; the pick never repeats one of the last three when it can help it. */
export function suggestBreakStretch(
  recentlyShown: readonly string[],
  gating: GatingContext,
  random: () => number = Math.random
): BreakSuggestion {
  const exercise = pickBreakStretch(CATALOGUE, gating, recentlyShown, random)
  const { dose, gentler } = effectiveDose(exercise, gating.phase, { flare: gating.flare })
  return { exerciseId: exercise.id, name: exercise.name, dose, gentler }
}
