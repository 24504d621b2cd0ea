import { describe, expect, it } from 'vitest'
import type { EngineEvent, EngineInput } from '../../../../src/main/engine/types'
import { HOUR, MIN, day, eventsOf, feed, ofType, simulateLines } from './engine-harness'
import { seededRandom } from '../../../../src/main/engine/simulation/day-generator'
import { rig } from './runner-rig'

const d = day('2026-03-02')
const next = day('2026-03-03')

/** No event may carry negative minutes, whatever the clock did. */
function expectNoNegativeMinutes(events: EngineEvent[]): void {
  for (const e of events) {
    for (const key of ['sittingMinutes', 'awayMinutes', 'minutes'] as const) {
      const value = (e as Partial<Record<typeof key, number>>)[key]
      if (value !== undefined) expect(value, `${e.type}.${key}`).toBeGreaterThanOrEqual(0)
    }
    if (e.type === 'bout-ended') expect(e.end).toBeGreaterThanOrEqual(e.start)
  }
}

const longestBout = (events: EngineEvent[]): number =>
  Math.max(0, ...ofType(events, 'bout-ended').map((e) => e.minutes))

describe('overnight suspend', () => {
  it('turns the night into one natural break: no giant bout and at most one prompt after waking', () => {
    const run = simulateLines([
      d.state('16:00', '17:40', 'active'),
      d.action('16:25:30', 'snooze'),
      { from: d.iso('17:40'), to: next.iso('08:00'), state: 'asleep' },
      next.state('08:00', '09:00', 'active')
    ])
    const events = eventsOf(run)
    const afterResume = ofType(events, 'break-due').filter((e) => e.at >= next.t('08:00'))
    expect(afterResume.map((e) => e.at)).toEqual([next.t('08:25')])
    expect(ofType(events, 'natural-break').at(-1)).toMatchObject({ at: next.t('08:00'), from: d.t('17:40') })
    expect(longestBout(events)).toBe(100)
    expectNoNegativeMinutes(events)
  })

  it('handles a sleep nobody announced, when the idle clock counted through it', () => {
    const r = rig(d.t('16:00'))
    r.runner.start()
    r.pass(100 * MIN)
    const sleptAt = r.clock.now()
    // The machine slept 14 h without a suspend event: timers did not run, the wall clock moved on.
    r.setIdle((wall) => Math.floor((wall - sleptAt) / 1000))
    r.clock.setWallClock(next.t('08:00'))
    r.pass(MIN)
    r.setIdle(() => 0)
    r.pass(HOUR)
    const events = r.events()
    expect(ofType(events, 'natural-break').at(-1)).toMatchObject({ from: sleptAt })
    expect(longestBout(events)).toBeLessThanOrEqual(101)
    expect(ofType(events, 'break-due').filter((e) => e.at >= next.t('08:00')).length).toBeLessThanOrEqual(1)
    expectNoNegativeMinutes(events)
  })

  it('handles a sleep nobody announced, when the idle clock was reset by the wake-up key press', () => {
    const r = rig(d.t('16:00'))
    r.runner.start()
    r.pass(100 * MIN)
    r.clock.setWallClock(next.t('08:00'))
    r.pass(HOUR)
    const events = r.events()
    r.runner.stop()
    const all = r.events()
    // Without evidence of absence the gap is not counted as sitting either: no bout spans the night.
    expect(ofType(events, 'clock-changed')).toHaveLength(1)
    expect(longestBout(all)).toBeLessThanOrEqual(161)
    expect(ofType(events, 'break-due').filter((e) => e.at >= next.t('08:00')).length).toBeLessThanOrEqual(1)
    expectNoNegativeMinutes(all)
  })
})

