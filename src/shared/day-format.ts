// Calendar days as people read them ("2 Mar 2026"), the same on every machine whatever its locale.
const pad = (n: number): string => String(n).padStart(2, '0')

/** The local calendar day of an instant ("2026-03-02"), in this process's time zone. */
export function localDay(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-03-02" -> "2 Mar 2026". */
export function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`
}

/** "2026-03-02" -> "2 Mar". */
export function formatShortDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`
}

/** "2026-03" or "2026-03-02" -> "Mar 2026". */
export function formatMonth(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`
}
