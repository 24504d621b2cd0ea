// Words for office status, shared by the tray (main) and the screens (renderer) so they always agree.
import type { BusyReason } from './desktop-signals'
import type { OfficeStatus } from './office-status'

export function formatClock(epochMs: number): string {
  const d = new Date(epochMs)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export function minutesLabel(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes))
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  const rest = m % 60
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`
}

const BUSY_WORDS: Record<BusyReason, string> = {
  call: 'In a call',
  presenting: 'Presenting',
  dnd: 'Do Not Disturb is on'
}

/** Why reminders wait by themselves, e.g. "In a call" (the first reason, in a fixed order, wins). */
export function busyLine(reasons: readonly BusyReason[]): string {
  const first = reasons[0]
  return first === undefined ? 'Busy' : BUSY_WORDS[first]
}

/** One sentence for the tray tooltip and the Today screen. */
export function statusLine(status: OfficeStatus): string {
  switch (status.phase) {
    case 'sitting':
      return `Sitting for ${minutesLabel(status.sittingMinutes)}`
    case 'due':
      return `Time to stand up: sitting for ${minutesLabel(status.sittingMinutes)}`
    case 'on-break':
      return 'On a break'
    case 'away':
      return 'Away from the desk'
    case 'paused':
      return status.pausedUntil === null ? 'Paused' : `Paused until ${formatClock(status.pausedUntil)}`
    case 'meeting':
      return status.meetingUntil === null
        ? `In a meeting (sitting ${minutesLabel(status.sittingMinutes)})`
        : `In a meeting until ${formatClock(status.meetingUntil)} (sitting ${minutesLabel(status.sittingMinutes)})`
    case 'busy':
      return `${busyLine(status.busyReasons)}: reminders wait (sitting ${minutesLabel(status.sittingMinutes)})`
    case 'outside-hours':
      return 'Outside work hours'
  }
}

/**
 * The tray menu's first line: the same without the minute count, so the menu changes only when the
 * state does (rebuilding it every minute closes an open menu on Linux). The minutes are in the tooltip.
 */
export function menuStatusLine(status: OfficeStatus): string {
  switch (status.phase) {
    case 'sitting':
      return 'Sitting'
    case 'due':
      return 'Time to stand up'
    case 'meeting':
      return status.meetingUntil === null ? 'In a meeting' : `In a meeting until ${formatClock(status.meetingUntil)}`
    case 'busy':
      return `${busyLine(status.busyReasons)}: reminders wait`
    default:
      return statusLine(status)
  }
}
