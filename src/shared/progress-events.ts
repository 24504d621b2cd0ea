// The progress log's event records: one zod schema per event type, the types derived from them, and
// the timestamp format every event carries (ISO 8601 with the local UTC offset). Every record has
// bounded sizes, so a hostile line cannot make the log large or slow. Pure: no clock, no disk.
import { z } from 'zod'

/** The schema version written by this build. Older versions are upgraded on read; newer ones are set aside. */
export const PROGRESS_SCHEMA_VERSION = 2

// ---------------------------------------------------------------------------------------------
// Timestamps: "2026-03-02T09:25:00+01:00". The local date part is the user's calendar day.
// ---------------------------------------------------------------------------------------------

export interface ParsedTimestamp {
  /** Milliseconds since the epoch (the instant). */
  readonly ms: number
  /** The calendar day where the event happened, in its own offset: "2026-03-02". */
  readonly localDay: string
  /** Offset from UTC in minutes (+60 for +01:00). */
  readonly offsetMinutes: number
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Two decimal digits at i as a number, or -1. (`>>> 0` turns a negative into a huge number.) */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48
  const b = s.charCodeAt(i + 1) - 48
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/**
 * The instant (ms since the epoch) of "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)", or NaN when the text is
 * not one or names an impossible date (2026-02-30). Hand-written rather than a regex plus Date.parse,
 * and allocation-free, because it runs for every timestamp of every event on every load.
 */
export function timestampMs(s: string): number {
  const n = s.length
  if (n < 17 || n > 35) return NaN
  const century = twoDigits(s, 0)
  const yearInCentury = twoDigits(s, 2)
  const year = century < 0 || yearInCentury < 0 ? -1 : century * 100 + yearInCentury
  const month = twoDigits(s, 5)
  const day = twoDigits(s, 8)
  const hour = twoDigits(s, 11)
  const minute = twoDigits(s, 14)
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return NaN
  if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return NaN
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
  if (day > monthDays) return NaN
  let i = 16
  let second = 0
  let millis = 0
  if (s.charCodeAt(i) === 58) {
    second = twoDigits(s, i + 1)
    if (second < 0 || second > 59) return NaN
    i += 3
    if (s.charCodeAt(i) === 46) {
      let j = i + 1
      let scale = 100
      while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) {
        millis += (s.charCodeAt(j) - 48) * scale
        scale /= 10
        j++
      }
      if (j === i + 1 || j - i - 1 > 9) return NaN
      millis = Math.floor(millis)
      i = j
    }
  }
  const sign = s.charCodeAt(i)
  let offsetMinutes: number
  if (sign === 90 && i === n - 1) {
    offsetMinutes = 0
  } else if ((sign === 43 || sign === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = twoDigits(s, i + 1)
    const om = twoDigits(s, i + 4)
    if (oh < 0 || oh > 14 || om < 0 || om > 59) return NaN
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om)
  } else {
    return NaN
  }
  const minutesSinceEpoch = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes
  return minutesSinceEpoch * 60_000 + second * 1000 + millis
}

/** Parses a timestamp with offset (see timestampMs), or null when it is not one. */
export function parseTimestamp(s: string): ParsedTimestamp | null {
  const ms = timestampMs(s)
  if (Number.isNaN(ms)) return null
  const tail = s.charCodeAt(s.length - 1) === 90 ? 0 : offsetOf(s)
  return { ms, localDay: s.slice(0, 10), offsetMinutes: tail }
}

function offsetOf(s: string): number {
  const at = s.length - 6
  const minutes = twoDigits(s, at + 1) * 60 + twoDigits(s, at + 4)
  return s.charCodeAt(at) === 45 ? -minutes : minutes
}

export function isTimestampWithOffset(s: string): boolean {
  return !Number.isNaN(timestampMs(s))
}

