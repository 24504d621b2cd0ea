// Request and response schemas of the progress-log channels (check-in, walk, figures, sharing, data
// folder). Requests are validated in main; responses are produced by main and only typed here.
import { z } from 'zod'
import {
  checkInEventSchema,
  correctableTypeSchema,
  correctionChangeSchema,
  exerciseFeedbackSchema,
  symptomLocationSchema
} from './progress-events'
import type { ProgressFigures } from './progress-stats'

/** "2026-03-02": a calendar day as the date inputs give it. */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected a day such as 2026-03-02')

/** What the Check-in screen sends: the check-in event without its envelope. */
export const checkInAnswersSchema = checkInEventSchema.omit({ v: true, id: true, t: true, type: true })
export type CheckInAnswers = z.infer<typeof checkInAnswersSchema>

/** What the Check-in screen needs to start quickly: the last activity names and today's walks. */
export const checkInFormSchema = z.object({
  today: calendarDaySchema,
  checkedInToday: z.boolean(),
  /** PSFS activity names from the last check-in, in its order. */
  lastActivities: z.array(z.string()),
  /** The furthest point at the last check-in, to show "last time: thigh". */
  lastFurthestPoint: symptomLocationSchema.nullable(),
  /** Minutes of walks logged today, to prefill "walking today". */
  walkedTodayMinutes: z.number().min(0)
})
export type CheckInForm = z.infer<typeof checkInFormSchema>

export const savedEntrySchema = z.object({ id: z.string(), t: z.string() })

export const logWalkRequestSchema = z.object({
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
})

export const progressRangeSchema = z.enum(['week', 'month', 'all'])
export type ProgressRange = z.infer<typeof progressRangeSchema>

// ProgressFigures is computed by main (src/shared/progress-stats.ts) and never parsed from the
// renderer, so its response schema only carries the type.
export const progressFiguresResultSchema = z.object({
  figures: z.custom<ProgressFigures>(),
  /** Plain-words notes about log files that could not be read fully (also shown as notices). */
  problems: z.array(z.string())
})
export type ProgressFiguresResult = z.infer<typeof progressFiguresResultSchema>

export const dayRangeSchema = z.object({ from: calendarDaySchema, to: calendarDaySchema })
export type DayRange = z.infer<typeof dayRangeSchema>

export const exportRequestSchema = dayRangeSchema.extend({ format: z.enum(['csv', 'json']) })

/** A file or folder the user was asked for: cancelled dialogs are not errors. */
export const savedFileResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), entries: z.number().int().min(0) })
])
export type SavedFileResult = z.infer<typeof savedFileResultSchema>

export const dataFolderSchema = z.object({
  path: z.string(),
  isDefault: z.boolean()
})
export type DataFolder = z.infer<typeof dataFolderSchema>

export const moveDataFolderRequestSchema = z.object({ to: z.enum(['choose', 'default']) })
export const moveDataFolderResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('moved'), folder: dataFolderSchema, files: z.number().int(), message: z.string() }),
  z.object({ outcome: z.literal('failed'), message: z.string() })
])
export type MoveDataFolderResult = z.infer<typeof moveDataFolderResultSchema>

export const importRequestSchema = z.object({ from: z.enum(['folder', 'file']) })
export const importResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({
    outcome: z.literal('imported'),
    message: z.string(),
    added: z.number().int(),
    problems: z.array(z.string())
  }),
  z.object({ outcome: z.literal('failed'), message: z.string() })
])
export type ImportResult = z.infer<typeof importResultSchema>

export const backupResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('saved'), path: z.string(), message: z.string() }),
  z.object({ outcome: z.literal('failed'), message: z.string() })
])
export type BackupResult = z.infer<typeof backupResultSchema>

/** Pushed when the log changed under the Progress screen (a check-in, an import, a move). */
export const progressChangedSchema = z.object({
  reason: z.enum(['check-in', 'walk', 'import', 'moved', 'correction'])
})

/** An entry a person can still correct or withdraw, as it stands now (corrections applied). */
export const recentEntrySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('check-in'),
    id: z.string(),
    t: z.string(),
    answers: checkInEventSchema.omit({ v: true, id: true, t: true, type: true }),
    corrected: z.boolean()
  }),
  z.object({ type: z.literal('walk'), id: z.string(), t: z.string(), minutes: z.number(), corrected: z.boolean() }),
  z.object({
    type: z.literal('exercise-completed'),
    id: z.string(),
    t: z.string(),
    exerciseId: z.string(),
    exerciseName: z.string(),
    feedback: exerciseFeedbackSchema,
    corrected: z.boolean()
  })
])
export type RecentEntry = z.infer<typeof recentEntrySchema>

/** Correct or withdraw one entry: the log keeps the original and appends the correction. */
export const correctEntryRequestSchema = z.object({
  id: z.string().min(1).max(100),
  type: correctableTypeSchema,
  change: correctionChangeSchema
})
export type CorrectEntryRequest = z.infer<typeof correctEntryRequestSchema>
