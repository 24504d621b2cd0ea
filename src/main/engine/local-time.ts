// Local-time questions (work hours, "tomorrow"), answered with the process time zone, DST included.
import type { WorkHours } from '../../shared/office-settings'
import type { EpochMs } from './types'

/** Days to look ahead for the next work period: a week plus one covers every weekly pattern. */
const LOOKAHEAD_DAYS = 8

/** The start (00:00 local) of the local day after `at`. Built from calendar fields, so a 23- or
 * 25-hour DST day still ends at midnight rather than 24 hours later. */
export function startOfNextLocalDay(at: EpochMs): EpochMs {
  const d = new Date(at)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime()
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':')
  return Number(h) * 60 + Number(m)
}

/** True when prompts are allowed at `at`: work hours off, or inside one of today's ranges. */
export function isWithinWorkHours(hours: WorkHours, at: EpochMs): boolean {
  if (!hours.enabled) return true
  const d = new Date(at)
  if (!hours.days.includes(d.getDay())) return false
  const minute = d.getHours() * 60 + d.getMinutes()
  return hours.ranges.some((r) => minute >= minutesOf(r.start) && minute < minutesOf(r.end))
}

/** The next moment at or after `at` inside work hours; `at` itself when already inside; null when
 * no day is selected (then prompts never come). */
export function nextWorkHoursStart(hours: WorkHours, at: EpochMs): EpochMs | null {
  if (isWithinWorkHours(hours, at)) return at
  const d = new Date(at)
  let best: EpochMs | null = null
  for (let offset = 0; offset < LOOKAHEAD_DAYS && best === null; offset++) {
    const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset)
    if (!hours.days.includes(day.getDay())) continue
    for (const range of hours.ranges) {
      const start = minutesOf(range.start)
      const t = new Date(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(start / 60), start % 60).getTime()
      if (t > at && (best === null || t < best)) best = t
    }
  }
  return best
}
