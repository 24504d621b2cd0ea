import { describe, expect, it } from 'vitest'
import { status } from '../../../../src/main/engine/engine-status'
import { initialState } from '../../../../src/main/engine/office-engine'
import type { EngineInput } from '../../../../src/main/engine/types'
import { DEFAULT_OFFICE_SETTINGS } from '../../../../src/shared/office-settings'
import { HOUR, MIN, day, eventsOf, feed, ofType, samples, simulateLines } from './engine-harness'
import { rig } from './runner-rig'

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

describe('an idle source that must prove itself (a Wayland session)', () => {
  it('is reported unverified until it reads a minute of idle, then verified for good', () => {
    const r = rig(d.t('09:00'), {}, { needsVerification: true })
    let lastInput = d.t('09:00')
    const typing = { on: true }
    r.setIdle((wall) => (typing.on ? 0 : Math.floor((wall - lastInput) / 1000)))
    r.runner.start()
    r.pass(30 * MIN)
    expect(r.runner.status()).toMatchObject({ idleSourceVerified: false, idleSourceReliable: true })
    // The user stops typing at 09:30: the idle time counts up, and a sample sees a minute of it.
    lastInput = d.t('09:30')
    typing.on = false
    r.pass(2 * MIN)
    expect(r.runner.status().idleSourceVerified).toBe(true)
    typing.on = true
    r.pass(HOUR)
    expect(r.runner.status().idleSourceVerified).toBe(true)
  })

  it('stays unverified on a source that never moves, while lock and sleep still count as breaks', () => {
    const r = rig(d.t('09:00'), {}, { needsVerification: true })
    r.runner.start()
    r.pass(60 * MIN)
    r.runner.lock()
    r.pass(20 * MIN)
    r.runner.unlock()
    r.pass(30 * MIN)
    r.runner.suspend()
    r.pass(30 * MIN)
    r.runner.resume()
    r.pass(10 * MIN)
    expect(ofType(r.events(), 'natural-break').map((e) => e.from)).toEqual([d.t('10:00'), d.t('10:50')])
    expect(r.runner.status().idleSourceVerified).toBe(false)
  })

  it('is verified by the idle reading taken at an automatic lock', () => {
    const t0 = d.t('09:00')
    const { state } = feed(
      [...samples(t0, t0 + 10 * MIN, MIN), { kind: 'lock', at: t0 + 15 * MIN, idleSeconds: 300 }],
      {},
      initialState(DEFAULT_OFFICE_SETTINGS, { verified: false })
    )
    expect(status(state, t0 + 15 * MIN).idleSourceVerified).toBe(true)
  })

  it('keeps what it learned across a stop and a start', () => {
    const r = rig(d.t('09:00'), {}, { needsVerification: true })
    r.setIdle((wall) => (wall >= d.t('09:10') && wall < d.t('09:20') ? Math.floor((wall - d.t('09:10')) / 1000) : 0))
    r.runner.start()
    r.pass(30 * MIN)
    r.runner.stop()
    r.runner.start()
    expect(r.runner.status().idleSourceVerified).toBe(true)
  })

  it('needs no proof where the platform does not ask for it', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    expect(r.runner.status().idleSourceVerified).toBe(true)
  })
})
