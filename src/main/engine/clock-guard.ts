// Keeps wall-clock jumps (set by hand, NTP steps, sleeps nobody announced) from turning into sitting time.
import { MINUTE, SECOND, type StepContext } from './step-context'
import type { EngineInput, EngineState } from './types'

/** Timers fire a little late under load; only lateness beyond this is treated as a jump. */
export const LATE_SLACK_MS = 2 * MINUTE
/** Jumps smaller than this are absorbed silently (NTP nudges); larger ones are reported. */
const REPORT_JUMP_MS = 1 * MINUTE
/**
 * Wall and monotonic clocks drift apart a little (NTP slews the wall clock by up to 0.05 %, and the two
 * are read a moment apart): differences below this are not clock changes.
 */
const JUMP_TOLERANCE_MS = 1 * SECOND

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
 * Real time since the last input: the monotonic clock's reading when both inputs carry one, which no
 * clock change affects. Without it, a wall clock that went back is taken to have stood still.
 */
function realElapsed(s: EngineState, input: EngineInput, wallDelta: number): number {
  if (input.mono !== undefined && s.lastMono !== null && Number.isFinite(input.mono)) {
    return Math.max(0, input.mono - s.lastMono)
  }
  return Math.max(0, wallDelta)
}

/**
 * Two kinds of trouble, removed by moving every stored time so that durations stay true.
 *
 * The wall clock moved by something other than the real time that passed (`jump`, exact when inputs
 * carry monotonic time). Backward: real time did not run backwards, so the jump is removed. Forward:
 * either the clock was set forward or the machine slept without telling us (monotonic clocks stop
 * during sleep on Linux and macOS). If the idle clock confirms nobody touched the machine through the
 * gap it was a real absence and is left to count as one; otherwise there is no evidence the time passed
 * at the desk, and it is removed. While the user is already away nothing is at stake: a longer absence
 * is still no sitting.
 *
 * Then, in real time, the wake-up we asked for came far too late (a sleep nobody announced, on a
 * system whose monotonic clock counts sleep, or without monotonic time at all): the same evidence
 * rule applies to the excess.
 */
export function guardClock(ctx: StepContext, input: EngineInput): void {
  const { s, at } = ctx
  if (s.lastAt === null) return
  const wallDelta = at - s.lastAt
  const jump = wallDelta - realElapsed(s, input, wallDelta)
  const p = s.presence
  const present = p.suspended === null && p.locked === null && p.away === null
  const idle = evidenceIdleSeconds(input)
  const absenceProven = idle !== undefined && s.idleSource.reliable && idle * SECOND >= wallDelta - LATE_SLACK_MS
  let shift = 0
  if (jump <= -JUMP_TOLERANCE_MS) shift = jump
  else if (jump >= JUMP_TOLERANCE_MS && present && !absenceProven) shift = jump
  const planned = s.plannedWakeAt
  if (planned !== null && present && !absenceProven) {
    const late = at - (planned + shift)
    if (late > LATE_SLACK_MS) shift += late
  }
  if (shift === 0) return
  shiftTimes(s, shift)
  report(ctx, shift)
}