describe('wall clock changes', () => {
  it('does not count a clock set forward three hours as sitting, and prompts after 25 real minutes', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(10 * MIN + 15_000)
    r.clock.setWallClock(r.clock.now() + 3 * HOUR)
    r.pass(50 * MIN)
    r.runner.stop()
    const due = r.log.filter((l) => l.event.type === 'break-due')
    expect(due).toHaveLength(1)
    // Real time (elapsed) decides: 25 minutes after the start.
    expect(Math.abs((due[0]?.elapsed ?? 0) - (d.t('09:00') + 25 * MIN))).toBeLessThanOrEqual(5_000)
    expect(due[0]?.event).toMatchObject({ sittingMinutes: 25 })
    expect(longestBout(r.events())).toBeLessThanOrEqual(61)
    expect(ofType(r.events(), 'natural-break')).toEqual([])
    expectNoNegativeMinutes(r.events())
  })

  it('loses nothing to a clock set back an hour: the prompt comes 25 real minutes in, every minute is sat', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(10 * MIN + 15_000)
    r.clock.setWallClock(r.clock.now() - HOUR)
    r.pass(50 * MIN - 15_000)
    r.runner.stop()
    const due = r.log.filter((l) => l.event.type === 'break-due')
    expect(due).toHaveLength(1)
    // Monotonic time makes the jump exact: not a second of sitting is dropped.
    expect((due[0]?.elapsed ?? 0) - d.t('09:00')).toBe(25 * MIN)
    expect(due[0]?.event).toMatchObject({ sittingMinutes: 25 })
    expect(ofType(r.events(), 'clock-changed').map((e) => e.jumpMinutes)).toEqual([-60])
    expect(ofType(r.events(), 'bout-ended').map((e) => e.minutes)).toEqual([60])
    expectNoNegativeMinutes(r.events())
  })

  it('loses nothing to a clock set forward: the bout counts real minutes and the prompt is on time', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(10 * MIN + 15_000)
    r.clock.setWallClock(r.clock.now() + 3 * HOUR)
    r.pass(50 * MIN - 15_000)
    r.runner.stop()
    const due = r.log.filter((l) => l.event.type === 'break-due')
    expect(due.map((l) => l.elapsed - d.t('09:00'))).toEqual([25 * MIN])
    expect(ofType(r.events(), 'clock-changed').map((e) => e.jumpMinutes)).toEqual([180])
    expect(ofType(r.events(), 'bout-ended').map((e) => e.minutes)).toEqual([60])
  })

  it('shows no jump in the status between the clock change and the next wake-up', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(10 * MIN + 15_000)
    r.clock.setWallClock(r.clock.now() - HOUR)
    expect(r.runner.status().sittingMinutes).toBeCloseTo(10.25, 5)
  })

  /** A sample a minute from 09:00 (true time), the wall clock set back an hour after 09:10, a quit at 09:41. */
  function setBackInputs(withMono: boolean): EngineInput[] {
    const inputs: EngineInput[] = []
    for (let minute = 0; minute <= 41; minute++) {
      const at = d.t('09:00') + minute * MIN - (minute > 10 ? HOUR : 0)
      const kind = minute === 41 ? 'shutdown' : 'idle-sample'
      const input: EngineInput = kind === 'shutdown' ? { kind, at } : { kind, at, idleSeconds: 0 }
      inputs.push(withMono ? { ...input, mono: minute * MIN } : input)
    }
    return inputs
  }

  it('without monotonic time (an older caller) a clock set back loses the time since the last input', () => {
    expect(ofType(feed(setBackInputs(false)).events, 'bout-ended').map((e) => e.minutes)).toEqual([40])
  })

  it('with monotonic time the same inputs lose nothing', () => {
    expect(ofType(feed(setBackInputs(true)).events, 'bout-ended').map((e) => e.minutes)).toEqual([41])
  })

  it('keeps an announced overnight sleep one absence when the monotonic clock stood still through it', () => {
    const r = rig(d.t('16:00'))
    r.runner.start()
    r.pass(100 * MIN)
    r.runner.suspend()
    const sleptAt = r.clock.now()
    // Linux and macOS: monotonic time does not count the sleep, only the wall clock moved on.
    r.clock.setWallClock(next.t('08:00'))
    r.runner.resume()
    r.pass(HOUR)
    r.runner.stop()
    const events = r.events()
    expect(ofType(events, 'natural-break')).toEqual([expect.objectContaining({ from: sleptAt, at: next.t('08:00') })])
    expect(ofType(events, 'bout-ended').map((e) => e.minutes)).toEqual([100, 60])
    expect(ofType(events, 'clock-changed')).toEqual([])
  })

  it('keeps an absence an absence when the clock jumps during it', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(5 * MIN)
    r.runner.lock()
    r.pass(5 * MIN)
    r.clock.setWallClock(r.clock.now() - 2 * HOUR)
    r.pass(5 * MIN)
    r.runner.unlock()
    r.pass(10 * MIN)
    r.runner.stop()
    const events = r.events()
    expect(ofType(events, 'natural-break')).toHaveLength(1)
    expectNoNegativeMinutes(events)
  })
})

