// Prompts and the user's answers to them: due times, snooze, skip, guided breaks, meetings and pauses.
import { abandonBreak, breakLengthMs, completeBreak, resetSequence } from './break-credit'
import { holdEndsAt } from './desktop-hold'
import { isWithinWorkHours, nextWorkHoursStart, startOfNextLocalDay } from './local-time'
import { sittingMinutesAt, startBout } from './sitting-bout'
import { noteUserPresent } from './sitting-tracker'
import { MINUTE, SECOND, type StepContext } from './step-context'
import type { EndReason, EngineState, EpochMs, UserAction } from './types'

/** A break card left running this long past its length is over: the user is plainly back at work. */
export const BREAK_ABANDON_GRACE_MS = 10 * MINUTE
/** A prompt later than this after its due time is flagged as a catch-up (meeting, pause, off hours, sleep). */
const CATCH_UP_AFTER_MS = 5 * SECOND
/** Longest pause accepted from a caller; longer asks are clamped rather than refused. */
const MAX_PAUSE_MINUTES = 7 * 24 * 60
/** Deferral rules can chain (a pause ending in a meeting ending after hours); a few rounds settle it. */
const MAX_DEFERRALS = 6

/** When the next prompt is due by the sitting clock alone, ignoring meeting, pause and work hours. */
export function rawDueAt(s: EngineState): EpochMs | null {
  const sch = s.schedule
  if (s.bout === null || sch.anchorAt === null || sch.prompt !== null || sch.onBreak !== null) {
    return null
  }
  return sch.snoozedUntil ?? sch.anchorAt + s.settings.sitLimitMinutes * MINUTE
}

/**
 * Pushes a due time past a pause, a meeting, a desktop hold and off hours; null when it can never come.
 * A hold's end is not known in advance: the earliest it can end (its grace or cap) stands in for it,
 * and each step looks again.
 */
function deferPastQuietTimes(s: EngineState, t: EpochMs): EpochMs | null {
  let due = t
  const holdEnd = holdEndsAt(s)
  for (let round = 0; round < MAX_DEFERRALS; round++) {
    const { pause, meeting } = s.schedule
    if (pause !== null && due < pause.until) due = pause.until
    else if (meeting !== null && due < meeting.until) due = meeting.until
    else if (holdEnd !== null && due < holdEnd) due = holdEnd
    else if (!isWithinWorkHours(s.settings.workHours, due)) {
      const start = nextWorkHoursStart(s.settings.workHours, due)
      if (start === null) return null
      due = start
    } else return due
  }
  return due
}

/**
 * When the next prompt will come if the user keeps sitting; null when none is scheduled. With `now`,
 * a due time already passed is read as "now", so that a meeting or hold ending after work hours does
 * not prompt there but at the next start of work hours.
 */
export function effectiveDueAt(s: EngineState, now?: EpochMs): EpochMs | null {
  const raw = rawDueAt(s)
  if (raw === null) return null
  return deferPastQuietTimes(s, now === undefined ? raw : Math.max(raw, now))
}

/** Prompts once per due time: a pending prompt blocks the next one until it is answered. */
export function checkDue(ctx: StepContext): void {
  const { s, at } = ctx
  const raw = rawDueAt(s)
  const due = effectiveDueAt(s, at)
  if (raw === null || due === null || due > at) return
  s.schedule.prompt = { since: at, dueAt: raw }
  s.schedule.snoozedUntil = null
  s.schedule.promptsInSequence += 1
  const event = {
    type: 'break-due' as const,
    at,
    sittingMinutes: sittingMinutesAt(ctx),
    prompt: s.schedule.promptsInSequence,
    dueAt: raw,
    catchUp: at - raw > CATCH_UP_AFTER_MS
  }
  // Past a hold's cap with its signals still on (a long presentation): no break card over it.
  ctx.events.push(s.desktop.capped ? { ...event, quiet: true } : event)
}

/** Ends the meeting; any absence still going on counts from its end (until then the user sat). */
function endMeeting(ctx: StepContext, reason: EndReason, endedAt: EpochMs): void {
  const { s } = ctx
  s.schedule.meeting = null
  s.presence.floor = Math.max(s.presence.floor, endedAt)
  const away = s.presence.away
  if (away !== null && !away.recognized) away.since = Math.max(away.since, endedAt)
  ctx.events.push({
    type: 'meeting-ended',
    at: ctx.at,
    reason,
    sittingMinutes: sittingMinutesAt(ctx)
  })
}

