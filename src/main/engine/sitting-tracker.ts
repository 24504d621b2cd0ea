// Presence and sitting: turns idle samples, lock and suspend into departures, natural breaks and returns.
import { breakLengthMs, completeBreak, resetSequence } from './break-credit'
import { sitsThrough } from './desktop-hold'
import { endBout, startBout } from './sitting-bout'
import { MINUTE, SECOND, minutesBetween, type StepContext } from './step-context'
import type { EngineState, EpochMs } from './types'

/**
 * Idle time is reported in whole seconds, so two readings of one absence can place the departure up
 * to a second apart. A later input has to be clearly newer than that to count as a return.
 */
const RETURN_EPSILON_MS = 1500

/** Idle readings are trusted only as finite, non-negative seconds; anything else reads as "active". */
export function cleanIdleSeconds(idleSeconds: number | undefined): number {
  return idleSeconds !== undefined && Number.isFinite(idleSeconds) && idleSeconds > 0 ? idleSeconds : 0
}

/**
 * How long an absence must last to be a natural break. While a prompt is pending, the absence also
 * answers it, so it must last the full break length too. During a started break the absence is the
 * break itself, which counts once it lasts the break length.
 */
export function naturalBreakThresholdMs(s: EngineState): number {
  if (s.schedule.onBreak !== null) return breakLengthMs(s)
  const minutes =
    s.schedule.prompt === null
      ? s.settings.naturalBreakMinutes
      : Math.max(s.settings.naturalBreakMinutes, s.settings.breakLengthMinutes)
  return minutes * MINUTE
}

/** Departures found from idle time: the exact moment is `at − idle`, never before the floor. */
function departure(s: EngineState, at: EpochMs, idleSeconds: number): EpochMs {
  return Math.max(at - idleSeconds * SECOND, s.presence.floor)
}

function openAbsence(s: EngineState, since: EpochMs): void {
  if (s.presence.away === null) s.presence.away = { since, recognized: false }
}

/**
 * The user is here again at `returnAt`. A short absence simply merges into the bout (during a started
 * break too: it is not yet the break length); after a natural break a new bout starts.
 */
export function comeBack(ctx: StepContext, returnAt: EpochMs): void {
  const { s } = ctx
  const away = s.presence.away
  s.presence.floor = Math.max(s.presence.floor, returnAt)
  s.presence.lastInputAt = Math.max(s.presence.lastInputAt ?? returnAt, returnAt)
  if (away === null) return
  s.presence.away = null
  if (!away.recognized) {
    // A short absence belongs to the bout; but if none was open (the app started on a locked
    // screen), sitting starts now.
    if (s.bout === null && s.schedule.onBreak === null) startBout(ctx, returnAt)
    return
  }
  // A recognised absence has already credited a started break (settleAbsence); this is a safeguard.
  if (s.schedule.onBreak !== null) completeBreak(ctx, 'away', returnAt, true)
  else if (s.bout === null) startBout(ctx, returnAt, minutesBetween(away.since, returnAt))
}

/** A user action proves someone is at the desk right now (it took a click or a key). */
export function noteUserPresent(ctx: StepContext): void {
  const p = ctx.s.presence
  if (p.locked !== null || p.suspended !== null) return
  comeBack(ctx, ctx.at)
}

export function applyIdleSample(ctx: StepContext, rawIdleSeconds: number): void {
  const { s, at } = ctx
  const p = s.presence
  const idleSeconds = cleanIdleSeconds(rawIdleSeconds)
  // The previous input time bounds the return: the user cannot be back before we last looked.
  const previousAt = s.lastAt ?? at
  p.lastSample = { at, idleSeconds }
  // Locked or asleep: lock/unlock and suspend/resume decide presence, the idle clock adds nothing.
  if (p.suspended !== null || p.locked !== null) return
  // A source that never reports idle time would make every absence look like sitting: ignore it and
  // rely on lock and suspend alone.
  if (!s.idleSource.reliable) return
  const lastInput = at - idleSeconds * SECOND
  if (p.away !== null) {
    if (lastInput > p.away.since + RETURN_EPSILON_MS) {
      comeBack(ctx, Math.min(at, Math.max(lastInput, previousAt, p.away.since)))
    }
    return
  }
  p.lastInputAt = Math.max(p.lastInputAt ?? lastInput, lastInput)
  // In a meeting (or a call, or a presentation) nobody types, yet the user sits: absence from the
  // keyboard is not a break.
  if (sitsThrough(s)) return
  const leftAt = Math.max(p.lastInputAt, p.floor)
  if (at - leftAt >= naturalBreakThresholdMs(s)) openAbsence(s, leftAt)
}

export function applyLock(ctx: StepContext, idleSeconds: number | undefined): void {
  const { s, at } = ctx
  s.presence.locked = { since: at }
  // An automatic lock after a long idle time: the user left when input stopped, not at the lock.
  const idle = s.idleSource.reliable ? cleanIdleSeconds(idleSeconds) : 0
  openAbsence(s, departure(s, at, idle))
}

export function applyUnlock(ctx: StepContext): void {
  const p = ctx.s.presence
  if (p.locked === null) return
  p.locked = null
  if (p.suspended === null) comeBack(ctx, ctx.at)
}

export function applySuspend(ctx: StepContext, idleSeconds: number | undefined): void {
  const { s, at } = ctx
  s.presence.suspended = { since: at }
  const idle = s.idleSource.reliable ? cleanIdleSeconds(idleSeconds) : 0
  openAbsence(s, departure(s, at, idle))
}

/** Waking the machine takes a person (lid, key, button): they are back unless the screen is locked. */
export function applyResume(ctx: StepContext): void {
  const p = ctx.s.presence
  if (p.suspended === null) return
  p.suspended = null
  if (p.locked === null) comeBack(ctx, ctx.at)
}

/**
 * An absence that has lasted the threshold becomes a natural break: the bout ends at the departure and
 * any pending prompt counts as answered. During a started break the absence makes the break real (the
 * bout ended when it began); in a meeting the user is taken to be sitting, so nothing happens.
 */
export function settleAbsence(ctx: StepContext): void {
  const { s, at } = ctx
  const away = s.presence.away
  if (away === null || away.recognized) return
  if (sitsThrough(s)) return
  if (at - away.since < naturalBreakThresholdMs(s)) return
  away.recognized = true
  if (s.schedule.onBreak !== null) {
    completeBreak(ctx, 'away', at, false)
    return
  }
  if (s.bout === null) {
    resetSequence(s)
    return
  }
  const answeredPrompt = s.schedule.prompt !== null
  endBout(ctx, away.since)
  ctx.events.push({
    type: 'natural-break',
    at,
    from: away.since,
    awayMinutes: minutesBetween(away.since, at),
    answeredPrompt
  })
  resetSequence(s)
}

/** When an unrecognised absence would become a natural break (for the wake-up plan). */
export function absenceSettlesAt(s: EngineState): EpochMs | null {
  const away = s.presence.away
  if (away === null || away.recognized || sitsThrough(s)) return null
  return away.since + naturalBreakThresholdMs(s)
}
