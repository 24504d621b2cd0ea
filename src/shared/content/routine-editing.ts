// Custom routines: validation with messages a person can act on, and pure editing steps for the editor.
import { z } from 'zod'
import { findExercise } from './catalogue'
import { doseOverrideSchema } from './exercise-schema'
import { ROUTINE_ITEMS_MAX, type Routine, type RoutineItem } from './routine-schema'
import { BUILT_IN_ROUTINES } from './routines'
import { ROUTINE_ID_MAX, ROUTINE_NAME_MAX, routineIdSchema, routineNameSchema } from '../user-text-limits'

export type EditResult<T> = { ok: true; value: T } | { ok: false; errors: string[] }

export interface RoutineDraft {
  /** made by the caller (e.g. crypto.randomUUID()); must not clash with any other routine */
  id: string
  name: string
  items: RoutineItem[]
}

const draftShape = z.object({
  id: z.string(),
  name: z.string(),
  items: z.array(z.object({ exerciseId: z.string(), dose: z.unknown().optional() }))
})

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function itemProblems(items: readonly { exerciseId: string; dose?: unknown }[]): string[] {
  const problems: string[] = []
  items.forEach((item, index) => {
    const exercise = findExercise(item.exerciseId)
    if (!exercise) {
      problems.push(
        `Exercise ${index + 1} ("${item.exerciseId}") is not one Limber knows. Remove it or choose another.`
      )
      return
    }
    if (item.dose === undefined) return
    const dose = doseOverrideSchema.safeParse(item.dose)
    const timed = exercise.dose.durationSeconds !== undefined
    const mismatched =
      dose.success &&
      ((timed && dose.data.holdSeconds !== undefined) || (!timed && dose.data.durationSeconds !== undefined))
    if (!dose.success || mismatched) {
      problems.push(`The dose for ${exercise.name} (exercise ${index + 1}) is not valid. Reset it to the usual dose.`)
    }
  })
  return problems
}

/**
 * What is wrong with a routine's id, or null when it is usable. The id limits are the ones starting and
 * deleting use (user-text-limits), so a routine that passes here can always be started and deleted.
 */
export function routineIdProblem(id: unknown, takenIds: readonly string[] = []): string | null {
  if (typeof id !== 'string' || id.trim() === '') return 'The routine has no id. Save it again to give it one.'
  if (!routineIdSchema.safeParse(id).success) {
    return `This routine's id is ${id.length} characters long; Limber keeps ids to ${ROUTINE_ID_MAX} so every routine can be started and deleted. Save it as a new routine to give it a new id.`
  }
  if (BUILT_IN_ROUTINES.some((r) => r.id === id)) {
    return 'Built-in routines cannot be changed. Make a routine of your own instead.'
  }
  if (takenIds.includes(id)) return 'Another routine already has this id. Save it again to give it a new one.'
  return null
}

/**
 * Checks a custom routine from the editor or from disk. `takenIds` are the ids of the user's other
 * routines; built-in ids always count as taken. On success returns the routine with its name trimmed.
 */
export function validateCustomRoutine(candidate: unknown, takenIds: readonly string[] = []): EditResult<Routine> {
  const shape = draftShape.safeParse(candidate)
  if (!shape.success) {
    return { ok: false, errors: ['This routine could not be read: it needs an id, a name and a list of exercises.'] }
  }
  const { id, items } = shape.data
  const name = shape.data.name.trim()
  const errors: string[] = []
  const idProblem = routineIdProblem(id, takenIds)
  if (idProblem !== null) errors.push(idProblem)
  if (name === '') errors.push('Give your routine a name.')
  else if (!routineNameSchema.safeParse(name).success) {
    errors.push(`Keep the name to ${ROUTINE_NAME_MAX} characters or fewer (it has ${name.length}).`)
  }
  if (items.length === 0) errors.push('Add at least one exercise.')
  else if (items.length > ROUTINE_ITEMS_MAX) {
    const extra = items.length - ROUTINE_ITEMS_MAX
    errors.push(`A routine holds at most ${ROUTINE_ITEMS_MAX} exercises. Remove ${plural(extra, 'exercise')}.`)
  }
  errors.push(...itemProblems(items))
  if (errors.length > 0) return { ok: false, errors }
  const routine: Routine = {
    id,
    name,
    kind: 'custom',
    items: items.map((i) =>
      i.dose === undefined
        ? { exerciseId: i.exerciseId }
        : { exerciseId: i.exerciseId, dose: doseOverrideSchema.parse(i.dose) }
    )
  }
  return { ok: true, value: routine }
}

/** Re-checks an edited routine, keeping its own id (it is not a clash with itself). */
function revalidate(routine: Routine): EditResult<Routine> {
  return validateCustomRoutine(routine, [])
}

/** Adds a new custom routine to the user's list. */
export function createRoutine(routines: readonly Routine[], draft: RoutineDraft): EditResult<Routine[]> {
  const checked = validateCustomRoutine(
    draft,
    routines.map((r) => r.id)
  )
  return checked.ok ? { ok: true, value: [...routines, checked.value] } : checked
}

export function renameRoutine(routine: Routine, name: string): EditResult<Routine> {
  return revalidate({ ...routine, name })
}

/** Moves the item at `index` one place up or down; at either end it stays where it is. */
export function moveItem(routine: Routine, index: number, direction: 'up' | 'down'): Routine {
  const target = direction === 'up' ? index - 1 : index + 1
  if (index < 0 || index >= routine.items.length || target < 0 || target >= routine.items.length) return routine
  const items = [...routine.items]
  const moved = items[index]
  const displaced = items[target]
  if (moved === undefined || displaced === undefined) return routine
  items[target] = moved
  items[index] = displaced
  return { ...routine, items }
}

/** Appends an exercise (optionally with its own dose) to the end of the routine. */
export function addItem(routine: Routine, exerciseId: string, dose?: RoutineItem['dose']): EditResult<Routine> {
  const item: RoutineItem = dose === undefined ? { exerciseId } : { exerciseId, dose }
  return revalidate({ ...routine, items: [...routine.items, item] })
}

/** Removes the item at `index`. The last item cannot go: delete the routine instead. */
export function removeItem(routine: Routine, index: number): EditResult<Routine> {
  if (index < 0 || index >= routine.items.length) {
    return { ok: false, errors: ['That exercise is not in this routine any more.'] }
  }
  if (routine.items.length === 1) {
    return { ok: false, errors: ['A routine needs at least one exercise. Delete the routine instead.'] }
  }
  return revalidate({ ...routine, items: routine.items.filter((_, i) => i !== index) })
}

/** The user's routines without the one with this id. Built-in routines are never in this list. */
export function deleteRoutine(routines: readonly Routine[], id: string): Routine[] {
  return routines.filter((r) => r.id !== id)
}
