import { describe, expect, it } from 'vitest'
import { DEFAULT_OFFICE_SETTINGS } from '../../../../src/shared/office-settings'
import { EngineRunner } from '../../../../src/main/engine/engine-runner'
import { initialState, step } from '../../../../src/main/engine/office-engine'
import { VirtualClock, VirtualScheduler } from '../../../../src/main/engine/simulation/virtual-time'
import type { EngineEvent } from '../../../../src/main/engine/types'
import { MIN, day, ofType } from './engine-harness'
import { rig } from './runner-rig'

const d = day()

describe('the engine runner', () => {
  it('samples idle time about once a minute while the user sits, with one timer pending', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    expect(r.scheduler.nextDue).toBe(d.t('09:01'))
    r.pass(10 * MIN)
    expect(r.scheduler.fired.map((w) => (w.at - d.t('09:00')) / MIN)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(r.runner.status()).toMatchObject({ phase: 'sitting', sittingMinutes: 10 })
  })

  it('wakes exactly at the due time to prompt', () => {
    const r = rig(d.t('09:00:20'))
    r.runner.start()
    r.pass(30 * MIN)
    expect(r.log.find((l) => l.event.type === 'break-due')?.wall).toBe(d.t('09:25:20'))
  })

  it('closes the open bout on stop and leaves no timer behind', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(12 * MIN)
    r.runner.stop()
    expect(ofType(r.events(), 'bout-ended')).toEqual([
      { type: 'bout-ended', at: d.t('09:12'), start: d.t('09:00'), end: d.t('09:12'), minutes: 12 }
    ])
    expect(r.scheduler.nextDue).toBeNull()
    const fired = r.scheduler.fired.length
    r.pass(60 * MIN)
    expect(r.scheduler.fired.length).toBe(fired)
  })

  it('does not wake while the machine sleeps', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(5 * MIN)
    r.runner.suspend()
    expect(r.scheduler.nextDue).toBeNull()
    r.pass(60 * MIN)
    r.runner.resume()
    expect(ofType(r.events(), 'natural-break')).toHaveLength(1)
    expect(r.scheduler.nextDue).not.toBeNull()
  })

  it('reads the idle clock at a lock, so an automatic lock dates the departure at the last input', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(10 * MIN + 30_000)
    // The last input, then nearly two minutes without any before the session locks.
    const leftAt = r.clock.now()
    r.setIdle((wall) => Math.floor((wall - leftAt) / 1000))
    r.pass(MIN + 50_000)
    r.runner.lock()
    r.pass(2 * MIN)
    const found = ofType(r.events(), 'natural-break')[0]
    expect(found?.from).toBe(leftAt)
  })

  it('serves an action taken from an event handler after the step that raised it', () => {
    const clock = new VirtualClock(d.t('09:00'))
    const scheduler = new VirtualScheduler(clock)
    const seen: EngineEvent[] = []
    const runner: EngineRunner = new EngineRunner({
      clock,
      scheduler,
      idle: { idleSeconds: () => 0 },
      onEvents: (events) => {
        seen.push(...events)
        if (events.some((e) => e.type === 'break-due')) runner.act({ type: 'snooze' })
      }
    })
    runner.start()
    scheduler.runUntil(d.t('09:26'))
    expect(seen.map((e) => e.type)).toEqual(['sitting-started', 'break-due', 'break-snoozed'])
  })

  it('keeps going when the idle probe fails', () => {
    const clock = new VirtualClock(d.t('09:00'))
    const scheduler = new VirtualScheduler(clock)
    const seen: EngineEvent[] = []
    const runner = new EngineRunner({
      clock,
      scheduler,
      idle: {
        idleSeconds: () => {
          throw new Error('no idle source')
        }
      },
      onEvents: (events) => seen.push(...events)
    })
    runner.start()
    scheduler.runUntil(d.t('09:30'))
    expect(ofType(seen, 'break-due')[0]?.at).toBe(d.t('09:25'))
  })

  it('applies settings given before start', () => {
    const r = rig(d.t('09:00'))
    r.runner.setSettings({ ...DEFAULT_OFFICE_SETTINGS, sitLimitMinutes: 15 })
    r.runner.start()
    r.pass(20 * MIN)
    expect(ofType(r.events(), 'break-due')[0]?.at).toBe(d.t('09:15'))
  })

  it('reports status to its listener after every step', () => {
    const clock = new VirtualClock(d.t('09:00'))
    const scheduler = new VirtualScheduler(clock)
    const phases: string[] = []
    const runner = new EngineRunner({
      clock,
      scheduler,
      idle: { idleSeconds: () => 0 },
      onStatus: (s) => phases.push(s.phase)
    })
    runner.start()
    scheduler.runUntil(d.t('09:25'))
    expect(phases[0]).toBe('sitting')
    expect(phases.at(-1)).toBe('due')
    expect(phases).toHaveLength(25 + 1)
  })
})

describe('the engine step', () => {
  it('leaves the state it was given untouched', () => {
    const before = step(initialState(), { kind: 'idle-sample', at: d.t('09:00'), idleSeconds: 0 }).state
    const snapshot = structuredClone(before)
    step(before, { kind: 'action', at: d.t('09:00:30'), action: { type: 'break-now' } })
    step(before, { kind: 'lock', at: d.t('09:00:30') })
    expect(before).toEqual(snapshot)
  })

  it('always asks to be woken in the future, never in the past', () => {
    let state = initialState()
    let t = d.t('09:00')
    for (let i = 0; i < 200; i++) {
      const result = step(state, { kind: 'idle-sample', at: t, idleSeconds: (i * 37) % 200 })
      state = result.state
      expect(result.nextWakeAt).not.toBeNull()
      expect(result.nextWakeAt ?? 0).toBeGreaterThan(t)
      t = result.nextWakeAt ?? t
    }
  })
})
