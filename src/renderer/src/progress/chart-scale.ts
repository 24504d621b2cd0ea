// Pure helpers for the hand-drawn charts: scales, round axis maxima, and grouping days into weeks
// or months so a year still fits in a chart a person can read.
import { formatDay, formatMonth, formatShortDay } from '@shared/day-format'
import { dayNumber } from '@shared/progress-stats'

/** Maps [d0, d1] onto [r0, r1]; a flat domain maps to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)
}

/** The smallest of 1, 2, 5 x 10^n at or above `max` (at least 1), for an axis people read easily. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power
  return 10 * power
}

export type Grouping = 'day' | 'week' | 'month'

/** Up to a month: one bar a day; up to half a year: a week; longer: a calendar month. */
export function groupingFor(days: number): Grouping {
  return days <= 31 ? 'day' : days <= 183 ? 'week' : 'month'
}

export interface Group<T> {
  /** First day of the group. */
  readonly day: string
  readonly label: string
  readonly items: readonly T[]
}

/** Groups per-day rows (in day order) by day, by 7-day block from the first day, or by month. */
/** Whether labels of a period need the year: it is long, or it crosses the new year. */
export function needsYear(range: { readonly from: string; readonly to: string }): boolean {
  return range.from.slice(0, 4) !== range.to.slice(0, 4) || dayNumber(range.to) - dayNumber(range.from) > 183
}

/** A day on an axis: "2 Mar", or "2 Mar 2025" when the period needs the year. */
export function axisDay(day: string, range: { readonly from: string; readonly to: string }): string {
  return needsYear(range) ? formatDay(day) : formatShortDay(day)
}

export function groupDays<T extends { readonly day: string }>(rows: readonly T[], grouping: Grouping): Group<T>[] {
  const first = rows[0]
  if (first === undefined) return []
  const last = rows[rows.length - 1] ?? first
  const short = (day: string): string => axisDay(day, { from: first.day, to: last.day })
  const start = dayNumber(first.day)
  const groups = new Map<string, { day: string; items: T[] }>()
  for (const row of rows) {
    const key =
      grouping === 'day'
        ? row.day
        : grouping === 'month'
          ? row.day.slice(0, 7)
          : String(Math.floor((dayNumber(row.day) - start) / 7))
    let group = groups.get(key)
    if (group === undefined) {
      group = { day: row.day, items: [] }
      groups.set(key, group)
    }
    group.items.push(row)
  }
  return [...groups.values()].map((g) => ({
    day: g.day,
    label: grouping === 'month' ? formatMonth(g.day) : grouping === 'week' ? `week of ${short(g.day)}` : short(g.day),
    items: g.items
  }))
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

/** "1 h 25 min", "40 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes)
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`
}

/**
 * The axes of a 0-10 score chart over a period (pain, activity scores): days across, scores up, the
 * period's first and last day as the labels.
 */
export function scoreAxes(range: { readonly from: string; readonly to: string }) {
  const xDomain = [dayNumber(range.from), dayNumber(range.to)] as const
  return {
    xDomain,
    xLabels: [
      { x: xDomain[0], label: axisDay(range.from, range) },
      { x: xDomain[1], label: axisDay(range.to, range) }
    ],
    yDomain: [0, 10] as const,
    yTicks: [0, 2, 4, 6, 8, 10]
  }
}
