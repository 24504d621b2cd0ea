// Opening and closing sitting bouts: the `sitting-started` / `bout-ended` pair the progress log records.
import { minutesBetween, type StepContext } from './step-context'
import type { EpochMs } from './types'

/** A bout starts when the user sits down (returns, finishes a break, starts the app). */
export function startBout(ctx: StepContext, start: EpochMs, awayMinutes?: number): void {
  ctx.s.bout = { start }
  ctx.s.schedule.anchorAt = start
  ctx.s.schedule.snoozedUntil = null
  ctx.events.push(
    awayMinutes === undefined
      ? { type: 'sitting-started', at: start }
      : { type: 'sitting-started', at: start, awayMinutes }
  )
}

/** Closes the open bout at `end` (clamped so it never ends before it started). Empty bouts are not
 * logged: a user who came back and left in the same instant did not sit. */
export function endBout(ctx: StepContext, end: EpochMs): void {
  const bout = ctx.s.bout
  if (bout === null) return
  const clampedEnd = Math.max(bout.start, end)
  if (clampedEnd > bout.start) {
    ctx.events.push({
      type: 'bout-ended',
      at: ctx.at,
      start: bout.start,
      end: clampedEnd,
      minutes: minutesBetween(bout.start, clampedEnd)
    })
  }
  ctx.s.bout = null
  ctx.s.schedule.anchorAt = null
  ctx.s.schedule.snoozedUntil = null
}

/** Minutes of the open bout at `at`, 0 when none. */
export function sittingMinutesAt(ctx: StepContext): number {
  return ctx.s.bout === null ? 0 : minutesBetween(ctx.s.bout.start, ctx.at)
}