// ---------------------------------------------------------------------------------------------
// Time bounds. The schema cannot know today's date (no clock here), so readers and the writer pass
// the bounds in: an event before 2000 or after tomorrow is a wrong clock or a forged line, and one
// dated 9999 would stretch every all-time figure over eight thousand years.
// ---------------------------------------------------------------------------------------------

/** Nothing in the log may be dated before this (Limber did not exist; a clock reset to 1970 is wrong). */
export const EARLIEST_EVENT_MS = Date.UTC(2000, 0, 1)
/** "Not after tomorrow": the end of tomorrow, in any time zone, is at most two days after now. */
export const LATEST_EVENT_AHEAD_MS = 2 * 86_400_000

export interface TimeBounds {
  readonly earliestMs: number
  readonly latestMs: number
}

export function timeBoundsAt(nowMs: number): TimeBounds {
  return { earliestMs: EARLIEST_EVENT_MS, latestMs: nowMs + LATEST_EVENT_AHEAD_MS }
}

/**
 * Why an event's times are out of bounds ("dated 9999-01-01, after tomorrow"), or null when every
 * time it carries (t, and start/end/at/from where present) lies within them.
 */
export function timeOutOfBounds(
  event: Readonly<Record<string, unknown>>,
  bounds: TimeBounds,
  /** The instant of event.t when the caller has it already (the hot read path). */
  tMs?: number
): string | null {
  // Read by name, not in a loop over names: this runs for every event of every load.
  const t = event['t']
  return (
    timeFieldOutOfBounds(t, bounds, tMs) ??
    timeFieldOutOfBounds(event['start'], bounds, undefined, t, tMs) ??
    timeFieldOutOfBounds(event['end'], bounds, undefined, t, tMs) ??
    timeFieldOutOfBounds(event['at'], bounds, undefined, t, tMs) ??
    timeFieldOutOfBounds(event['from'], bounds, undefined, t, tMs)
  )
}

function timeFieldOutOfBounds(
  value: unknown,
  bounds: TimeBounds,
  knownMs: number | undefined,
  t?: unknown,
  tMs?: number
): string | null {
  if (typeof value !== 'string') return null
  // Most events repeat t in a field (a bout's end, a prompt's at): no need to parse it twice.
  if (t !== undefined && value === t && tMs !== undefined) return null
  const ms = knownMs ?? timestampMs(value)
  if (Number.isNaN(ms)) return null
  if (ms < bounds.earliestMs) return `dated ${value.slice(0, 10)}, before the year 2000`
  if (ms > bounds.latestMs) return `dated ${value.slice(0, 10)}, after tomorrow; a computer's clock may be wrong`
  return null
}

// ---------------------------------------------------------------------------------------------
// Bounded values.
// ---------------------------------------------------------------------------------------------

/** Limits of a settings-changed value: far above any real setting, far below a hostile one. */
export const SETTING_VALUE_LIMITS = { depth: 8, stringLength: 2000, items: 200, nodes: 2000 } as const
/** At most this many settings in one settings-changed event. */
export const MAX_SETTING_CHANGES = 50

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/**
 * A JSON value within SETTING_VALUE_LIMITS, checked with an explicit stack rather than recursion, so
 * no input (however deep) can overflow the call stack.
 */
export function isBoundedJson(value: unknown): value is JsonValue {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }]
  let nodes = 0
  while (stack.length > 0) {
    const top = stack.pop()
    if (top === undefined) break
    const { value: v, depth } = top
    if (++nodes > SETTING_VALUE_LIMITS.nodes) return false
    if (v === null || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false
      continue
    }
    if (typeof v === 'string') {
      if (v.length > SETTING_VALUE_LIMITS.stringLength) return false
      continue
    }
    if (typeof v !== 'object' || depth > SETTING_VALUE_LIMITS.depth) return false
    const items: unknown[] = Array.isArray(v) ? v : Object.values(v)
    if (items.length > SETTING_VALUE_LIMITS.items) return false
    if (!Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return false
      if (Object.keys(v).some((key) => key.length > SETTING_VALUE_LIMITS.stringLength)) return false
    }
    for (let i = 0; i < items.length; i++) stack.push({ value: items[i], depth: depth + 1 })
  }
  return true
}

