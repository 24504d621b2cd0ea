// A hand-written check of a stored event, used on the hot read path instead of zod (10x faster).
// It must never accept what progressEventSchema rejects; when it says no, the caller asks zod, which
// has the last word and the error message. tests/unit/main/storage/progress-log/event-fast-check.test.ts
// holds it to that with a mutation sweep over every event type.
import { PROGRESS_SCHEMA_VERSION, WARNING_SIGNS, SYMPTOM_LOCATIONS, timestampMs } from '../../../shared/progress-events'

type Check = (value: unknown) => boolean
type Fields = Record<string, unknown>

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
const isId: Check = (x) => typeof x === 'string' && x.length >= 1 && x.length <= 100
const isTimestamp: Check = (x) => typeof x === 'string' && !Number.isNaN(timestampMs(x))
const isMinutes: Check = (x) => typeof x === 'number' && x >= 0 && x <= 1440
const isScore: Check = (x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 10
const isCatalogueId: Check = (x) => typeof x === 'string' && x.length >= 1 && x.length <= 100
const isIntIn =
  (min: number, max: number): Check =>
  (x) =>
    Number.isInteger(x) && (x as number) >= min && (x as number) <= max
const isNumberIn =
  (min: number, max: number): Check =>
  (x) =>
    typeof x === 'number' && x >= min && x <= max
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values)
  return (x) => typeof x === 'string' && set.has(x)
}

const isSets = isIntIn(0, 50)
const isReps = isIntIn(0, 500)
const isHold = isNumberIn(0, 3600)
const isSeconds = isNumberIn(0, 24 * 3600)
const isDose: Check = (x) =>
  isRecord(x) &&
  (x.sets === undefined || isSets(x.sets)) &&
  (x.reps === undefined || isReps(x.reps)) &&
  (x.holdSeconds === undefined || isHold(x.holdSeconds)) &&
  (x.seconds === undefined || isSeconds(x.seconds))

// zod trims the activity; an untrimmed one goes to zod so both paths return the same text.
const isPsfsItem: Check = (x) =>
  isRecord(x) &&
  typeof x.activity === 'string' &&
  x.activity.length >= 1 &&
  x.activity.length <= 120 &&
  x.activity.trim() === x.activity &&
  isScore(x.score)

const isSymptomLocation = oneOf(SYMPTOM_LOCATIONS)
const isWarningSign = oneOf(WARNING_SIGNS)
const isBreakEnd = oneOf(['finished', 'away', 'abandoned'])
const isBreakAnswer = oneOf(['taken', 'snoozed', 'skipped', 'meeting'])
const isFeedback = oneOf(['fine', 'sore', 'sharp'])
const isSafetyContext = oneOf(['first-run', 'weekly-check-in', 'on-demand'])

// A plain loop rather than Array#every, which skips holes in sparse arrays.
function every(items: unknown[], check: Check): boolean {
  for (let i = 0; i < items.length; i++) if (!check(items[i])) return false
  return true
}

// Built once: these run for every event on every load, so nothing here may allocate.
const optionalId: Check = (x) => x === undefined || isId(x)
const optionalCatalogueId: Check = (x) => x === undefined || isCatalogueId(x)
const optionalText =
  (max: number): Check =>
  (x) =>
    x === undefined || (typeof x === 'string' && x.length <= max)
const optionalReason = optionalText(500)
const optionalWhere = optionalText(200)

// Most events repeat their own time in a field (a bout's end, a prompt's at): equal text is valid.
const isTimestampLikeT = (x: unknown, t: unknown): boolean => x === t || isTimestamp(x)

const payloadChecks = new Map<string, (e: Fields) => boolean>(
  Object.entries({
    'sitting-bout': (e) => isTimestamp(e.start) && isTimestampLikeT(e.end, e.t) && isMinutes(e.minutes),
    'break-prompt': (e) => isTimestampLikeT(e.at, e.t) && isMinutes(e.sittingMinutes),
    'break-answer': (e) => optionalId(e.promptId) && isBreakAnswer(e.answer) && optionalReason(e.reason),
    'natural-break': (e) => isTimestamp(e.from) && isMinutes(e.minutes),
    'break-completed': (e) =>
      optionalCatalogueId(e.exerciseId) && optionalId(e.promptId) && (e.how === undefined || isBreakEnd(e.how)),
    'routine-started': (e) => isCatalogueId(e.routineId),
    'routine-completed': (e) => isCatalogueId(e.routineId),
    'exercise-completed': (e) =>
      isCatalogueId(e.exerciseId) &&
      optionalCatalogueId(e.routineId) &&
      isDose(e.dose) &&
      (e.feedback === undefined || isFeedback(e.feedback)),
    walk: (e) => isMinutes(e.minutes),
    'check-in': (e) =>
      isScore(e.backPain) &&
      isScore(e.legPain) &&
      isSymptomLocation(e.furthestPoint) &&
      isRecord(e.numbness) &&
      typeof e.numbness.present === 'boolean' &&
      optionalWhere(e.numbness.where) &&
      isMinutes(e.morningStiffnessMinutes) &&
      isMinutes(e.walkingMinutes) &&
      Array.isArray(e.psfs) &&
      e.psfs.length <= 3 &&
      every(e.psfs, isPsfsItem) &&
      // The issue-13 optional fields are left to zod: rare, and zod has the last word.
      e.phaseMarkers === undefined &&
      e.saddleNumbness === undefined,
    'safety-answers': (e) =>
      Array.isArray(e.signs) &&
      e.signs.length <= WARNING_SIGNS.length &&
      every(e.signs, isWarningSign) &&
      (e.context === undefined || isSafetyContext(e.context))
    // 'settings-changed' (arbitrary JSON) and 'correction' (rare, nested) are always left to zod.
  } satisfies Record<string, (e: Fields) => boolean>)
)

/**
 * Returns the instant of `t` when `value` is certainly a valid current-version event, otherwise NaN
 * (meaning "ask zod", not "invalid").
 */
export function fastCheckEvent(value: unknown): number {
  if (!isRecord(value) || value.v !== PROGRESS_SCHEMA_VERSION || !isId(value.id)) return NaN
  if (typeof value.type !== 'string' || typeof value.t !== 'string') return NaN
  const check = payloadChecks.get(value.type)
  if (check === undefined) return NaN
  // t first: the payload checks may accept a field because it equals t.
  const ms = timestampMs(value.t)
  return !Number.isNaN(ms) && check(value) ? ms : NaN
}
