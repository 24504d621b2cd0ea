// When the engine next needs to look: sparse samples while sitting, quick polls while away, exact timers.
import { breakAbandonAt, effectiveDueAt } from './break-scheduler'
import { holdEndsAt, sitsThrough } from './desktop-hold'
import { absenceSettlesAt, naturalBreakThresholdMs } from './sitting-tracker'
import { SECOND, type StepContext } from './step-context'
import type { EngineState, EpochMs } from './types'

/**
 * The budget: at most 120 wake-ups an hour whether working or away, prompts within 5 s of their due
 * time, departures exact, returns within 30 s. Idle time is cumulative, so one sample a minute while
 * sitting loses nothing: the departure is read back as `now − idle`. Only a return has no such trace
 * (idle restarts at 0), hence the 30-second poll while away. Prompts and other deadlines get a wake-up
 * of their own at the exact time.
 */
export const SITTING_SAMPLE_MS = 60 * SECOND
export const AWAY_POLL_MS = 30 * SECOND
/** Samples for presence never come closer together than this (deadlines have their own wake-ups). */
export const MIN_SAMPLE_GAP_MS = 30 * SECOND

export interface WakePlan {
  at: EpochMs | null
  sample: boolean
}

function earliest(candidates: (EpochMs | null)[], after: EpochMs): EpochMs | null {
  let best: EpochMs | null = null
  for (const t of candidates) {
    if (t !== null && t > after && (best === null || t < best)) best = t
  }
  return best
}

/** Deadlines that need a wake-up at their exact time. */
function deadlines(s: EngineState): (EpochMs | null)[] {
  const sch = s.schedule
  return [
    effectiveDueAt(s),
    sch.pause?.until ?? null,
    sch.meeting?.until ?? null,
    sch.onBreak === null ? null : breakAbandonAt(s, sch.onBreak.since),
    holdEndsAt(s)
  ]
}

export function planWake(ctx: StepContext): WakePlan {
  const { s, at } = ctx
  const p = s.presence
  if (s.lastAt === null || p.suspended !== null) return { at: null, sample: false }
  const lastSampleAt = p.lastSample?.at ?? at

  if (p.locked !== null) {
    // Unlock is an event, so no polling; one sample when the lock becomes a break (it probes the
    // idle source, see idle-source-check.ts).
    const settles = absenceSettlesAt(s)
    const next = earliest([settles, ...deadlines(s)], at)
    return { at: next, sample: next !== null && next === settles }
  }

  if (p.away !== null && p.away.recognized) {
    // Only a poll can see the return. Deadlines while away wait for the next poll (nobody is there to
    // prompt), which keeps the away budget at exactly 120 an hour.
    return { at: Math.max(lastSampleAt + AWAY_POLL_MS, at + SECOND), sample: true }
  }

  const periodic = Math.max(lastSampleAt + SITTING_SAMPLE_MS, at + SECOND)
  let sampleAt = periodic
  const last = p.lastSample
  if (s.idleSource.reliable && !sitsThrough(s) && last !== null && last.idleSeconds > 0) {
    // Input has stopped: look again exactly when the pause would become a natural break. When that
    // check falls less than half an interval after the regular sample, it replaces the sample, so
    // samples stay at least 30 s apart (the floor below only matters after a settings change).
    const leftAt = Math.max(p.lastInputAt ?? last.at, p.floor)
    const check = Math.max(leftAt + naturalBreakThresholdMs(s), last.at + MIN_SAMPLE_GAP_MS)
    if (check <= periodic + MIN_SAMPLE_GAP_MS) sampleAt = check
  }
  const next = earliest([sampleAt, absenceSettlesAt(s), ...deadlines(s)], at)
  return { at: next, sample: true }
}
