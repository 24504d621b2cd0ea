// A routine of one exercise: what the Play button on an exercise's page plays, so one exercise passes
// the same rules (safety, phase, flare, dial-back) as any routine. Pure.
import type { Exercise } from '../content/exercise-schema'
import { FLARE_EXERCISE_IDS } from '../content/gating'
import type { Routine } from '../content/routine-schema'

export function singleExerciseRoutine(exercise: Exercise, flare: boolean): Routine {
  return {
    id: exercise.id,
    name: exercise.name,
    // In flare-up mode only the flare-up routine plays: an exercise from it plays on its own too.
    kind: flare && FLARE_EXERCISE_IDS.has(exercise.id) ? 'flare' : 'custom',
    items: [{ exerciseId: exercise.id }]
  }
}
