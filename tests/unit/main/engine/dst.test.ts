import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { AWAY_SLOW_POLL_MS } from '../../../../src/main/engine/sampling-policy'
import { isWithinWorkHours, nextWorkHoursStart, startOfNextLocalDay } from '../../../../src/main/engine/local-time'
import type { WorkHours } from '../../../../src/shared/office-settings'
import { status } from '../../../../src/main/engine/engine-status'
import { HOUR, MIN, eventsOf, feed, ofType, samples, simulateLines, traceText } from './engine-harness'
import { simulate } from '../../../../src/main/engine/simulation/simulate'

// Local time matters here (work hours, "tomorrow"), so the process time zone is pinned for this file.
beforeAll(() => {
  vi.stubEnv('TZ', 'Europe/Berlin')
})
afterAll(() => {
  vi.unstubAllEnvs()
})

const at = (iso: string): number => Date.parse(iso)
const sundayHours: WorkHours = { enabled: true, days: [0], ranges: [{ start: '09:00', end: '17:30' }] }

describe('the test runs in Berlin time', () => {
  it('sees winter and summer offsets', () => {
    expect(new Date(at('2026-03-29T00:30:00Z')).getTimezoneOffset()).toBe(-60)
    expect(new Date(at('2026-03-29T01:30:00Z')).getTimezoneOffset()).toBe(-120)
  })
})

describe('spring forward, 2026-03-29 (02:00 becomes 03:00)', () => {
  it('prompts after 25 real minutes across the missing hour, once', () => {
    const run = simulateLines([{ from: '2026-03-29T01:50:00+01:00', to: '2026-03-29T03:40:00+02:00', state: 'active' }])
    const due = ofType(eventsOf(run), 'break-due')
    expect(due).toHaveLength(1)
    expect(due[0]).toMatchObject({ at: at('2026-03-29T03:15:00+02:00'), sittingMinutes: 25 })
    expect(ofType(eventsOf(run), 'bout-ended')[0]?.minutes).toBe(50)
  })

  it('prints local times with the summer offset after the change', () => {
    const lines = simulate(
      traceText([{ from: '2026-03-29T01:50:00+01:00', to: '2026-03-29T03:40:00+02:00', state: 'active' }])
    )
    expect(lines.map((l) => l.t)).toEqual([
      '2026-03-29T01:50:00+01:00',
      '2026-03-29T03:15:00+02:00',
      '2026-03-29T03:40:00+02:00'
    ])
  })

  it('pauses "until tomorrow" to local midnight on both sides of the change', () => {
    expect(startOfNextLocalDay(at('2026-03-28T20:00:00+01:00'))).toBe(at('2026-03-29T00:00:00+01:00'))
    // The day of the change has 23 hours; tomorrow still starts at midnight.
    expect(startOfNextLocalDay(at('2026-03-29T10:00:00+02:00'))).toBe(at('2026-03-30T00:00:00+02:00'))
    const run = simulateLines([
      { from: '2026-03-29T10:00:00+02:00', to: '2026-03-29T23:30:00+02:00', state: 'active' },
      { at: '2026-03-29T10:05:00+02:00', action: 'pause', until: 'tomorrow' }
    ])
    expect(ofType(eventsOf(run), 'paused')[0]?.until).toBe(at('2026-03-30T00:00:00+02:00'))
    expect(ofType(eventsOf(run), 'break-due')).toEqual([])
  })

  it('starts work hours at 09:00 local summer time', () => {
    expect(nextWorkHoursStart(sundayHours, at('2026-03-29T01:00:00+01:00'))).toBe(at('2026-03-29T09:00:00+02:00'))
    expect(isWithinWorkHours(sundayHours, at('2026-03-29T08:59:00+02:00'))).toBe(false)
    expect(isWithinWorkHours(sundayHours, at('2026-03-29T09:00:00+02:00'))).toBe(true)
  })

  it('sleeps through the change as one natural break of the real length', () => {
    const run = simulateLines([
      { from: '2026-03-28T22:00:00+01:00', to: '2026-03-28T23:00:00+01:00', state: 'active' },
      { from: '2026-03-28T23:00:00+01:00', to: '2026-03-29T08:00:00+02:00', state: 'asleep' },
      { from: '2026-03-29T08:00:00+02:00', to: '2026-03-29T08:30:00+02:00', state: 'active' }
    ])
    const breaks = ofType(eventsOf(run), 'natural-break')
    expect(breaks.at(-1)?.awayMinutes).toBe(8 * 60)
    expect(ofType(eventsOf(run), 'break-due').filter((e) => e.at >= at('2026-03-29T08:00:00+02:00'))).toHaveLength(1)
  })
})

