// The one stop rule to show while an exercise is done (player, break card), taken from its precautions.
import type { Exercise } from './exercise-schema'

/** Used when an exercise's own precautions hold no "stop if" line. */
export const GENERAL_STOP_RULE = 'Stop if anything feels sharp or pain spreads further down your leg.'

/**
 * The exercise's own "stop" precaution, in the same words as the Exercise page (one source), or the
 * general rule when it has none. Show it before and during the hold.
 */
export function stopRuleFor(exercise: Exercise): string {
  return exercise.precautions.find((p) => /\bstop\b/i.test(p)) ?? GENERAL_STOP_RULE
}

/** The precautions to show beside the stop rule: all the others, in catalogue order. */
export function otherPrecautions(exercise: Exercise): string[] {
  const rule = stopRuleFor(exercise)
  return exercise.precautions.filter((p) => p !== rule)
}
