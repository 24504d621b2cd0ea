// When the engine next needs to look: sparse samples while sitting, quick polls while away, exact timers.
import { breakAbandonAt, effectiveDueAt, rawDueAt } from './break-scheduler'
import { holdEndsAt, holdKeepsPresence, sitsThrough } from './desktop-hold'
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
/**
 * After this long away from an unlocked desk (a desktop left on overnight), the poll backs off to
 * AWAY_SLOW_POLL_MS: 10 wake-ups an hour instead of 120, so a 14-hour night, its first half hour at
 * 30 s included, stays under 15 an hour. The return is then seen within that step and dated at the
 * detection (never before the previous poll), so it is exact within 6 minutes; the departure stays
 * exact (now − idle). A lock needs no poll at all where it is an event.
 */
export const AWAY_BACKOFF_AFTER_MS = 30 * 60 * SECOND
export const AWAY_SLOW_POLL_MS = 6 * 60 * SECOND
/**
 * During a call or a presentation there is nothing to prompt and no absence to date (time away from
 * the keyboard counts as sitting), so a look every 2 minutes is enough to see it end: the prompt then
 * comes within 2 minutes of the 2-minute grace. (A lock polled on Linux is seen as late.)
 */
export const HOLD_SAMPLE_MS = 120 * SECOND
/** Samples for presence never come closer together than this (deadlines have their own wake-ups). */
export const MIN_SAMPLE_GAP_MS = 30 * SECOND

/**
 * Desktop signals that cannot push are polled, never more often than every 10 s, and only while a
 * prompt is near (within SIGNAL_NEAR_MS of due), due or held back by a hold: the rest of the day costs
 * nothing. The polls ride on the wake-ups planned anyway (one a minute while sitting, and the prompt's
 * own), and a wake-up that polls waits up to SIGNAL_POLL_WAIT_MS for the answer before it prompts.
 */
export const SIGNAL_POLL_MIN_GAP_MS = 10 * SECOND
export const SIGNAL_NEAR_MS = 3 * 60 * SECOND
export const SIGNAL_POLL_WAIT_MS = 3 * SECOND

function signalsEnabled(s: EngineState): boolean {
  const d = s.settings.desktopSignals
  return d.call || d.presenting || d.dnd
}

/** Whether desktop signals are worth polling at `at` (see SIGNAL_NEAR_MS). */
export function signalPollWanted(s: EngineState, at: EpochMs): boolean {
  const p = s.presence
  if (s.lastAt === null || p.suspended !== null || p.locked !== null || !signalsEnabled(s)) return false
  if (s.schedule.prompt !== null || s.desktop.hold !== null) return true
  const raw = rawDueAt(s)
  return raw !== null && raw - at <= SIGNAL_NEAR_MS
}

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
function deadlines(s: EngineState, at: EpochMs): (EpochMs | null)[] {
  const sch = s.schedule
  return [
    effectiveDueAt(s, at),
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
    const next = earliest([settles, ...deadlines(s, at)], at)
    return { at: next, sample: next !== null && next === settles }
  }

  if (p.away !== null && p.away.recognized) {
    // Only a poll can see the return. Deadlines while away wait for the next poll (nobody is there to
    // prompt), which keeps the away budget at 120 an hour, and 12 once the absence is long.
    const step = at - p.away.since >= AWAY_BACKOFF_AFTER_MS ? AWAY_SLOW_POLL_MS : AWAY_POLL_MS
    return { at: Math.max(lastSampleAt + step, at + SECOND), sample: true }
  }

  const every = holdKeepsPresence(s) ? HOLD_SAMPLE_MS : SITTING_SAMPLE_MS
  const periodic = Math.max(lastSampleAt + every, at + SECOND)
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
  const due = effectiveDueAt(s, at)
  if (sampleAt === periodic && due !== null && due > periodic && due - periodic < SITTING_SAMPLE_MS) {
    // The prompt's own wake-up comes within a minute and takes a sample too: this one waits for it,
    // one wake-up fewer per prompt (departures stay exact: they are read from the idle time).
    sampleAt = due
  }
  const next = earliest([sampleAt, absenceSettlesAt(s), ...deadlines(s, at)], at)
  return { at: next, sample: true }
}
