import { describe, expect, it } from 'vitest'
import { generateOfficeDay } from '../../../../src/main/engine/simulation/day-generator'
import { runSimulation, type SimulationRun } from '../../../../src/main/engine/simulation/simulate'
import { parseTrace } from '../../../../src/main/engine/simulation/trace'
import { day, eventsOf, ofType, simulateLines } from './engine-harness'
import { peakPerHour as peakInAnyHour } from './runner-rig'

const d = day()

type Category = 'working' | 'away'

/** The most wake-ups of one kind (working or away, by the trace) inside any one-hour window. */
function peakPerHour(run: SimulationRun, category: Category): number {
  const stateAt = (t: number): string => run.trace.segments.find((s) => s.from <= t && t < s.to)?.state ?? 'idle'
  const times = run.wakeUps.filter((t) => {
    const state = stateAt(t)
    return category === 'working' ? state === 'active' : state === 'idle' || state === 'locked'
  })
  return peakInAnyHour(times)
}

/** The most wake-ups inside any one minute, whatever the user is doing. */
function peakPerMinute(run: SimulationRun): number {
  let peak = 0
  let first = 0
  for (let last = 0; last < run.wakeUps.length; last++) {
    while ((run.wakeUps[last] ?? 0) - (run.wakeUps[first] ?? 0) >= 60_000) first++
    peak = Math.max(peak, last - first + 1)
  }
  return peak
}

const days = Array.from({ length: 12 }, (_, i) =>
  runSimulation(
    parseTrace(generateOfficeDay({ seed: 100 + i, date: Date.parse('2026-03-02T00:00:00+01:00'), offsetMinutes: 60 }))
  )
)

describe('the sampling budget over generated office days', () => {
  it('wakes at most 120 times in any hour of work and in any hour away', () => {
    for (const run of days) {
      expect(peakPerHour(run, 'working')).toBeLessThanOrEqual(120)
      expect(peakPerHour(run, 'away')).toBeLessThanOrEqual(120)
      expect(run.metrics.wakeUpsPerHour.working).toBeLessThanOrEqual(120)
      expect(run.metrics.wakeUpsPerHour.away).toBeLessThanOrEqual(120)
    }
  })

  it('prompts within 5 s of the due time', () => {
    for (const run of days) {
      expect(run.metrics.prompts).toBeGreaterThan(0)
      expect(run.metrics.worstPromptDelaySeconds ?? 0).toBeLessThanOrEqual(5)
    }
  })

  it('times departures exactly and sees every return within 30 s', () => {
    for (const run of days) {
      expect(run.metrics.returns).toBeGreaterThan(3)
      expect(run.metrics.missedReturns).toBe(0)
      expect(run.metrics.worstReturnDetectionSeconds ?? 0).toBeLessThanOrEqual(30)
      expect(run.metrics.worstReturnTimingSeconds ?? 0).toBeLessThanOrEqual(30)
      expect(run.metrics.worstDepartureErrorSeconds ?? 0).toBe(0)
    }
  })

  it('never polls second by second', () => {
    for (const run of days) expect(peakPerMinute(run)).toBeLessThanOrEqual(3)
  })
})

describe('the sampling budget in the extremes', () => {
  it('samples about once a minute through a long sitting stretch', () => {
    const run = simulateLines([d.state('08:00', '12:00', 'active')])
    expect(peakPerHour(run, 'working')).toBeLessThanOrEqual(62)
  })

  it('polls every 30 s for the first half hour away from an unlocked desk, then every 6 minutes, and still sees the return', () => {
    const run = simulateLines([
      d.state('08:00', '08:20', 'active'),
      d.state('08:20', '11:20:13', 'idle'),
      d.state('11:20:13', '11:40', 'active')
    ])
    expect(peakPerHour(run, 'away')).toBeLessThanOrEqual(120)
    // Away since 08:20: from 08:50 on the desk is polled 10 times an hour.
    expect(run.wakeUps.filter((w) => w >= d.t('09:00') && w < d.t('10:00'))).toHaveLength(10)
    expect(run.wakeUps.filter((w) => w >= d.t('08:25') && w < d.t('08:45')).length).toBeGreaterThanOrEqual(39)
    const back = ofType(eventsOf(run), 'sitting-started').at(-1)?.at ?? 0
    expect(back - d.t('11:20:13')).toBeGreaterThanOrEqual(0)
    expect(back - d.t('11:20:13')).toBeLessThanOrEqual(6 * 60_000)
    expect(ofType(eventsOf(run), 'natural-break')[0]?.from).toBe(d.t('08:20'))
  })

  it('keeps the 30-second poll for an absence under half an hour', () => {
    const run = simulateLines([
      d.state('08:00', '08:20', 'active'),
      d.state('08:20', '08:49:13', 'idle'),
      d.state('08:49:13', '09:00', 'active')
    ])
    const back = ofType(eventsOf(run), 'sitting-started').at(-1)?.at ?? 0
    expect(back - d.t('08:49:13')).toBeLessThanOrEqual(30_000)
  })

  it('barely wakes while the screen is locked', () => {
    const run = simulateLines([
      d.state('08:00', '08:20', 'active'),
      d.state('08:20', '12:20', 'locked'),
      d.state('12:20', '12:30', 'active')
    ])
    expect(peakPerHour(run, 'away')).toBeLessThanOrEqual(2)
  })

  it('sees a return within 30 s wherever it falls between two polls', () => {
    for (let s = 0; s < 30; s += 3) {
      const returnAt = `09:10:${String(s).padStart(2, '0')}`
      const run = simulateLines([
        d.state('09:00', '09:03', 'active'),
        d.state('09:03', returnAt, 'idle'),
        d.state(returnAt, '09:30', 'active')
      ])
      expect(run.metrics.worstReturnDetectionSeconds).not.toBeNull()
      expect(run.metrics.worstReturnDetectionSeconds ?? 99).toBeLessThanOrEqual(30)
    }
  })
})
