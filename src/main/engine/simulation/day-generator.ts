// Generates a plausible office day as a trace (seeded, so runs repeat): for the bench and the budget tests.
import { formatWithOffset } from './time-format'

/** A small deterministic PRNG (mulberry32): the same seed gives the same day on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export interface OfficeDayOptions {
  seed: number
  /** Local midnight of the day, as epoch ms. */
  date: number
  /** UTC offset written in the trace, minutes east of UTC. */
  offsetMinutes: number
  /** Hours of the working day (default 8), starting at 09:00. */
  hours?: number
}

type State = 'active' | 'idle' | 'locked' | 'asleep'

/**
 * A day from 09:00: work bouts of 10-50 minutes broken by short pauses at the desk (under a minute and
 * a half, which count as sitting), coffee trips (idle 3-10 minutes), a locked lunch from about 12:30,
 * one afternoon meeting-room trip with the laptop asleep, and user answers to some prompts. Times
 * fall on random seconds, so returns land anywhere between two polls.
 */
export function generateOfficeDay(options: OfficeDayOptions): string {
  const rand = seededRandom(options.seed)
  const between = (lo: number, hi: number): number => lo + rand() * (hi - lo)
  const sec = (minutes: number): number => Math.round(minutes * 60) * 1000
  const start = options.date + 9 * 3_600_000
  const end = start + (options.hours ?? 8) * 3_600_000
  const iso = (t: number): string => formatWithOffset(t, options.offsetMinutes)
  const lines: string[] = []
  const push = (from: number, to: number, state: State): void => {
    lines.push(JSON.stringify({ from: iso(from), to: iso(to), state }))
  }
  const lunchAt = start + sec(between(200, 230))
  let lunchDone = false
  let sleepDone = false
  let t = start
  while (t < end) {
    const bout = Math.min(sec(between(10, 50)), end - t)
    // Short pauses inside the bout: reading, thinking; they stay below the natural-break threshold.
    let cursor = t
    const boutEnd = t + bout
    while (cursor < boutEnd) {
      const stretch = Math.min(sec(between(3, 15)), boutEnd - cursor)
      push(cursor, cursor + stretch, 'active')
      cursor += stretch
      if (cursor < boutEnd && rand() < 0.4) {
        const pause = Math.min(sec(between(0.2, 1.5)), boutEnd - cursor)
        push(cursor, cursor + pause, 'idle')
        cursor += pause
      }
    }
    // Sometimes answer the prompt: a guided stretch 25-27 minutes into a long bout.
    if (bout > sec(28) && rand() < 0.5) {
      const at = t + sec(between(25.2, 27))
      lines.push(JSON.stringify({ at: iso(at), action: 'start-break' }))
      lines.push(JSON.stringify({ at: iso(at + sec(2)), action: 'finish-break' }))
    }
    t = boutEnd
    if (t >= end) break
    let away: number
    let state: State
    if (!lunchDone && t >= lunchAt) {
      lunchDone = true
      away = sec(between(35, 55))
      state = 'locked'
    } else if (!sleepDone && t > lunchAt + sec(90)) {
      sleepDone = true
      away = sec(between(25, 45))
      state = 'asleep'
    } else {
      away = sec(between(3, 10))
      state = rand() < 0.3 ? 'locked' : 'idle'
    }
    away = Math.min(away, end - t)
    push(t, t + away, state)
    t += away
  }
  return lines.join('\n')
}