describe('a clock change in a simulator trace ({"at", "setClock"})', () => {
  // Trace times are true times; the wall clock is set back an hour at 09:10 and, reading 08:40 at
  // 09:40, set forward to 09:45.
  const lines = [
    d.state('09:00', '10:00', 'active'),
    { at: d.iso('09:10'), setClock: d.iso('08:10') },
    d.action('09:26', 'skip'),
    { at: d.iso('09:40'), setClock: d.iso('09:45') }
  ]

  it('delays no prompt: each comes exactly when the sitting limit is reached in true time', () => {
    const run = simulateLines(lines)
    const due = run.events.filter((r) => r.event.type === 'break-due')
    expect(due.map((r) => r.trueAt)).toEqual([d.t('09:25'), d.t('09:51')])
    expect(due.map((r) => (r.event.type === 'break-due' ? r.event.sittingMinutes : null))).toEqual([25, 51])
    // Printed in the machine's wall time, as the app would log them.
    expect(run.lines.filter((l) => l.type === 'break-due').map((l) => l.t)).toEqual([
      '2026-03-02T08:25:00+01:00',
      '2026-03-02T09:56:00+01:00'
    ])
  })

  it('loses no sitting minute: one bout of exactly the 60 minutes sat', () => {
    const events = eventsOf(simulateLines(lines))
    expect(ofType(events, 'bout-ended').map((e) => e.minutes)).toEqual([60])
    expect(ofType(events, 'natural-break')).toEqual([])
    expect(ofType(events, 'clock-changed').map((e) => e.jumpMinutes)).toEqual([-60, 65])
  })
})

describe('whatever happens', () => {
  /** Events that answer or clear a pending prompt; a second prompt needs one of them first. */
  const answers = new Set([
    'break-snoozed',
    'break-skipped',
    'break-started',
    'break-completed',
    'natural-break',
    'meeting-started',
    'paused'
  ])

  it('never prompts twice without an answer, never reports negative or impossible minutes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed)
      const start = d.t('08:00')
      const r = rig(start)
      r.runner.start()
      let locked = false
      for (let i = 0; i < 150; i++) {
        r.pass(Math.floor(random() * 20 * MIN) + 5_000)
        const roll = random()
        if (roll < 0.1) r.clock.setWallClock(r.clock.now() + (random() - 0.5) * 6 * HOUR)
        else if (roll < 0.2) {
          if (locked) r.runner.unlock()
          else r.runner.lock()
          locked = !locked
        } else if (roll < 0.27) {
          r.runner.suspend()
          r.clock.advanceTo(r.clock.elapsed + random() * 10 * HOUR)
          r.runner.resume()
        } else if (roll < 0.5) {
          const actions = [
            { type: 'snooze' },
            { type: 'skip' },
            { type: 'start-break' },
            { type: 'finish-break' },
            { type: 'meeting' },
            { type: 'end-meeting' },
            { type: 'pause', minutes: 20 },
            { type: 'resume' }
          ] as const
          r.runner.act(actions[Math.floor(random() * actions.length)] ?? { type: 'snooze' })
        } else if (roll < 0.75) {
          const since = r.clock.now()
          r.setIdle((wall) => Math.max(0, Math.floor((wall - since) / 1000)))
        } else r.setIdle(() => 0)
      }
      r.runner.stop()
      const events = r.events()
      expectNoNegativeMinutes(events)
      const realMinutes = (r.clock.elapsed - start) / MIN
      expect(longestBout(events)).toBeLessThanOrEqual(realMinutes + 1)
      let pending = false
      for (const e of events) {
        if (e.type === 'break-due') {
          expect(pending, `seed ${seed}: a second prompt at ${e.at} with none answered`).toBe(false)
          pending = true
        } else if (answers.has(e.type)) pending = false
      }
    }
  })
})
