// What the home player says alongside the timer: when a hold has just ended (for the sound cue), the
// breathing cue for the current step, and which common-mistake tip goes with which exercise. Pure.
import type { Exercise } from '../content/exercise-schema'
import { COMMON_MISTAKES, type Tip } from '../content/tips'
import type { Segment } from './exercise-script'
import type { TimerState } from './guided-timer'

/**
 * True when a hold ended between two timer states: the timer moved forward past at least one hold
 * (one tick may cover several steps when the window was hidden or renders were batched).
 */
export function holdJustEnded(script: readonly Segment[], before: TimerState, after: TimerState): boolean {
  if (before.done) return false
  const movedOn = after.index > before.index || after.done
  if (!movedOn) return false
  const lastEnded = after.done ? after.index : after.index - 1
  for (let i = before.index; i <= lastEnded; i++) if (script[i]?.kind === 'hold') return true
  return false
}

export const DEFAULT_BREATHING = 'Breathe slowly and evenly. Never hold your breath.'

/** The breathing cue for a step: the exercise's own on effort, a calm one while relaxing or resting. */
export function breathingCue(exercise: Exercise, segment: Segment | undefined): string {
  if (segment && (segment.kind === 'rest' || segment.kind === 'relax')) return 'Let go and breathe out slowly.'
  return exercise.breathing ?? DEFAULT_BREATHING
}

const TIP_FOR_KIND: Record<Exercise['kind'], Tip['id']> = {
  stretch: 'too-hard',
  'nerve-glide': 'pushing-through',
  strength: 'skipping-core',
  mobility: 'poor-form',
  walk: 'inconsistency'
}

/** The common mistake most worth a reminder during this exercise. */
export function mistakeTipFor(exercise: Exercise): Tip {
  const id = TIP_FOR_KIND[exercise.kind]
  return COMMON_MISTAKES.find((t) => t.id === id) ?? COMMON_MISTAKES[0]!
}
