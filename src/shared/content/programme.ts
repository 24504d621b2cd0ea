// The weekly programme: which phase the user is in, what to do today, and what comes next.
import { addDays, dayNumber } from '../progress-stats'
import { CATALOGUE } from './catalogue'
import type { Phase } from './exercise-schema'
import { FLARE_ROUTINE_ID } from './routines'

export interface Marker {
  id: 'morning-stiffness' | 'walk-15' | 'pain-spikes' | 'hobbies'
  /** the question the weekly check-in asks for this phase */
  question: string
}

export interface PhaseInfo {
  phase: Phase
  firstWeek: number
  /** null for the open-ended last phase */
  lastWeek: number | null
  focus: string
  /** what changes in the app, in a sentence */
  changes: string
  /** the routine suggested each day */
  routineId: string
  /** the most the daily walk asks for in this phase */
  walkMinutesCap: number
  marker: Marker
  /** how often a week the routine is worth doing in this phase, in words */
  rhythm: string
}

export const PHASES: readonly [PhaseInfo, PhaseInfo, PhaseInfo, PhaseInfo] = [
  {
    phase: 1,
    firstWeek: 1,
    lastWeek: 2,
    focus: 'Learn the form',
    changes: 'Starting doses, stretches and tilts only. Check your form in a mirror or film yourself.',
    routineId: 'morning',
    walkMinutesCap: 10,
    marker: { id: 'morning-stiffness', question: 'How many minutes were you stiff after getting up this morning?' },
    rhythm: 'Every day.'
  },
  {
    phase: 2,
    firstWeek: 3,
    lastWeek: 4,
    focus: 'Longer holds',
    changes: 'Stretches are held half as long again, and the daily walk grows to 15 minutes.',
    routineId: 'morning',
    walkMinutesCap: 15,
    marker: { id: 'walk-15', question: 'Could you walk for 15 minutes in comfort this week?' },
    rhythm: 'Every day.'
  },
  {
    phase: 3,
    firstWeek: 5,
    lastWeek: 8,
    focus: 'Add strengthening',
    changes:
      'Bridging, bird-dog and partial curls join a shorter round of your stretches and hip work; ' +
      'the stretches stay in.',
    routineId: 'stretch-and-strength',
    walkMinutesCap: 25,
    marker: { id: 'pain-spikes', question: 'Have you had fewer pain spikes this week than before?' },
    rhythm: 'Every day, or most days.'
  },
  {
    phase: 4,
    firstWeek: 9,
    lastWeek: null,
    focus: 'Keep it going',
    changes:
      'A maintenance plan: the full routine three days a week, with one more set of the strength work, ' +
      'a walk of up to 30 minutes every day, and a check-in once a week.',
    routineId: 'evening',
    walkMinutesCap: 30,
    marker: { id: 'hobbies', question: 'Have you carefully taken up something you enjoy again?' },
    rhythm: 'Three days a week, with a walk every day.'
  }
]

/** Daily walk target by programme week: 5 minutes growing to 30. */
const WALK_MINUTES_BY_WEEK = [5, 10, 15, 15, 20, 20, 25, 25] as const
const WALK_MINUTES_MAX = 30

/** How far back a sharp rating counts as "recent" for recentSharpFeedback. */
export const RECENT_SHARP_DAYS = 7

export const WEEK_THREE_MESSAGE =
  'Week 3 is when many people stop, so you are at the hard part. Slow progress is normal: ' +
  'for some it shows within a fortnight, for others it takes a season. A missed day does not break ' +
  'your streak; just pick up again today.'

export const ENCOURAGEMENTS: readonly string[] = [
  'Small and often beats long and rare. A few minutes today counts.',
  'Gentle is the point. You are teaching your back that moving is safe.',
  'Bad days happen. Do the flare-up routine and come back to the plan when it settles.',
  'Your streak forgives a missed day. Keep going.',
  'Progress is rarely a straight line; look at the weeks, not the days.'
]

function phaseInfo(phase: Phase): PhaseInfo {
  return PHASES[phase - 1] ?? PHASES[0]
}

/** 1-based week since the start date; days before the start count as week 1. */
export function weekNumber(startDate: string, today: string): number {
  return Math.max(1, Math.floor((dayNumber(today) - dayNumber(startDate)) / 7) + 1)
}