const boundedJson = z.custom<JsonValue>(
  isBoundedJson,
  `Expected a setting value no deeper than ${SETTING_VALUE_LIMITS.depth} levels and no longer than ${SETTING_VALUE_LIMITS.stringLength} characters`
)

const timestamp = z
  .string()
  .max(35)
  .refine(isTimestampWithOffset, 'Expected a date and time with a UTC offset, such as 2026-03-02T09:25:00+01:00')
// New ids are crypto.randomUUID(); any short id is read back, so ids from other tools still merge.
const eventId = z.string().min(1).max(100)
const minutes = z
  .number()
  .min(0)
  .max(24 * 60)
const painScore = z.number().int().min(0).max(10)
const catalogueId = z.string().min(1).max(100)

// ---------------------------------------------------------------------------------------------
// Vocabulary shared by several events.
// ---------------------------------------------------------------------------------------------

export const breakAnswerSchema = z.enum(['taken', 'snoozed', 'skipped', 'meeting'])
export const exerciseFeedbackSchema = z.enum(['fine', 'sore', 'sharp'])
/** Where the symptoms reach, from the spine outwards; 'none' means no symptoms. */
export const SYMPTOM_LOCATIONS = ['none', 'back', 'buttock', 'thigh', 'knee', 'calf', 'foot'] as const
export const symptomLocationSchema = z.enum(SYMPTOM_LOCATIONS)
/** The warning signs of CONTENT.md "Safety rules", as stable ids. */
export const WARNING_SIGNS = [
  'bladder-bowel-control',
  'saddle-numbness',
  'foot-drop',
  'worsening-pain',
  'both-legs',
  'no-improvement',
  // Added for issue 13 (general red flags); appended, so older logs still read.
  'both-legs-nerve',
  'fever',
  'fall-injury',
  'night-pain',
  'weight-loss',
  'cancer-history'
] as const
export const warningSignSchema = z.enum(WARNING_SIGNS)

export const exerciseDoseSchema = z.object({
  sets: z.number().int().min(0).max(50).optional(),
  reps: z.number().int().min(0).max(500).optional(),
  holdSeconds: z.number().min(0).max(3600).optional(),
  seconds: z
    .number()
    .min(0)
    .max(24 * 3600)
    .optional()
})

export const psfsItemSchema = z.object({
  activity: z.string().trim().min(1).max(120),
  score: painScore
})

// ---------------------------------------------------------------------------------------------
// The events. Every one has v (schema version), id (UUID), t (when it was recorded) and type.
// ---------------------------------------------------------------------------------------------

const envelope = { v: z.literal(PROGRESS_SCHEMA_VERSION), id: eventId, t: timestamp }

export const sittingBoutEventSchema = z.object({
  ...envelope,
  type: z.literal('sitting-bout'),
  start: timestamp,
  end: timestamp,
  minutes
})

/** The app asked the user to stand up. */
export const breakPromptEventSchema = z.object({
  ...envelope,
  type: z.literal('break-prompt'),
  at: timestamp,
  sittingMinutes: minutes
})

/** What the user did with a prompt; reason is optional free text for a skip. */
export const breakAnswerEventSchema = z.object({
  ...envelope,
  type: z.literal('break-answer'),
  promptId: eventId.optional(),
  answer: breakAnswerSchema,
  reason: z.string().max(500).optional()
})

export const naturalBreakEventSchema = z.object({
  ...envelope,
  type: z.literal('natural-break'),
  from: timestamp,
  minutes
})

/**
 * How a started break ended: the stretch was finished, the user was away for the break length, or it
 * was abandoned (the user kept working: no break). Events written before this field have none and
 * cannot be told apart; they count as taken, as they always did.
 */
export const breakEndSchema = z.enum(['finished', 'away', 'abandoned'])