describe('fall back, 2026-10-25 (03:00 becomes 02:00)', () => {
  it('prompts after 25 real minutes inside the repeated hour, once per due', () => {
    const run = simulateLines([
      { from: '2026-10-25T02:30:00+02:00', to: '2026-10-25T02:40:00+01:00', state: 'active' },
      { at: '2026-10-25T02:55:30+02:00', action: 'snooze' }
    ])
    const due = ofType(eventsOf(run), 'break-due')
    expect(due.map((e) => e.at)).toEqual([at('2026-10-25T02:55:00+02:00'), at('2026-10-25T02:00:30+01:00')])
    expect(due.map((e) => e.sittingMinutes)).toEqual([25, 30.5])
    expect(ofType(eventsOf(run), 'bout-ended')[0]?.minutes).toBe(70)
  })

  it('pauses "until tomorrow" to local midnight, 25 hours after the start of the day', () => {
    expect(startOfNextLocalDay(at('2026-10-24T20:00:00+02:00'))).toBe(at('2026-10-25T00:00:00+02:00'))
    expect(startOfNextLocalDay(at('2026-10-25T10:00:00+01:00'))).toBe(at('2026-10-26T00:00:00+01:00'))
    expect(startOfNextLocalDay(at('2026-10-25T10:00:00+01:00')) - at('2026-10-25T00:00:00+02:00')).toBe(25 * HOUR)
  })

  it('keeps an hour-long bout an hour long while the clock repeats 02:00-03:00', () => {
    const run = simulateLines([
      { from: '2026-10-25T02:10:00+02:00', to: '2026-10-25T02:10:00+01:00', state: 'active' },
      { at: '2026-10-25T02:35:10+02:00', action: 'start-break' },
      { at: '2026-10-25T02:37:10+02:00', action: 'finish-break' }
    ])
    const bouts = ofType(eventsOf(run), 'bout-ended')
    expect(bouts.map((b) => b.minutes)).toEqual([25 + 10 / 60, 60 - 27 - 10 / 60])
    for (const b of bouts) expect(b.end - b.start).toBeLessThanOrEqual(HOUR)
  })

  it('opens work hours at 09:00 local winter time on the day of the change', () => {
    expect(nextWorkHoursStart(sundayHours, at('2026-10-25T02:30:00+01:00'))).toBe(at('2026-10-25T09:00:00+01:00'))
  })
})

describe('work hours in local time', () => {
  const weekdays: WorkHours = { enabled: true, days: [1, 2, 3, 4, 5], ranges: [{ start: '09:00', end: '17:30' }] }

  it('holds a prompt due before work hours until they start, then prompts as a catch-up', () => {
    const run = simulateLines(
      [{ from: '2026-03-02T08:00:00+01:00', to: '2026-03-02T09:30:00+01:00', state: 'active' }],
      { workHours: weekdays }
    )
    expect(ofType(eventsOf(run), 'break-due')).toEqual([
      expect.objectContaining({ at: at('2026-03-02T09:00:00+01:00'), sittingMinutes: 60, catchUp: true })
    ])
  })

  it('gives no prompt on a day off or after hours, yet still logs the sitting', () => {
    const run = simulateLines(
      [
        { from: '2026-03-07T10:00:00+01:00', to: '2026-03-07T12:00:00+01:00', state: 'active' },
        { from: '2026-03-09T17:10:00+01:00', to: '2026-03-09T18:30:00+01:00', state: 'active' }
      ],
      { workHours: weekdays }
    )
    const events = eventsOf(run)
    expect(ofType(events, 'break-due')).toEqual([])
    const [weekend, evening] = ofType(events, 'bout-ended').map((e) => e.minutes)
    expect(weekend).toBe(120)
    // Back after two days away at an unlocked desk: the return is seen within the slow poll's step.
    expect(evening).toBeLessThanOrEqual(80)
    expect(evening).toBeGreaterThanOrEqual(80 - AWAY_SLOW_POLL_MS / 60_000)
  })

  it('respects a lunch gap between two ranges', () => {
    const split: WorkHours = {
      enabled: true,
      days: [1, 2, 3, 4, 5],
      ranges: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' }
      ]
    }
    const run = simulateLines(
      [{ from: '2026-03-02T11:45:00+01:00', to: '2026-03-02T13:30:00+01:00', state: 'active' }],
      { workHours: split }
    )
    expect(ofType(eventsOf(run), 'break-due').map((e) => e.at)).toEqual([at('2026-03-02T13:00:00+01:00')])
  })

  it('says "outside-hours" in the status and never prompts when no day is selected', () => {
    const t0 = at('2026-03-02T08:00:00+01:00')
    const { state, events } = feed(samples(t0, t0 + 4 * HOUR, MIN), { workHours: { ...weekdays, days: [] } })
    expect(ofType(events, 'break-due')).toEqual([])
    expect(status(state, t0 + 4 * HOUR)).toMatchObject({
      phase: 'outside-hours',
      withinWorkHours: false,
      sittingMinutes: 240,
      dueAt: null
    })
  })
})
