// What a fine / sore / sharp rating after an exercise leads to: dial back, end the session, pause progress.
import { dayNumber } from '../progress-stats'
import { RECENT_SHARP_DAYS } from './programme'

/** fine; sore = mild muscle soreness (normal); sharp = sharp or shooting pain, or pain spreading down the leg */
export type FeedbackRating = 'fine' | 'sore' | 'sharp'

export interface FeedbackEntry {
  sessionId: string
  /** local date of the session, 'YYYY-MM-DD' */
  date: string
  exerciseId: string
  rating: FeedbackRating
}

/** Every rating so far (oldest first) and the session now being played. */
export interface FeedbackHistory {
  sessionId: string
  date: string
  entries: readonly FeedbackEntry[]
}

export interface FeedbackOutcome {
  history: FeedbackHistory
  /** the new entry, for the progress log */
  entry: FeedbackEntry
  /** what the player says, or null for nothing */
  message: string | null
  /** say "dial back now"; next time this exercise starts at its gentler variant */
  dialBack: boolean
  /** the player ends the session (kindly) */
  endSession: boolean
  /** show a link to the Safety screen */
  linkToSafety: boolean
}

/** A second sharp rating in one session ends it. */
export const SHARP_RATINGS_ENDING_SESSION = 2
/** After a sharp rating, the exercise stays at its gentler variant until rated this many times without one. */
export const CALM_RATINGS_TO_LIFT_DIAL_BACK = 2

export const FEEDBACK_MESSAGES = {
  fine: null,
  sore: 'A little muscle soreness is normal and fades. Keep it gentle.',
  sharp: 'Dial back now: ease off and keep to a gentler range. Next time this one starts smaller.',
  sessionEnded:
    'That is twice today something felt sharp, so exercise rests until tomorrow. Rest in a comfortable ' +
    'position, and have a look at the Safety page.'
} as const

/** What Routines and the player say when exercise is refused for the rest of the day. */
export const STOPPED_FOR_TODAY_MESSAGE =
  'Something felt sharp twice today, so exercise rests until tomorrow. Rest in a comfortable position; ' +
  'gentle walking is fine if it feels easy. If the pain does not settle, look at the Safety page.'

/**
 * Two sharp ratings on one day end exercise for that day, across sessions and restarts: a new routine
 * started after the session ended would otherwise carry on as if nothing happened.
 */
export function stoppedForTheDay(entries: readonly FeedbackEntry[], today: string): boolean {
  return entries.filter((e) => e.date === today && e.rating === 'sharp').length >= SHARP_RATINGS_ENDING_SESSION
}

/** Records a rating and says what follows from it. */
export function applyFeedback(history: FeedbackHistory, exerciseId: string, rating: FeedbackRating): FeedbackOutcome {
  const entry: FeedbackEntry = { sessionId: history.sessionId, date: history.date, exerciseId, rating }
  const entries = [...history.entries, entry]
  const sharpThisSession = entries.filter((e) => e.sessionId === history.sessionId && e.rating === 'sharp').length
  const endSession = rating === 'sharp' && sharpThisSession >= SHARP_RATINGS_ENDING_SESSION
  return {
    history: { ...history, entries },
    entry,
    message: endSession ? FEEDBACK_MESSAGES.sessionEnded : FEEDBACK_MESSAGES[rating],
    dialBack: rating === 'sharp',
    endSession,
    linkToSafety: endSession
  }
}

/**
 * True when the exercise was rated sharp and has not since been rated fine or sore
 * CALM_RATINGS_TO_LIFT_DIAL_BACK times: play its gentler variant.
 */
export function needsDialBack(entries: readonly FeedbackEntry[], exerciseId: string): boolean {
  const own = entries.filter((e) => e.exerciseId === exerciseId)
  const lastSharp = own.map((e) => e.rating).lastIndexOf('sharp')
  if (lastSharp === -1) return false
  return own.length - 1 - lastSharp < CALM_RATINGS_TO_LIFT_DIAL_BACK
}

/** Every exercise that needsDialBack, for PlanContext.dialBackIds. */
export function exercisesToDialBack(entries: readonly FeedbackEntry[]): string[] {
  return [...new Set(entries.map((e) => e.exerciseId))].filter((id) => needsDialBack(entries, id))
}

/** Any sharp rating within the last `days` days up to `today`: the programme does not move on. */
export function recentSharpFeedback(
  entries: readonly FeedbackEntry[],
  today: string,
  days: number = RECENT_SHARP_DAYS
): boolean {
  return entries.some((e) => {
    if (e.rating !== 'sharp') return false
    const age = dayNumber(today) - dayNumber(e.date)
    return age >= 0 && age < days
  })
}
