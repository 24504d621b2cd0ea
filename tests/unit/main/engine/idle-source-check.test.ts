import { describe, expect, it } from 'vitest'
import { status } from '../../../../src/main/engine/engine-status'
import type { EngineInput } from '../../../../src/main/engine/types'
import { MIN, day, eventsOf, feed, ofType, samples, simulateLines } from './engine-harness'

const d = day()

/** A working morning with two lunch-and-coffee locks and an idle stretch at the desk. */
const morning = [
  d.state('09:00', '09:40', 'active'),
  d.state('09:40', '09:50', 'locked'),
  d.state('09:50', '10:30', 'active'),
  d.state('10:30', '10:45', 'idle'),
  d.state('10:45', '11:20', 'active'),
  d.state('11:20', '11:40', 'locked'),
  d.state('11:40', '12:30', 'active'),
  d.state('12:30', '12:50', 'asleep'),
  d.state('12:50', '13:30', 'active')
]

describe('an idle source that never reports idle time', () => {
  it('is noticed once, at the second lock that still reads zero', () => {
    const run = simulateLines(morning, {}, { idleSource: 'always-zero' })
    const flagged = ofType(eventsOf(run), 'idle-source-unreliable')
    expect(flagged).toEqual([{ type: 'idle-source-unreliable', at: d.t('11:22') }])
  })

  it('then counts time alone: lock and sleep still make natural breaks', () => {
    const run = simulateLines(morning, {}, { idleSource: 'always-zero' })
    const froms = ofType(eventsOf(run), 'natural-break').map((e) => e.from)
    // Every lock and the sleep count; the idle stretch at 10:30 cannot be seen by a broken source.
    expect(froms).toEqual([d.t('09:40'), d.t('11:20'), d.t('12:30')])
  })

  it('is not suspected on a working source', () => {
    const run = simulateLines(morning)
    expect(ofType(eventsOf(run), 'idle-source-unreliable')).toEqual([])
    expect(ofType(eventsOf(run), 'natural-break').map((e) => e.from)).toEqual([
      d.t('09:40'),
      d.t('10:30'),
      d.t('11:20'),
      d.t('12:30')
    ])
  })

  it('is not condemned by one zero reading during a lock (someone nudged the mouse)', () => {
    const t0 = d.t('09:00')
    const inputs: EngineInput[] = [
      ...samples(t0, t0 + 10 * MIN, MIN),
      { kind: 'lock', at: t0 + 10 * MIN, idleSeconds: 0 },
      { kind: 'idle-sample', at: t0 + 12 * MIN, idleSeconds: 0 },
      { kind: 'unlock', at: t0 + 20 * MIN },
      ...samples(t0 + 21 * MIN, t0 + 40 * MIN, MIN, () => 7)
    ]
    const { state, events } = feed(inputs)
    expect(ofType(events, 'idle-source-unreliable')).toEqual([])
    expect(status(state, t0 + 40 * MIN).idleSourceReliable).toBe(true)
  })

  it('reports the doubt in the status, and trusts the source again once it reads a minute of idle', () => {
    const t0 = d.t('09:00')
    const lock = (at: number): EngineInput[] => [
      { kind: 'lock', at, idleSeconds: 0 },
      { kind: 'idle-sample', at: at + 2 * MIN, idleSeconds: 0 },
      { kind: 'unlock', at: at + 5 * MIN }
    ]
    const broken = feed([
      ...samples(t0, t0 + 5 * MIN, MIN),
      ...lock(t0 + 5 * MIN),
      ...samples(t0 + 11 * MIN, t0 + 15 * MIN, MIN),
      ...lock(t0 + 15 * MIN)
    ])
    expect(status(broken.state, t0 + 21 * MIN).idleSourceReliable).toBe(false)
    const healed = feed(
      samples(t0 + 21 * MIN, t0 + 23 * MIN, MIN, (t) => (t === t0 + 23 * MIN ? 75 : 0)),
      {},
      broken.state
    )
    expect(status(healed.state, t0 + 23 * MIN).idleSourceReliable).toBe(true)
  })
})
