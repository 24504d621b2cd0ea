// What the user has done today, from the progress log's entries: Today's "your day" card. Pure.
import type { ProgressEventDraft } from '../progress-events'

export interface DaySummary {
  /** the local day this summary is for, 'YYYY-MM-DD' */
  date: string
  /** routines played to the end today, by id, in the order finished (a routine played twice is here twice) */
  routinesDone: string[]
  /** reminders to stand up today */
  breaksPrompted: number
  /** reminders answered with a break, counted as Progress counts them */
  breaksTaken: number
  /** times the user got up on their own for long enough to count as a break */
  naturalBreaks: number
  /** walks logged today plus, if higher, the walking reported in today's latest check-in */
  walkingMinutes: number
  /** when today's latest check-in was saved (ISO), or null before one */
  checkInAt: string | null
}

export function emptyDay(date: string): DaySummary {
  return {
    date,
    routinesDone: [],
    breaksPrompted: 0,
    breaksTaken: 0,
    naturalBreaks: 0,
    walkingMinutes: 0,
    checkInAt: null
  }
}

/** Internal tally: logged walks and reported walking kept apart, as Progress does, so neither is counted twice. */
export interface DayTally {
  summary: DaySummary
  walked: number
  reported: number
}

export function emptyTally(date: string): DayTally {
  return { summary: emptyDay(date), walked: 0, reported: 0 }
}

/**
 * Adds one entry, given the local day it belongs to (`eventDay`); entries of other days are ignored.
 * Returns a new tally.
 */
export function addToDay(tally: DayTally, event: ProgressEventDraft, eventDay: string, t: string): DayTally {
  if (eventDay !== tally.summary.date) return tally
  const s = { ...tally.summary, routinesDone: [...tally.summary.routinesDone] }
  let { walked, reported } = tally
  switch (event.type) {
    case 'routine-completed':
      s.routinesDone.push(event.routineId)
      break
    case 'break-prompt':
      s.breaksPrompted++
      break
    case 'break-answer':
      if (event.answer === 'taken') s.breaksTaken++
      break
    case 'natural-break':
      s.naturalBreaks++
      break
    case 'walk':
      walked += event.minutes
      break
    case 'check-in':
      reported = event.walkingMinutes
      if (s.checkInAt === null || t > s.checkInAt) s.checkInAt = t
      break
    default:
      return tally
  }
  s.walkingMinutes = Math.max(walked, reported)
  return { summary: s, walked, reported }
}