export const breakCompletedEventSchema = z.object({
  ...envelope,
  type: z.literal('break-completed'),
  exerciseId: catalogueId.optional(),
  promptId: eventId.optional(),
  how: breakEndSchema.optional()
})

export const routineStartedEventSchema = z.object({
  ...envelope,
  type: z.literal('routine-started'),
  routineId: catalogueId
})

export const routineCompletedEventSchema = z.object({
  ...envelope,
  type: z.literal('routine-completed'),
  routineId: catalogueId
})

export const exerciseCompletedEventSchema = z.object({
  ...envelope,
  type: z.literal('exercise-completed'),
  exerciseId: catalogueId,
  routineId: catalogueId.optional(),
  dose: exerciseDoseSchema,
  feedback: exerciseFeedbackSchema.optional()
})

export const walkEventSchema = z.object({
  ...envelope,
  type: z.literal('walk'),
  minutes
})

export const checkInEventSchema = z.object({
  ...envelope,
  type: z.literal('check-in'),
  backPain: painScore,
  legPain: painScore,
  furthestPoint: symptomLocationSchema,
  numbness: z.object({ present: z.boolean(), where: z.string().max(200).optional() }),
  morningStiffnessMinutes: minutes,
  walkingMinutes: minutes,
  psfs: z.array(psfsItemSchema).max(3),
  /** the weekly phase-marker questions (issue 13), when they were asked; absent in older check-ins */
  phaseMarkers: z
    .array(z.object({ id: z.enum(['walk-15', 'pain-spikes', 'hobbies']), met: z.boolean() }))
    .max(3)
    .optional(),
  /** asked when numbness is reported: is it in the saddle area (issue 13); absent when not asked */
  saddleNumbness: z.boolean().optional()
})

/** The user's answers to the warning-sign questions; signs lists those answered "yes" (empty: none). */
export const safetyAnswersEventSchema = z.object({
  ...envelope,
  type: z.literal('safety-answers'),
  signs: z.array(warningSignSchema).max(WARNING_SIGNS.length),
  context: z.enum(['first-run', 'weekly-check-in', 'on-demand']).optional()
})

export const settingsChangedEventSchema = z.object({
  ...envelope,
  type: z.literal('settings-changed'),
  changes: z
    .record(z.string().max(100), boundedJson)
    .refine((changes) => Object.keys(changes).length <= MAX_SETTING_CHANGES, `At most ${MAX_SETTING_CHANGES} settings`)
})

/** The entry types a person can correct or withdraw after saving them. */
export const CORRECTABLE_TYPES = ['check-in', 'walk', 'exercise-completed'] as const
export const correctableTypeSchema = z.enum(CORRECTABLE_TYPES)
export type CorrectableType = z.infer<typeof correctableTypeSchema>

/** What a correction does: withdraw the entry, or replace the values a person entered. */
export const correctionChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('withdraw') }),
  z.object({
    kind: z.literal('check-in'),
    answers: checkInEventSchema.omit({ v: true, id: true, t: true, type: true })
  }),
  z.object({ kind: z.literal('walk'), minutes }),
  z.object({ kind: z.literal('feedback'), feedback: exerciseFeedbackSchema })
])
export type CorrectionChange = z.infer<typeof correctionChangeSchema>

/**
 * A later word on an entry already saved: the log stays append-only, so a correction names the entry
 * (its id, type and time, which tells the reader the month file it lives in) and the latest
 * correction of an entry wins. A correction of a correction is not a thing: it names the original.
 */
export const correctionEventSchema = z.object({
  ...envelope,
  type: z.literal('correction'),
  target: z.object({ id: eventId, type: correctableTypeSchema, t: timestamp }),
  change: correctionChangeSchema
})

export const progressEventSchema = z.discriminatedUnion('type', [
  sittingBoutEventSchema,
  breakPromptEventSchema,
  breakAnswerEventSchema,
  naturalBreakEventSchema,
  breakCompletedEventSchema,
  routineStartedEventSchema,
  routineCompletedEventSchema,
  exerciseCompletedEventSchema,
  walkEventSchema,
  checkInEventSchema,
  safetyAnswersEventSchema,
  settingsChangedEventSchema,
  correctionEventSchema
])

