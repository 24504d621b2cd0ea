// Keeps wall-clock jumps (set by hand, NTP steps, sleeps nobody announced) from turning into sitting time.
import { MINUTE, SECOND, type StepContext } from './step-context'
import type { EngineInput, EngineState } from './types'

/** Timers fire a little late under load; only lateness beyond this is treated as a jump. */
export const LATE_SLACK_MS = 2 * MINUTE
/** Jumps smaller than this are absorbed silently (NTP nudges); larger ones are reported. */
const REPORT_JUMP_MS = 1 * MINUTE

/** Moves every stored time by `delta`, so durations measured since them are preserved. */
export function shiftTimes(s: EngineState, delta: number): void {
  const p = s.presence
  const sch = s.schedule
  if (p.locked !== null) p.locked.since += delta
  if (p.suspended !== null) p.suspended.since += delta
  if (p.away !== null) p.away.since += delta
  if (p.lastInputAt !== null) p.lastInputAt += delta
  if (p.lastSample !== null) p.lastSample.at += delta
  p.floor += delta
  if (s.bout !== null) s.bout.start += delta
  if (sch.anchorAt !== null) sch.anchorAt += delta
  if (sch.snoozedUntil !== null) sch.snoozedUntil += delta
  if (sch.prompt !== null) {
    sch.prompt.since += delta
    sch.prompt.dueAt += delta
  }
  if (sch.onBreak !== null) sch.onBreak.since += delta
  if (sch.pause !== null) sch.pause.until += delta
  if (sch.meeting !== null) sch.meeting.until += delta
  if (s.idleSource.lastProbedLockSince !== null) s.idleSource.lastProbedLockSince += delta
}

function evidenceIdleSeconds(input: EngineInput): number | undefined {
  switch (input.kind) {
    case 'idle-sample':
    case 'lock':
    case 'suspend':
      return input.idleSeconds
    default:
      return undefined
  }
}

function report(ctx: StepContext, jump: number): void {
  if (Math.abs(jump) >= REPORT_JUMP_MS) {
    ctx.events.push({ type: 'clock-changed', at: ctx.at, jumpMinutes: jump / MINUTE })
  }
}

/**
 * Backward: real time did not run backwards, so the jump is removed from every stored time (at most
 * the time since the last step is lost, never negative minutes). Forward past the wake-up we asked
 * for: if the idle clock confirms nobody touched the machine through the gap, it was a real absence
 * (a sleep we were not told about) and is left to count as one; otherwise there is no evidence the
 * hours passed at the desk, so we assume the timer fired on time and shift by the excess. While the
 * user is already away nothing is at stake: a longer absence is still no sitting.
 */
export function guardClock(ctx: StepContext, input: EngineInput): void {
  const { s, at } = ctx
  if (s.lastAt === null) return
  const delta = at - s.lastAt
  if (delta < 0) {
    shiftTimes(s, delta)
    report(ctx, delta)
    return
  }
  const planned = s.plannedWakeAt
  const p = s.presence
  if (planned === null || p.suspended !== null || p.locked !== null || p.away !== null) return
  const late = at - planned
  if (late <= LATE_SLACK_MS) return
  const idle = evidenceIdleSeconds(input)
  if (idle !== undefined && s.idleSource.reliable && idle * SECOND >= delta - LATE_SLACK_MS) return
  shiftTimes(s, late)
  report(ctx, late)
}
