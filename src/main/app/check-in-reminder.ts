// When the daily check-in reminder speaks: once, in the early evening, only on a day without a
// check-in, only while the setting is on. Pure: the caller passes the time and what it knows.
import { localDay } from '@shared/day-format'

/** The reminder is due from 18:30 local time... */
export const REMINDER_FROM = { hour: 18, minute: 30 }
/** ...until 22:00: later than that it would wake someone who has gone to bed, so the day is skipped. */
export const REMINDER_UNTIL = { hour: 22, minute: 0 }

export interface ReminderState {
  readonly enabled: boolean
  /** The local day ("2026-03-02") of the latest check-in known, on any computer sharing the log. */
  readonly lastCheckInDay: string | null
  /** The local day the reminder last spoke. */
  readonly lastRemindedDay: string | null
}

export interface ReminderDecision {
  readonly remindNow: boolean
  /** When to look again (epoch ms): today's 18:30 if still ahead, else tomorrow's. */
  readonly nextCheckAt: number
}

export function checkInReminderDecision(nowMs: number, state: ReminderState): ReminderDecision {
  const now = new Date(nowMs)
  const at = (dayOffset: number, time: { hour: number; minute: number }): number =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, time.hour, time.minute).getTime()
  const from = at(0, REMINDER_FROM)
  const until = at(0, REMINDER_UNTIL)
  const today = localDay(nowMs)
  const remindNow =
    state.enabled && nowMs >= from && nowMs < until && state.lastCheckInDay !== today && state.lastRemindedDay !== today
  return { remindNow, nextCheckAt: nowMs < from ? from : at(1, REMINDER_FROM) }
}

export const CHECK_IN_REMINDER = {
  title: 'Limber: how is your back today?',
  message:
    'A check-in takes under 30 seconds: open Limber and choose Check-in. You can turn this reminder off in Settings.'
} as const
