// The snapshot the tray and the break card show, computed from the state at any moment.
import { effectiveDueAt } from './break-scheduler'
import { isWithinWorkHours } from './local-time'
import { MINUTE, minutesBetween } from './step-context'
import type { EnginePhase, EngineState, EngineStatus, EpochMs } from './types'

function phaseOf(s: EngineState, at: EpochMs, withinWorkHours: boolean): EnginePhase {
  const sch = s.schedule
  const p = s.presence
  if (sch.pause !== null && at < sch.pause.until) return 'paused'
  if (sch.meeting !== null && at < sch.meeting.until) return 'meeting'
  if (sch.onBreak !== null) return 'on-break'
  if (s.desktop.hold !== null) return 'busy'
  if (sch.prompt !== null) return 'due'
  if (!withinWorkHours) return 'outside-hours'
  if (p.away !== null || p.locked !== null || p.suspended !== null) return 'away'
  return 'sitting'
}

export function status(state: EngineState, at: EpochMs): EngineStatus {
  const s = state
  const sch = s.schedule
  const withinWorkHours = isWithinWorkHours(s.settings.workHours, at)
  const limitMs = s.settings.sitLimitMinutes * MINUTE
  // During a started break the bout is kept open in case the break is abandoned; until then the user
  // is shown as on a break, not sitting.
  const sitting = s.bout !== null && sch.onBreak === null
  let progress = 0
  if (sch.prompt !== null) progress = 1
  else if (sitting && sch.anchorAt !== null) {
    progress = Math.min(1, Math.max(0, (at - sch.anchorAt) / limitMs))
  }
  const snoozeAllowed = sch.prompt !== null && sch.snoozesInRow < s.settings.maxSnoozesInRow
  return {
    phase: phaseOf(s, at, withinWorkHours),
    sittingMinutes: sitting && s.bout !== null ? minutesBetween(s.bout.start, at) : 0,
    progress,
    dueAt: sch.prompt?.dueAt ?? effectiveDueAt(s),
    snoozesInRow: sch.snoozesInRow,
    snoozeAllowed,
    promptSticky: sch.prompt !== null && !snoozeAllowed,
    pausedUntil: sch.pause?.until ?? null,
    meetingUntil: sch.meeting?.until ?? null,
    busyReasons: s.desktop.hold?.reasons ?? [],
    idleSourceReliable: s.idleSource.reliable,
    idleSourceVerified: s.idleSource.verified,
    withinWorkHours
  }
}
