// The whole exercise catalogue, lookups by id, cross-record checks, and the "avoid during flare-ups" list.
import { DESK_EXERCISES } from './catalogue-desk'
import { FLOOR_EXERCISES } from './catalogue-floor'
import type { Exercise } from './exercise-schema'

/**
 * Every exercise Limber offers. Desk versions of floor exercises (pelvic tilts and cat-cow) are records
 * of their own with `variantOf`, so the break card can pick them by `officeSafe` alone and the player has
 * their own cues and drawing.
 */
export const CATALOGUE: readonly Exercise[] = [...FLOOR_EXERCISES, ...DESK_EXERCISES]

export type ExerciseId = string

const byId = new Map(CATALOGUE.map((e) => [e.id, e]))

/** The exercise with this id, or undefined when the catalogue has none. */
export function findExercise(id: ExerciseId): Exercise | undefined {
  return byId.get(id)
}

/** The exercise with this id; throws for an unknown id (use for ids from built-in data). */
export function getExercise(id: ExerciseId): Exercise {
  const found = byId.get(id)
  if (!found) throw new RangeError(`No exercise with id "${id}" in the catalogue`)
  return found
}

/** The desk version of a floor exercise (pelvic-tilt -> pelvic-tilt-seated), if it has one. */
export function deskVariantOf(id: ExerciseId, catalogue: readonly Exercise[] = CATALOGUE): Exercise | undefined {
  return catalogue.find((e) => e.variantOf === id)
}

export interface AvoidItem {
  id: string
  name: string
  why: string
}

/** Movements shown as "avoid during flare-ups" in flare mode. Deliberately not in the catalogue. */
export const AVOID_DURING_FLARE: readonly AvoidItem[] = [
  { id: 'toe-touches', name: 'Toe-touches', why: 'Bending down to your toes can stir up a flare.' },
  { id: 'deep-squats', name: 'Deep squats', why: 'Sinking low into a squat can stir up a flare.' },
  { id: 'leg-presses', name: 'Leg presses', why: 'Pressing heavy weight with your legs can stir up a flare.' }
]
