// Crediting a break: what a taken break resets (the prompt sequence, snoozes) and how a started break ends.
import { startBout } from './sitting-bout'
import { minutesBetween, type StepContext } from './step-context'
import type { BreakCompletion, EngineState, EpochMs } from './types'

/** A break was taken or explicitly skipped: the next prompt starts a fresh sequence. */
export function resetSequence(s: EngineState): void {
  s.schedule.prompt = null
  s.schedule.promptsInSequence = 0
  s.schedule.snoozesInRow = 0
  s.schedule.snoozedUntil = null
}

/**
 * Ends the break in progress as credited. `sitDown` starts the next bout at `at` (the user is at the
 * desk); otherwise the bout starts when they come back.
 */
export function completeBreak(ctx: StepContext, how: BreakCompletion, at: EpochMs, sitDown: boolean): void {
  const onBreak = ctx.s.schedule.onBreak
  if (onBreak === null) return
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
