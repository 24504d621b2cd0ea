// Turns a routine into what the player plays today: allowed items with their doses, skipped ones with reasons.
import { findExercise } from './catalogue'
import { doseSeconds, effectiveDose, setupSeconds } from './dose'
import type { Dose, Exercise, Phase } from './exercise-schema'
import { exerciseAvailability, type BlockReason, type GatingContext } from './gating'
import type { Routine, RoutineItem } from './routine-schema'

export interface PlanContext extends GatingContext {
  /** exercises rated sharp recently (see exercisesToDialBack): played as their gentler variant */
  dialBackIds?: readonly string[]
}

export interface PlannedItem {
  /** position in routine.items */
  index: number
  exercise: Exercise
  dose: Dose
  /** play exercise.gentlerVariant.text and say "dial back" */
  gentler: boolean
  /** estimated seconds, setup included */
  seconds: number
}

export interface SkippedItem {
  index: number
  exerciseId: string
  reason: BlockReason | 'unknown-exercise'
  message: string
}

export interface RoutinePlan {
  routine: Routine
  items: PlannedItem[]
  skipped: SkippedItem[]
  totalSeconds: number
  /** doses are halved: flare mode is on, or this is the flare-up routine */
  flareDoses: boolean
}

/** The flare-up routine is always played at flare doses, so its "about 5 minutes" holds in any mode. */
function usesFlareDoses(routine: Routine, flare: boolean): boolean {
  return flare || routine.kind === 'flare'
}

function itemSeconds(exercise: Exercise, dose: Dose): number {
  return setupSeconds(exercise) + doseSeconds(dose)
}

function plannedDose(item: RoutineItem, exercise: Exercise, phase: Phase, flare: boolean, dialBack: boolean) {
  return effectiveDose(exercise, phase, { flare, dialBack, ...(item.dose ? { override: item.dose } : {}) })
}

/** What to play today, in order; items that are not allowed now are skipped with a reason to show. */
export function resolveRoutine(routine: Routine, ctx: PlanContext): RoutinePlan {
  const flare = usesFlareDoses(routine, ctx.flare)
  const items: PlannedItem[] = []
  const skipped: SkippedItem[] = []
  routine.items.forEach((item, index) => {
    const exercise = findExercise(item.exerciseId)
    if (!exercise) {
      skipped.push({
        index,
        exerciseId: item.exerciseId,
        reason: 'unknown-exercise',
        message: 'This exercise is no longer in Limber, so it is left out.'
      })
      return
    }
    const availability = exerciseAvailability(exercise, ctx)
    if (!availability.allowed) {
      skipped.push({ index, exerciseId: exercise.id, reason: availability.reason, message: availability.message })
      return
    }
    const dialBack = ctx.dialBackIds?.includes(exercise.id) ?? false
    const { dose, gentler } = plannedDose(item, exercise, ctx.phase, flare, dialBack)
    items.push({ index, exercise, dose, gentler, seconds: itemSeconds(exercise, dose) })
  })
  const totalSeconds = items.reduce((sum, i) => sum + i.seconds, 0)
  return { routine, items, skipped, totalSeconds, flareDoses: flare }
}

/**
 * Nominal length of the whole routine, every item included whatever today's gating says: the
 * "about N minutes" on a routine card. Unknown exercises count as nothing.
 */
export function estimateRoutineSeconds(routine: Routine, phase: Phase = 1, flare = false): number {
  const flareDoses = usesFlareDoses(routine, flare)
  return routine.items.reduce((sum, item) => {
    const exercise = findExercise(item.exerciseId)
    if (!exercise) return sum
    return sum + itemSeconds(exercise, plannedDose(item, exercise, phase, flareDoses, false).dose)
  }, 0)
}

/** Whole minutes for display, never below 1. */
export function roundedMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60))
}

/**
 * The routines to offer now: none under a safety stop (only "stand up and walk" remains), only the
 * flare-up routine in flare mode, otherwise every routine whose phase has come.
 */
export function routinesOffered(routines: readonly Routine[], ctx: GatingContext): Routine[] {
  if (ctx.safetyStop) return []
  if (ctx.flare) return routines.filter((r) => r.kind === 'flare')
  return routines.filter((r) => (r.availableFromPhase ?? 1) <= ctx.phase)
}
