// Crediting a break: what a taken break resets (the prompt sequence, snoozes) and how a started break ends.
//
// A started break is only a promise. The bout stays open through it, and the break counts as taken
// only when the stretch is finished or the user is away from the desk for the break length; otherwise
// it ends abandoned and the time was sitting, as the log must say.
import { endBout, sittingMinutesAt, startBout } from './sitting-bout'
import { MINUTE, minutesBetween, type StepContext } from './step-context'
import type { BreakCompletion, EngineState, EpochMs } from './types'

/** A break was taken or explicitly skipped: the next prompt starts a fresh sequence. */
export function resetSequence(s: EngineState): void {
  s.schedule.prompt = null
  s.schedule.promptsInSequence = 0
  s.schedule.snoozesInRow = 0
  s.schedule.snoozedUntil = null
}

/** How long the user must be away during a started break for it to count. */
export function breakLengthMs(s: EngineState): number {
  return s.settings.breakLengthMinutes * MINUTE
}

/**
 * Ends the break in progress as taken: the bout ends when the break began. `sitDown` starts the next
 * bout at `at` (the user is at the desk); otherwise it starts when they come back.
 */
export function completeBreak(ctx: StepContext, how: BreakCompletion, at: EpochMs, sitDown: boolean): void {
  const onBreak = ctx.s.schedule.onBreak
  if (onBreak === null) return
  endBout(ctx, onBreak.since)
  ctx.events.push({
    type: 'break-completed',
    at,
    from: onBreak.since,
    minutes: minutesBetween(onBreak.since, at),
    how
  })
  ctx.s.schedule.onBreak = null
  resetSequence(ctx.s)
  if (sitDown) startBout(ctx, at)
}

/**
 * Ends the break in progress as not taken. Nothing is reset: the bout goes on from where it started,
 * the prompt sequence and snoozes stand, and a prompt already due comes again at once.
 */
export function abandonBreak(ctx: StepContext): void {
  const onBreak = ctx.s.schedule.onBreak
  if (onBreak === null) return
  ctx.s.schedule.onBreak = null
  ctx.events.push({
    type: 'break-abandoned',
    at: ctx.at,
    from: onBreak.since,
    minutes: minutesBetween(onBreak.since, ctx.at),
    sittingMinutes: sittingMinutesAt(ctx)
  })
}
