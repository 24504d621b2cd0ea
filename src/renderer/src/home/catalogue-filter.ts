// The Routines screen's filters (place, kind, office-safe) over exercises and routines. Pure.
import { findExercise } from '@shared/content/catalogue'
import type { Exercise, ExerciseKind, Place } from '@shared/content/exercise-schema'
import type { Routine } from '@shared/content/routine-schema'

export interface CatalogueFilter {
  place: Place | 'all'
  kind: ExerciseKind | 'all'
  officeSafeOnly: boolean
}

export const NO_FILTER: CatalogueFilter = { place: 'all', kind: 'all', officeSafeOnly: false }

export const PLACE_LABELS: Record<Place, string> = {
  'desk-seated': 'At the desk, seated',
  'desk-standing': 'At the desk, standing',
  floor: 'On the floor',
  anywhere: 'Anywhere'
}

export const KIND_LABELS: Record<ExerciseKind, string> = {
  stretch: 'Stretch',
  mobility: 'Mobility',
  strength: 'Strength',
  'nerve-glide': 'Nerve glide',
  walk: 'Walk'
}

export function exerciseMatches(exercise: Exercise, filter: CatalogueFilter): boolean {
  return (
    (filter.place === 'all' || exercise.place === filter.place) &&
    (filter.kind === 'all' || exercise.kind === filter.kind) &&
    (!filter.officeSafeOnly || exercise.officeSafe)
  )
}

/** A routine matches when one of its exercises matches; "office-safe" needs every one to be. */
export function routineMatches(routine: Routine, filter: CatalogueFilter): boolean {
  const exercises = routine.items.map((i) => findExercise(i.exerciseId)).filter((e): e is Exercise => e !== undefined)
  if (filter.officeSafeOnly && !exercises.every((e) => e.officeSafe)) return false
  return exercises.some((e) => exerciseMatches(e, { ...filter, officeSafeOnly: false }))
}
