// The automatic hold: a call, a presentation or Do-Not-Disturb holds prompts back, like a meeting nobody had to announce.
//
// Rules, and the choices made where the issue was silent:
// - The desktop reports busy reasons; only those switched on in Settings count. While one counts, no
//   prompt comes (a pending one is put off, not answered) and sitting is still counted.
// - During a call or a presentation, time away from the keyboard counts as sitting (people listen
//   and watch without typing), as in a meeting; a locked screen or a sleep does not. Do-Not-Disturb
//   alone does not say where the user is, so there the usual presence rules apply.
// - When the signals stop, the hold lasts a grace time more (a call that drops and reconnects is one
//   hold); then a break that fell due meanwhile prompts once, as a catch-up.
// - The cap (desktopSignals.capMinutes from the hold's start) ends the hold even while the signals go
//   on; they are then ignored until they all stop, and a prompt that comes meanwhile is quiet (no
//   break card over a presentation).
import { SOURCE_REASON, type BusyReason } from '../../shared/desktop-signals'
import { sittingMinutesAt } from './sitting-bout'
import { MINUTE, minutesBetween, type StepContext } from './step-context'
import type { DesktopHoldState, EngineState, EpochMs } from './types'

/** How long a hold outlasts its signals. */
export const HOLD_GRACE_MS = 2 * MINUTE

/** The order reasons are listed in, whatever order the desktop reported them in. */
const REASON_ORDER: readonly BusyReason[] = [...new Set(Object.values(SOURCE_REASON))]

export function initialDesktopHold(): DesktopHoldState {
  return { reported: [], hold: null, capped: false }
}

/** The reported reasons that Settings lets count, in a fixed order and without repeats. */
export function activeReasons(s: EngineState, reported: readonly BusyReason[] = s.desktop.reported): BusyReason[] {
  const enabled = s.settings.desktopSignals
  return REASON_ORDER.filter((r) => reported.includes(r) && enabled[r])
}

export function capAt(s: EngineState, since: EpochMs): EpochMs {
  return since + s.settings.desktopSignals.capMinutes * MINUTE
}

/** The earliest the current hold can end (grace or cap), for due times and the wake-up plan; null if none. */
export function holdEndsAt(s: EngineState): EpochMs | null {
  const hold = s.desktop.hold
  if (hold === null) return null
  const cap = capAt(s, hold.since)
  return hold.quietSince === null ? cap : Math.min(cap, hold.quietSince + HOLD_GRACE_MS)
}

/**
 * During a call or a presentation whose signals are on, the user is taken to be sitting. Not behind a
 * locked screen or asleep: nothing can be seen there (the laptop may have gone to another room), so
 * the usual rules count that time as away.
 */
export function holdKeepsPresence(s: EngineState): boolean {
  const hold = s.desktop.hold
  const { locked, suspended } = s.presence
  if (hold === null || hold.quietSince !== null || locked !== null || suspended !== null) return false
  return hold.reasons.some((r) => r !== 'dnd')
}

/** Absence from the keyboard counts as sitting: in a meeting, or a call or presentation. */
export function sitsThrough(s: EngineState): boolean {
  return s.schedule.meeting !== null || holdKeepsPresence(s)
}

/**
 * From here on the usual presence rules apply again: an absence still going on counts from now (until
 * then the user was taken to be sitting), as after a meeting.
 */
function releasePresence(ctx: StepContext, from: EpochMs): void {
  const { s } = ctx
  if (s.schedule.meeting !== null) return
  s.presence.floor = Math.max(s.presence.floor, from)
  const away = s.presence.away
  if (away !== null && !away.recognized) away.since = Math.max(away.since, from)
}

function endHold(ctx: StepContext, reason: 'signal' | 'cap'): void {
  const { s, at } = ctx
  const hold = s.desktop.hold
  if (hold === null) return
  const kept = holdKeepsPresence(s)
  s.desktop.hold = null
  if (kept) releasePresence(ctx, at)
  ctx.events.push({
    type: 'busy-ended',
    at,
    reason,
    reasons: hold.reasons,
    heldMinutes: minutesBetween(hold.since, at),
    sittingMinutes: sittingMinutesAt(ctx)
  })
}

/**
 * After a sleep, what the desktop reported before it is stale (a call rarely survives one): it is
 * forgotten, so a hold still on ends after the grace unless a fresh report says otherwise.
 */
export function forgetStaleSignals(ctx: StepContext): void {
  ctx.s.desktop.reported = []
}

/** Takes a fresh report from the desktop. */
export function applyDesktopSignals(ctx: StepContext, busy: readonly BusyReason[]): void {
  ctx.s.desktop.reported = REASON_ORDER.filter((r) => busy.includes(r))
}

/**
 * Brings the hold up to date with the reports, the settings and the time: starts it, follows its
 * reasons, starts or cancels the grace, and ends it at the grace's end or the cap. Runs every step.
 */
export function updateHold(ctx: StepContext): void {
  const { s, at } = ctx
  const d = s.desktop
  const active = activeReasons(s)
  if (d.capped && active.length === 0) d.capped = false

  const hold = d.hold
  if (hold !== null) {
    if (active.length > 0 && at < capAt(s, hold.since)) {
      if (hold.quietSince !== null) hold.quietSince = null
      hold.reasons = active
    } else if (active.length === 0 && hold.quietSince === null) {
      // Signals stopped: the grace begins, and the user's presence is read normally again.
      const kept = holdKeepsPresence(s)
      hold.quietSince = at
      if (kept) releasePresence(ctx, at)
    }
    if (at >= capAt(s, hold.since)) {
      const stillOn = active.length > 0
      endHold(ctx, stillOn ? 'cap' : 'signal')
      d.capped = stillOn
    } else if (hold.quietSince !== null && at >= hold.quietSince + HOLD_GRACE_MS) {
      endHold(ctx, 'signal')
    }
    return
  }

  if (d.capped || active.length === 0) return
  // A prompt on screen is put off, not answered: it comes back as a catch-up when the hold ends.
  const deferredPrompt = s.schedule.prompt !== null
  s.schedule.prompt = null
  d.hold = { since: at, reasons: active, quietSince: null }
  ctx.events.push({ type: 'busy-started', at, reasons: active, deferredPrompt })
}