export function phaseForWeek(week: number): Phase {
  if (week >= 9) return 4
  if (week >= 5) return 3
  if (week >= 3) return 2
  return 1
}

function toPhase(n: number): Phase {
  return Math.min(4, Math.max(1, Math.round(n))) as Phase
}

export interface ProgrammeOptions {
  /** the user chose to stay in this phase: the phase never rises above it */
  heldPhase?: Phase
  /** the user stepped back this many phases behind the calendar (still moves on with it, later) */
  stepBack?: number
  /** any sharp rating in the last RECENT_SHARP_DAYS days (see recentSharpFeedback) */
  recentSharp: boolean
  /**
   * The phase shown at the previous status. While recentSharp, the phase never rises above it. When
   * absent, the phase is kept to what it would have been yesterday.
   */
  lastPhase?: Phase
  /** flare mode: today's plan becomes the flare-up routine and a shorter walk */
  flare?: boolean
  /** recent check-ins show a meaningful worsening (detectWorsening): the phase does not move on */
  worsening?: boolean
  /**
   * The latest weekly answer to this phase's marker question, if any (see PHASE_MARKER_QUESTIONS):
   * a "not yet" keeps the phase where it is, like recent sharp feedback.
   */
  markerNotMet?: boolean
}

export type HeldBackReason = 'sharp' | 'worsening' | 'marker' | 'hold' | 'step-back'

/** Why the programme is not moving on, in plain words, by reason. */
export const HOLD_MESSAGES: Record<'sharp' | 'worsening' | 'marker', string> = {
  sharp: 'Something felt sharp recently, so the programme stays where it is until you have had a calmer week.',
  worsening: 'Your recent check-ins show things getting worse, so the programme stays where it is until they settle.',
  marker: 'Your last weekly check-in said this phase is not comfortable yet, so the programme stays here until it is.'
}

export interface NextPhase {
  phase: Phase
  focus: string
  /** exercise ids that join in that phase */
  unlocks: string[]
  /** when it starts if nothing changes, as 'YYYY-MM-DD'; null when it waits on something else */
  startsOn: string | null
  /** what it waits on when startsOn is null */
  waitingFor: string | null
}

export interface ProgrammeStatus {
  /** calendar week since the start, 1-based */
  week: number
  phase: Phase
  /** the phase the calendar alone would give */
  calendarPhase: Phase
  /** why phase is behind the calendar, or null */
  heldBack: HeldBackReason | null
  focus: string
  changes: string
  today: { routineId: string; walkMinutes: number }
  next: NextPhase | null
  marker: Marker
  /** a general word of encouragement, changing week by week */
  encouragement: string
  /** the week-3 message in week 3, otherwise null */
  weekThreeMessage: string | null
  /** set while recent sharp feedback, a worsening or a "not yet" marker keeps the programme from moving on */
  pausedMessage: string | null
  /** how often the routine is worth doing in this phase (the maintenance plan from week 9) */
  rhythm: string
}

function steppedBack(calendarPhase: Phase, options: ProgrammeOptions): Phase {
  return toPhase(calendarPhase - Math.max(0, options.stepBack ?? 0))
}

/** The phase the user's own choices give for a week: calendar, minus a step back, capped by a hold. */
function chosenPhase(week: number, options: ProgrammeOptions): Phase {
  const stepped = steppedBack(phaseForWeek(week), options)
  return options.heldPhase === undefined ? stepped : toPhase(Math.min(stepped, options.heldPhase))
}

function walkMinutes(week: number, phase: Phase, flare: boolean): number {
  const byWeek = WALK_MINUTES_BY_WEEK[week - 1] ?? WALK_MINUTES_MAX
  const minutes = Math.min(byWeek, phaseInfo(phase).walkMinutesCap)
  return flare ? Math.max(5, Math.round(minutes / 2)) : minutes
}