/** Meetings, pauses and break cards that ran out since the last step. */
export function expireTimers(ctx: StepContext): void {
  const { s, at } = ctx
  const sch = s.schedule
  if (sch.pause !== null && at >= sch.pause.until) {
    sch.pause = null
    ctx.events.push({ type: 'resumed', at, reason: 'expired' })
  }
  if (sch.meeting !== null && at >= sch.meeting.until) {
    endMeeting(ctx, 'expired', sch.meeting.until)
  }
  if (sch.onBreak !== null && at >= breakAbandonAt(s, sch.onBreak.since)) {
    // The card ran out. Away for the break length within it (this step is the first to see it, e.g.
    // after a sleep): a break, and the next bout starts on return. Otherwise the user kept working.
    const deadline = breakAbandonAt(s, sch.onBreak.since)
    const away = s.presence.away
    if (away !== null && sch.meeting === null && away.since + breakLengthMs(s) <= deadline) {
      away.recognized = true
      completeBreak(ctx, 'away', at, false)
    } else abandonBreak(ctx)
  }
}

export function breakAbandonAt(s: EngineState, since: EpochMs): EpochMs {
  return since + s.settings.breakLengthMinutes * MINUTE + BREAK_ABANDON_GRACE_MS
}

/** The bout is left open: until the break proves real (break-credit.ts), the user is still sitting. */
function startBreak(ctx: StepContext): void {
  const { s, at } = ctx
  if (s.schedule.onBreak !== null) return
  const prompted = s.schedule.prompt !== null
  const sittingMinutes = sittingMinutesAt(ctx)
  s.schedule.prompt = null
  s.schedule.onBreak = { since: at, prompted }
  ctx.events.push({ type: 'break-started', at, prompted, sittingMinutes })
}

function snooze(ctx: StepContext): void {
  const { s, at } = ctx
  const sch = s.schedule
  if (sch.prompt === null) return
  if (sch.snoozesInRow >= s.settings.maxSnoozesInRow) {
    ctx.events.push({ type: 'snooze-refused', at, snoozesInRow: sch.snoozesInRow })
    return
  }
  sch.snoozesInRow += 1
  sch.prompt = null
  sch.snoozedUntil = at + s.settings.snoozeMinutes * MINUTE
  ctx.events.push({
    type: 'break-snoozed',
    at,
    until: sch.snoozedUntil,
    snoozesInRow: sch.snoozesInRow,
    sittingMinutes: sittingMinutesAt(ctx)
  })
}

/**
 * Skipping answers the prompt without a break. The bout goes on (the user never stood up, and the log
 * must say so), but the next prompt counts a full sit limit from the skip, so a skip buys one interval.
 */
function skip(ctx: StepContext, reason: string | undefined): void {
  const { s, at } = ctx
  const base = { type: 'break-skipped' as const, at, sittingMinutes: sittingMinutesAt(ctx) }
  const event = reason === undefined || reason === '' ? base : { ...base, reason }
  if (s.schedule.onBreak !== null) {
    // Skipping a started break: it was no break, the bout goes on, and the skip buys one interval.
    abandonBreak(ctx)
    ctx.events.push(event)
    resetSequence(s)
    if (s.bout === null) startBout(ctx, at)
    else s.schedule.anchorAt = at
    return
  }
  if (s.bout === null) return
  ctx.events.push(event)
  resetSequence(s)
  s.schedule.anchorAt = at
}

function pauseUntil(ctx: StepContext, until: EpochMs): void {
  const { s, at } = ctx
  s.schedule.pause = { until: Math.max(until, at + MINUTE) }
  // The user has dismissed the prompt; sitting is still counted, and a catch-up comes on resume.
  s.schedule.prompt = null
  ctx.events.push({ type: 'paused', at, until: s.schedule.pause.until })
}

export function applyAction(ctx: StepContext, action: UserAction): void {
  const { s, at } = ctx
  noteUserPresent(ctx)
  switch (action.type) {
    case 'snooze':
      snooze(ctx)
      return
    case 'skip':
      skip(ctx, action.reason)
      return
    case 'start-break':
    case 'break-now':
      startBreak(ctx)
      return
    case 'finish-break':
      completeBreak(ctx, 'finished', at, true)
      return
    case 'meeting':
      // Off to a meeting instead of the break: the break was not taken.
      abandonBreak(ctx)
      s.schedule.meeting = { until: at + s.settings.meetingMaxMinutes * MINUTE }
      // Deferred, not answered: it comes back as a catch-up when the meeting ends.
      s.schedule.prompt = null
      ctx.events.push({ type: 'meeting-started', at, until: s.schedule.meeting.until })
      return
    case 'end-meeting':
      if (s.schedule.meeting !== null) endMeeting(ctx, 'user', at)
      return
    case 'pause': {
      const minutes = Number.isFinite(action.minutes) ? Math.min(Math.max(action.minutes, 1), MAX_PAUSE_MINUTES) : 1
      pauseUntil(ctx, at + minutes * MINUTE)
      return
    }
    case 'pause-until-tomorrow':
      pauseUntil(ctx, startOfNextLocalDay(at))
      return
    case 'resume':
      if (s.schedule.pause === null) return
      s.schedule.pause = null
      ctx.events.push({ type: 'resumed', at, reason: 'user' })
      return
  }
}
