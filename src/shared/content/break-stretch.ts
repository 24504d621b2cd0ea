// Chooses the one office-safe exercise the break card suggests.
import type { Exercise } from './exercise-schema'
import { isExerciseAllowed, WALK_ID, type GatingContext } from './gating'

/** The break card does not repeat any of the last this-many suggestions when it has a choice. */
export const BREAK_NO_REPEAT = 3

/**
 * Office-safe exercises the card never offers: the card must work at any desk with nothing but a
 * chair. The standing hamstring stretch puts a heel on a step, which not every office has.
 */
export const CARD_UNSUITABLE_IDS: ReadonlySet<string> = new Set(['standing-hamstring'])

/** Every exercise the card may offer in this safety state (the walk included), catalogue order. */
export function cardStretches(catalogue: readonly Exercise[], ctx: GatingContext): Exercise[] {
  if (ctx.safetyStop) return catalogue.filter((e) => e.id === WALK_ID)
  return catalogue.filter(
    (e) => e.officeSafe && e.place !== 'floor' && !CARD_UNSUITABLE_IDS.has(e.id) && isExerciseAllowed(e, ctx)
  )
}

/**
 * One office-safe exercise for the break card, never a floor one nor one that needs equipment.
 * Respects gating, flare mode and a safety stop (then it is always "stand up and walk"). Never picks
 * one of `excludeIds` (the card's "Another stretch" excludes the one on screen) unless nothing else
 * is allowed. Skips the last 3 shown (`lastShownIds`, oldest first); when every allowed exercise was
 * among them, as can happen in flare mode, it picks the one shown longest ago. `random` returns a
 * number in [0, 1), e.g. Math.random.
 */
export function pickBreakStretch(
  catalogue: readonly Exercise[],
  ctx: GatingContext,
  lastShownIds: readonly string[],
  random: () => number,
  excludeIds: readonly string[] = []
): Exercise {
  const walk = catalogue.find((e) => e.id === WALK_ID)
  if (!walk) throw new RangeError(`The catalogue has no "${WALK_ID}", the break card's fallback`)
  if (ctx.safetyStop) return walk

  const everyAllowed = cardStretches(catalogue, ctx)
  const others = everyAllowed.filter((e) => !excludeIds.includes(e.id))
  const allowed = others.length > 0 ? others : everyAllowed
  const recent = lastShownIds.slice(-BREAK_NO_REPEAT)
  const fresh = allowed.filter((e) => !recent.includes(e.id))
  if (fresh.length > 0) {
    const index = Math.min(fresh.length - 1, Math.max(0, Math.floor(random() * fresh.length)))
    return fresh[index] ?? walk
  }
  const longestAgo = [...allowed].sort((a, b) => lastShownIds.lastIndexOf(a.id) - lastShownIds.lastIndexOf(b.id))
  return longestAgo[0] ?? walk
}
