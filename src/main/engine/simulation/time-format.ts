// Formats epoch milliseconds as ISO 8601 with a chosen UTC offset, the way trace files write time.
import type { EpochMs } from '../types'

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** `2026-03-02T09:25:00+01:00`; milliseconds appear only when there are some. */
export function formatWithOffset(at: EpochMs, offsetMinutes: number): string {
  const shifted = new Date(at + offsetMinutes * 60_000)
  const ms = shifted.getUTCMilliseconds()
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    (ms === 0 ? '' : `.${pad(ms, 3)}`) +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** The process time zone's offset at `at`, in minutes east of UTC (DST included). */
export function localOffsetMinutes(at: EpochMs): number {
  return -new Date(at).getTimezoneOffset()
}
