// The office engine as a reducer: state + one input → new state, events, and when to wake it next.
//
// Rules, and the choices made where the product brief was silent:
// - Sitting counts from the first input, a return or the end of a break. Absences shorter than
//   naturalBreakMinutes are part of the bout; longer ones (idle, locked or asleep) are natural breaks,
//   dated from the exact departure (now − idle time). While a prompt is pending, the absence must also
//   last breakLengthMinutes, since it answers the prompt.
// - One prompt per due time; it stays pending until answered. Snooze moves the due time; after
//   maxSnoozesInRow the prompt is sticky. Skip answers it and the next prompt comes a full limit after
//   the skip, while the bout (real sitting) goes on. Pending prompts are not re-announced.
// - A started break counts only when the stretch is finished or the user is away for the break length
//   (break-credit.ts). Until then the bout stays open; a break abandoned while typing leaves its
//   minutes in the bout and the next prompt due a full limit after the last real break (at once).
// - Meeting, pause and off work hours hold prompts back but sitting is still counted (the log stays
//   honest); when they end, a due time that passed meanwhile prompts once, as a catch-up. In a
//   meeting, absence from the keyboard counts as sitting.
// - Wall-clock jumps are removed, exactly when inputs carry monotonic time (clock-guard.ts); a broken idle source is detected and then ignored,
//   and one that must prove itself is reported unverified until it does (idle-source-check.ts); how
//   often to look is sampling-policy.ts.
// - A call, a presentation or Do-Not-Disturb reported by the desktop holds prompts automatically
//   (desktop-hold.ts).
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../../shared/office-settings'
import { abandonBreak, breakLengthMs, completeBreak } from './break-credit'
import { applyAction, checkDue, expireTimers } from './break-scheduler'
import { guardClock } from './clock-guard'
import { applyDesktopSignals, forgetStaleSignals, initialDesktopHold, updateHold } from './desktop-hold'
import { checkIdleSource, noteIdleReading } from './idle-source-check'
import { planWake } from './sampling-policy'
import { endBout, startBout } from './sitting-bout'
import {
  applyIdleSample,
  applyLock,
  applyResume,
  applySuspend,
  applyUnlock,
  cleanIdleSeconds,
  naturalBreakThresholdMs,
  settleAbsence
} from './sitting-tracker'
import type { StepContext } from './step-context'
import type { EngineInput, EngineState, IdleSourceState, StepResult } from './types'

/** `idleSource` overrides the fresh state's (shutdown keeps what was learned; the runner may ask for proof). */
export function initialState(
  settings: OfficeSettings = DEFAULT_OFFICE_SETTINGS,
  idleSource: Partial<IdleSourceState> = {}
): EngineState {
  return {
    settings,
    lastAt: null,
    lastMono: null,
    plannedWakeAt: null,
    presence: {
      locked: null,
      suspended: null,
      away: null,
      lastInputAt: null,
      lastSample: null,
      floor: Number.MIN_SAFE_INTEGER
    },
    bout: null,
    schedule: {
      anchorAt: null,
      snoozedUntil: null,
      prompt: null,
      promptsInSequence: 0,
      snoozesInRow: 0,
      onBreak: null,
      pause: null,
      meeting: null
    },
    idleSource: { reliable: true, zeroLockProbes: 0, lastProbedLockSince: null, verified: true, ...idleSource },
    desktop: initialDesktopHold()
  }
}

/**
 * The first input after start: nothing is known about the time before, so sitting is counted from
 * now. A user already long idle at start is taken as away (no bout until they come back).
 */
function begin(ctx: StepContext, input: EngineInput): void {
  const { s, at } = ctx
  s.presence.floor = at
  if (input.kind === 'lock' || input.kind === 'suspend') return
  if (input.kind === 'idle-sample' && s.idleSource.reliable) {
    if (cleanIdleSeconds(input.idleSeconds) * 1000 >= naturalBreakThresholdMs(s)) {
      s.presence.away = { since: at, recognized: true }
      return
    }
  }
  startBout(ctx, at)
}

function apply(ctx: StepContext, input: EngineInput): void {
  switch (input.kind) {
    case 'idle-sample':
      noteIdleReading(ctx, cleanIdleSeconds(input.idleSeconds))
      checkIdleSource(ctx, cleanIdleSeconds(input.idleSeconds))
      applyIdleSample(ctx, input.idleSeconds)
      return
    case 'lock':
      noteIdleReading(ctx, cleanIdleSeconds(input.idleSeconds))
      applyLock(ctx, input.idleSeconds)
      return
    case 'unlock':
      applyUnlock(ctx)
      return
    case 'suspend':
      noteIdleReading(ctx, cleanIdleSeconds(input.idleSeconds))
      applySuspend(ctx, input.idleSeconds)
      return
    case 'resume':
      applyResume(ctx)
      forgetStaleSignals(ctx)
      return
    case 'action':
      applyAction(ctx, input.action)
      return
    case 'settings':
      ctx.s.settings = input.settings
      return
    case 'desktop-signals':
      applyDesktopSignals(ctx, input.busy)
      return
    case 'wake':
    case 'shutdown':
      return
  }
}

/**
 * Closes the open bout (at the departure if the user is already gone) and forgets the session. A break
 * in progress counts if the user has been away for its length; otherwise it was not taken.
 */
function shutdown(ctx: StepContext): EngineState {
  const { s, at } = ctx
  const away = s.presence.away
  if (away !== null && at - away.since >= breakLengthMs(s)) completeBreak(ctx, 'away', at, false)
  else abandonBreak(ctx)
  endBout(ctx, away === null ? at : away.since)
  return initialState(s.settings, s.idleSource)
}

export function step(state: EngineState, input: EngineInput): StepResult {
  const ctx: StepContext = { s: structuredClone(state), at: input.at, events: [] }
  const { s } = ctx

  if (input.kind === 'shutdown') {
    if (s.lastAt === null) return { state, events: [], nextWakeAt: null, wantsIdleSample: false }
    guardClock(ctx, input)
    return { state: shutdown(ctx), events: ctx.events, nextWakeAt: null, wantsIdleSample: false }
  }
  if (s.lastAt === null) {
    // Settings, desktop reports and stray wake-ups before the first real input change nothing about
    // presence; a report is kept so that a call already going on holds from the start.
    if (input.kind === 'settings') s.settings = input.settings
    if (input.kind === 'desktop-signals') applyDesktopSignals(ctx, input.busy)
    if (input.kind === 'settings' || input.kind === 'wake' || input.kind === 'desktop-signals') {
      return { state: s, events: [], nextWakeAt: null, wantsIdleSample: false }
    }
    begin(ctx, input)
  } else {
    guardClock(ctx, input)
  }

  expireTimers(ctx)
  // Before the input itself: an unlock or resume must find the absence already counted as a break.
  settleAbsence(ctx)
  apply(ctx, input)
  updateHold(ctx)
  settleAbsence(ctx)
  checkDue(ctx)

  s.lastAt = input.at
  s.lastMono = input.mono ?? null
  const plan = planWake(ctx)
  s.plannedWakeAt = plan.at
  return { state: s, events: ctx.events, nextWakeAt: plan.at, wantsIdleSample: plan.sample }
}
