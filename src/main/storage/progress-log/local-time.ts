// Local wall-clock time as the log writes it: ISO 8601 with the machine's UTC offset at that instant.
// Lives in main (not shared) because it depends on the process time zone.

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** 2026-03-02T09:25:00.000+01:00 for a Date, using the offset in force at that instant. */
export function formatLocalTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset()
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/**
 * The UTC offset (minutes, +60 for +01:00) this machine's time zone had at a local wall-clock time
 * such as "2025-06-01T09:25:00". Used to upgrade old events that were written without an offset.
 */
export function localOffsetAtWallTime(wallTime: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(wallTime)
  if (m === null) return 0
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0))
  return -date.getTimezoneOffset()
}

/** A compact UTC stamp for file names: 20260305T101010Z. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}
