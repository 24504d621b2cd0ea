// What a routine is: an ordered list of catalogue exercises, each with an optional pinned dose.
import { z } from 'zod'
import { routineIdSchema, routineNameSchema } from '../user-text-limits'
import { doseOverrideSchema, phaseSchema } from './exercise-schema'

export { ROUTINE_NAME_MAX } from '../user-text-limits'
export const ROUTINE_ITEMS_MAX = 20

export const routineKindSchema = z.enum(['desk-break', 'morning', 'core', 'evening', 'flare', 'custom'])

export const routineItemSchema = z.object({
  exerciseId: z.string().min(1),
  /** pins part of the dose for this routine (see effectiveDose): no phase growth on top */
  dose: doseOverrideSchema.optional()
})

export const routineSchema = z.object({
  id: routineIdSchema,
  name: routineNameSchema,
  kind: routineKindSchema,
  /** one line for the routine's card */
  summary: z.string().max(160).optional(),
  /** said before the first exercise ("Ice first...") */
  note: z.string().max(200).optional(),
  /** not suggested before this phase (the core routine waits for phase 3) */
  availableFromPhase: phaseSchema.optional(),
  items: z.array(routineItemSchema).min(1).max(ROUTINE_ITEMS_MAX)
})

export type RoutineKind = z.infer<typeof routineKindSchema>
export type RoutineItem = z.infer<typeof routineItemSchema>
export type Routine = z.infer<typeof routineSchema>
