// The home profile: what the user chose (start date, safety answers, flare, holds, own routines), as a
// versioned document. Only choices live here; anything derived from the progress log is computed.
import { z } from 'zod'
import { phaseSchema } from '../content/exercise-schema'
import { routineSchema } from '../content/routine-schema'
import { warningSignSchema } from '../progress-events'

export const PROFILE_VERSION = 1

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date such as 2026-03-02')

/** A stop was lifted: the user confirmed a professional cleared these signs. Kept as a record. */
export const resumeConfirmationSchema = z.object({
  at: z.string().max(40),
  signs: z.array(warningSignSchema)
})

export const safetyProfileSchema = z.object({
  /** when the warning-sign questions were last answered; null until the first run is done */
  answeredAt: z.string().max(40).nullable(),
  /** the signs answered "yes" */
  signs: z.array(warningSignSchema),
  /** stop signs a professional has cleared (see resumeExerciseAdvice) */
  clearedSignIds: z.array(warningSignSchema),
  resumeConfirmations: z.array(resumeConfirmationSchema).max(50)
})

export const programmeProfileSchema = z.object({
  /** the day the programme started (local date); null before the first run */
  startDate: localDay.nullable(),
  /** the user chose to stay in this phase */
  heldPhase: phaseSchema.nullable(),
  /** how many phases the user stepped back behind the calendar */
  stepBack: z.number().int().min(0).max(3),
  /** the phase shown last time: while recent feedback is sharp the phase never rises above it */
  lastPhase: phaseSchema.nullable()
})

export const homeProfileSchema = z.object({
  safety: safetyProfileSchema,
  programme: programmeProfileSchema,
  flare: z.boolean(),
  customRoutines: z.array(routineSchema).max(50),
  /** the break card's last three suggestions, oldest first, so a restart does not repeat them */
  recentBreakStretches: z.array(z.string().max(100)).max(3)
})

export type SafetyProfile = z.infer<typeof safetyProfileSchema>
export type ProgrammeProfile = z.infer<typeof programmeProfileSchema>
export type HomeProfile = z.infer<typeof homeProfileSchema>

export const DEFAULT_PROFILE: HomeProfile = {
  safety: { answeredAt: null, signs: [], clearedSignIds: [], resumeConfirmations: [] },
  programme: { startDate: null, heldPhase: null, stepBack: 0, lastPhase: null },
  flare: false,
  customRoutines: [],
  recentBreakStretches: []
}
