// What home mode sends across IPC: the state the screens show, a player session, and the requests.
// The state is derived in main from the profile and the progress log; the renderer only displays it.
import { z } from 'zod'
import { routineIdSchema } from '../user-text-limits'
import type { Dose } from '../content/exercise-schema'
import type { GatingContext, LatestSymptomTrend } from '../content/gating'
import type { NoImprovementSuggestion } from '../content/improvement-detector'
import type { Marker, PhaseMarkerId, ProgrammeStatus } from '../content/programme'
import type { WorseningSignal } from '../content/worsening-detector'
import type { Routine } from '../content/routine-schema'
import type { SafetyVerdict } from '../content/warning-signs'
import { exerciseFeedbackSchema, WARNING_SIGNS, warningSignSchema, type WarningSign } from '../progress-events'
import type { Phase } from '../content/exercise-schema'
import type { DaySummary } from './day-summary'

export interface HomeState {
  /** local date main used, 'YYYY-MM-DD' */
  today: string
  /** the first-run warning-sign questions have been answered */
  firstRunDone: boolean
  safety: {
    signs: WarningSign[]
    clearedSignIds: WarningSign[]
    verdict: SafetyVerdict
    /** a week or more since the questions were last answered: the check-in asks them again */
    weeklyReviewDue: boolean
  }
  flare: boolean
  /** what the break card and the player are allowed to offer now */
  gating: GatingContext
  trend: LatestSymptomTrend
  /** null before the first run sets the start date */
  programme: ProgrammeStatus | null
  choices: { startDate: string | null; heldPhase: Phase | null; stepBack: number }
  /** exercises rated sharp recently: played as their gentler variant */
  dialBackIds: string[]
  recentSharp: boolean
  noImprovement: NoImprovementSuggestion | null
  customRoutines: Routine[]
  /** recent check-ins (last 14 days) show a meaningful worsening: offer flare mode, suggest a professional */
  worsening: WorseningSignal | null
  /** set when two sharp ratings today ended exercise for the day: what to say instead of starting */
  stoppedForToday: string | null
  /** this phase's marker question, when the weekly check-in should ask it now */
  markerQuestion: (Marker & { id: PhaseMarkerId }) | null
  /** what the user has done today: routines, breaks, walking, check-in */
  day: DaySummary
}

export interface SessionItem {
  exerciseId: string
  dose: Dose
  gentler: boolean
}

export interface PlayerSession {
  sessionId: string
  routineId: string
  routineName: string
  /** said before the first exercise ("Ice first...") */
  note: string | null
  flareDoses: boolean
  items: SessionItem[]
  skipped: { exerciseId: string; message: string }[]
}

export type StartSessionResult =
  | { ok: true; session: PlayerSession }
  | {
      ok: false
      reason: 'first-run' | 'safety-stop' | 'stopped-today' | 'unknown-routine' | 'not-offered' | 'nothing-to-play'
      message: string
    }

export interface FeedbackResult {
  message: string | null
  dialBack: boolean
  endSession: boolean
  linkToSafety: boolean
}

export type RoutineSaveResult = { ok: true; routines: Routine[] } | { ok: false; errors: string[] }

export const PROGRAMME_ACTIONS = ['hold', 'release-hold', 'step-back', 'step-forward'] as const
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number]

// ----- Request schemas (main validates every one) -----
const id = z.string().min(1).max(100)

export const answerSafetyRequestSchema = z.object({
  signs: z.array(warningSignSchema).max(WARNING_SIGNS.length),
  context: z.enum(['first-run', 'weekly-check-in', 'on-demand'])
})
export const resumeRequestSchema = z.object({ professionalCleared: z.boolean(), userConfirmed: z.boolean() })
export const setFlareRequestSchema = z.object({ on: z.boolean() })
export const programmeActionRequestSchema = z.object({ action: z.enum(PROGRAMME_ACTIONS) })
export const startSessionRequestSchema = z.object({ routineId: routineIdSchema })
/** One exercise played on its own (the Play button on its page): a session of one item. */
export const startExerciseRequestSchema = z.object({ exerciseId: id })
export const exerciseDoneRequestSchema = z.object({
  sessionId: id,
  itemIndex: z.number().int().min(0).max(50),
  rating: exerciseFeedbackSchema
})
export const finishSessionRequestSchema = z.object({ sessionId: id })
export const deleteRoutineRequestSchema = z.object({ id: routineIdSchema })

// ----- Response schemas: built in main from the pure content types, so typed rather than re-checked -----
export const homeStateSchema = z.custom<HomeState>()
export const startSessionResultSchema = z.custom<StartSessionResult>()
export const feedbackResultSchema = z.custom<FeedbackResult>()
export const routineSaveResultSchema = z.custom<RoutineSaveResult>()
export const resumeResultSchema = z.custom<{ resumed: boolean; message: string; state: HomeState }>()