function nextPhase(phase: Phase, startDate: string, options: ProgrammeOptions): NextPhase | null {
  if (phase === 4) return null
  const next = phaseInfo(toPhase(phase + 1))
  const base = {
    phase: next.phase,
    focus: next.focus,
    unlocks: CATALOGUE.filter((e) => e.unlocksInPhase === next.phase).map((e) => e.id)
  }
  if (options.recentSharp) {
    return { ...base, startsOn: null, waitingFor: 'A week with nothing feeling sharp.' }
  }
  if (options.worsening === true) {
    return { ...base, startsOn: null, waitingFor: 'Check-ins that show things settling again.' }
  }
  if (options.markerNotMet === true) {
    return { ...base, startsOn: null, waitingFor: `A "yes" to: ${phaseInfo(phase).marker.question}` }
  }
  if (options.heldPhase !== undefined && options.heldPhase <= phase) {
    return { ...base, startsOn: null, waitingFor: 'You choosing to move on from this phase.' }
  }
  // With a step back, the next phase comes when the calendar is that many phases further on.
  const calendarTarget = next.phase + Math.max(0, options.stepBack ?? 0)
  const target = PHASES[calendarTarget - 1]
  if (target === undefined) {
    return { ...base, startsOn: null, waitingFor: 'You choosing to move on from this phase.' }
  }
  return { ...base, startsOn: addDays(startDate, (target.firstWeek - 1) * 7), waitingFor: null }
}

/**
 * Where the user is in the programme today. Dates are local 'YYYY-MM-DD'. The phase follows the
 * calendar, minus any step back, capped by a hold, and never moves on while recent feedback says sharp.
 */
export function programmeStatus(startDate: string, today: string, options: ProgrammeOptions): ProgrammeStatus {
  const week = weekNumber(startDate, today)
  const calendarPhase = phaseForWeek(week)
  const stepped = steppedBack(calendarPhase, options)
  const chosen = chosenPhase(week, options)
  let phase = chosen
  const pause: 'sharp' | 'worsening' | 'marker' | null = options.recentSharp
    ? 'sharp'
    : options.worsening === true
      ? 'worsening'
      : options.markerNotMet === true
        ? 'marker'
        : null
  if (pause !== null) {
    const ceiling = options.lastPhase ?? chosenPhase(weekNumber(startDate, addDays(today, -1)), options)
    phase = toPhase(Math.min(chosen, ceiling))
  }
  const heldBack: HeldBackReason | null =
    phase < chosen ? pause : chosen < stepped ? 'hold' : stepped < calendarPhase ? 'step-back' : null
  const info = phaseInfo(phase)
  const flare = options.flare === true
  return {
    week,
    phase,
    calendarPhase,
    heldBack,
    focus: info.focus,
    changes: info.changes,
    today: { routineId: flare ? FLARE_ROUTINE_ID : info.routineId, walkMinutes: walkMinutes(week, phase, flare) },
    next: nextPhase(phase, startDate, options),
    marker: info.marker,
    encouragement: ENCOURAGEMENTS[(week - 1) % ENCOURAGEMENTS.length] ?? '',
    weekThreeMessage: week === 3 ? WEEK_THREE_MESSAGE : null,
    pausedMessage: pause === null ? null : HOLD_MESSAGES[pause],
    rhythm: info.rhythm
  }
}

export type PhaseMarkerId = 'walk-15' | 'pain-spikes' | 'hobbies'

/**
 * The marker question the weekly check-in asks in each phase, or null (phase 1's marker, morning
 * stiffness, is already a check-in field). A "no" holds the phase where it is.
 */
export function phaseMarkerQuestion(phase: Phase): (Marker & { id: PhaseMarkerId }) | null {
  const marker = phaseInfo(phase).marker
  return marker.id === 'morning-stiffness' ? null : (marker as Marker & { id: PhaseMarkerId })
}

/** The marker questions come back once a week. */
export const MARKER_EVERY_DAYS = 7

export interface MarkerAnswer {
  /** 'YYYY-MM-DD' */
  date: string
  id: PhaseMarkerId
  met: boolean
}

/** The marker question is due when this phase's marker was not answered in the last 7 days. */
export function markerDue(phase: Phase, answers: readonly MarkerAnswer[], today: string): boolean {
  const question = phaseMarkerQuestion(phase)
  if (question === null) return false
  return !answers.some((a) => a.id === question.id && dayNumber(today) - dayNumber(a.date) < MARKER_EVERY_DAYS)
}

/** The latest answer to this phase's marker says "not yet" (a hold); no answer holds nothing. */
export function markerNotMet(phase: Phase, answers: readonly MarkerAnswer[]): boolean {
  const question = phaseMarkerQuestion(phase)
  if (question === null) return false
  const latest = [...answers]
    .filter((a) => a.id === question.id)
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date))
    .at(-1)
  return latest !== undefined && !latest.met
}