export type ProgressEvent = z.infer<typeof progressEventSchema>
export type ProgressEventType = ProgressEvent['type']
export type ProgressEventOf<T extends ProgressEventType> = Extract<ProgressEvent, { type: T }>
export type SittingBoutEvent = ProgressEventOf<'sitting-bout'>
export type BreakPromptEvent = ProgressEventOf<'break-prompt'>
export type BreakAnswerEvent = ProgressEventOf<'break-answer'>
export type NaturalBreakEvent = ProgressEventOf<'natural-break'>
export type BreakCompletedEvent = ProgressEventOf<'break-completed'>
export type RoutineStartedEvent = ProgressEventOf<'routine-started'>
export type RoutineCompletedEvent = ProgressEventOf<'routine-completed'>
export type ExerciseCompletedEvent = ProgressEventOf<'exercise-completed'>
export type WalkEvent = ProgressEventOf<'walk'>
export type CheckInEvent = ProgressEventOf<'check-in'>
export type SafetyAnswersEvent = ProgressEventOf<'safety-answers'>
export type SettingsChangedEvent = ProgressEventOf<'settings-changed'>
export type CorrectionEvent = ProgressEventOf<'correction'>
export type BreakAnswer = z.infer<typeof breakAnswerSchema>
export type BreakEnd = z.infer<typeof breakEndSchema>
export type ExerciseFeedback = z.infer<typeof exerciseFeedbackSchema>
export type SymptomLocation = z.infer<typeof symptomLocationSchema>
export type WarningSign = z.infer<typeof warningSignSchema>
export type ExerciseDose = z.infer<typeof exerciseDoseSchema>

export const PROGRESS_EVENT_TYPES: readonly ProgressEventType[] = progressEventSchema.options.map(
  (option) => option.shape.type.value
)
const knownTypes = new Set<string>(PROGRESS_EVENT_TYPES)
export function isKnownEventType(type: string): type is ProgressEventType {
  return knownTypes.has(type)
}

// ---------------------------------------------------------------------------------------------
// Drafts: what a caller hands to the log; the log fills in v, and id and t unless given.
// ---------------------------------------------------------------------------------------------

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type ProgressEventDraft = DistributiveOmit<ProgressEvent, 'v' | 'id' | 't'> & { id?: string; t?: string }

const draftOverrides = { v: true, id: true, t: true } as const
const draftEnvelope = { id: eventId.optional(), t: timestamp.optional() }
/** Validates a draft crossing a process boundary (the IPC contract can use this). */
export const progressEventDraftSchema = z.discriminatedUnion('type', [
  sittingBoutEventSchema.omit(draftOverrides).extend(draftEnvelope),
  breakPromptEventSchema.omit(draftOverrides).extend(draftEnvelope),
  breakAnswerEventSchema.omit(draftOverrides).extend(draftEnvelope),
  naturalBreakEventSchema.omit(draftOverrides).extend(draftEnvelope),
  breakCompletedEventSchema.omit(draftOverrides).extend(draftEnvelope),
  routineStartedEventSchema.omit(draftOverrides).extend(draftEnvelope),
  routineCompletedEventSchema.omit(draftOverrides).extend(draftEnvelope),
  exerciseCompletedEventSchema.omit(draftOverrides).extend(draftEnvelope),
  walkEventSchema.omit(draftOverrides).extend(draftEnvelope),
  checkInEventSchema.omit(draftOverrides).extend(draftEnvelope),
  safetyAnswersEventSchema.omit(draftOverrides).extend(draftEnvelope),
  settingsChangedEventSchema.omit(draftOverrides).extend(draftEnvelope),
  correctionEventSchema.omit(draftOverrides).extend(draftEnvelope)
])
