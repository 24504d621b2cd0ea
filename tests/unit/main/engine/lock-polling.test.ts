import { describe, expect, it } from 'vitest'
import type { OfficeSettings } from '../../../../src/shared/office-settings'
import { HOUR, MIN, day, eventsOf, ofType, simulateLines } from './engine-harness'
import { peakPerHour, rig, type Rig } from './runner-rig'

const d = day()
const SEC = 1000

type Span = [from: string, to: string]

/**
 * An X11-like desk without lock events: the idle clock counts from the last input (also under the
 * lock, since nobody types into a locked session) and lockedNow() reads the screen.
 */
function desk(scene: { active: Span[]; locked: Span[] }, settings: Partial<OfficeSettings> = {}, start = '09:00') {
  const spans = (list: Span[]) => list.map(([from, to]) => [d.t(from), d.t(to)] as const)
  const active = spans(scene.active)
  const locked = spans(scene.locked)
  const r = rig(d.t(start), settings, { pollLock: true })
  r.setIdle((wall) => {
    let last = d.t(start)
    for (const [from, to] of active) if (from <= wall) last = Math.max(last, Math.min(to, wall))
    return Math.floor((wall - last) / SEC)
  })
  r.setLocked(() => locked.some(([from, to]) => from <= r.clock.now() && r.clock.now() < to))
  return r
}

/** Fired wake-ups (wall times) within [from, to). */
const wakesBetween = (r: Rig, from: number, to: number): number[] =>
  r.scheduler.fired.map((w) => w.at).filter((t) => t >= from && t < to)

const maxGap = (times: number[]): number => Math.max(...times.slice(1).map((t, i) => t - (times[i] ?? t)))

describe('a screen lock the OS never announces (Linux), polled by the runner', () => {
  it('is seen at the next sample and makes a natural break dated at the departure', () => {
    const r = desk({
      active: [
        ['09:00', '09:10:20'],
        ['09:40:13', '10:00']
      ],
      locked: [['09:10:50', '09:40:13']]
    })
    r.runner.start()
    r.pass(HOUR)
    const [natural] = ofType(r.events(), 'natural-break')
    // The user stopped typing at 09:10:20 and locked at 09:10:50; the runner looked at 09:11.
    expect(natural?.from).toBe(d.t('09:10:20'))
    expect(natural?.at).toBeGreaterThanOrEqual(d.t('09:12:20'))
    expect(natural?.at).toBeLessThanOrEqual(d.t('09:12:50'))
    expect(ofType(r.events(), 'bout-ended')[0]).toMatchObject({ start: d.t('09:00'), end: d.t('09:10:20') })
  })

  it('sees the unlock within 30 s wherever it falls, and sitting starts again', () => {
    for (let s = 0; s < 30; s += 3) {
      const unlockAt = `09:40:${String(s).padStart(2, '0')}`
      const r = desk({
        active: [
          ['09:00', '09:10'],
          [unlockAt, '10:00']
        ],
        locked: [['09:10', unlockAt]]
      })
      r.runner.start()
      r.pass(HOUR)
      const back = r.log.filter((l) => l.event.type === 'sitting-started').at(-1)
      expect(back?.wall).toBeGreaterThanOrEqual(d.t(unlockAt))
      expect((back?.wall ?? Infinity) - d.t(unlockAt)).toBeLessThanOrEqual(30 * SEC)
      expect(back?.event).toMatchObject({ type: 'sitting-started', awayMinutes: expect.any(Number) })
    }
  })

  it('lets two locks that still read zero idle mark the idle source unreliable', () => {
    const r = rig(d.t('09:00'), {}, { pollLock: true })
    const locks: Span[] = [
      ['09:30', '09:45'],
      ['11:00', '11:20']
    ]
    r.setLocked(() => locks.some(([from, to]) => d.t(from) <= r.clock.now() && r.clock.now() < d.t(to)))
    r.runner.start()
    r.pass(3 * HOUR)
    const flagged = ofType(r.events(), 'idle-source-unreliable')
    expect(flagged).toHaveLength(1)
    expect(flagged[0]?.at).toBeGreaterThan(d.t('11:00'))
    expect(flagged[0]?.at).toBeLessThan(d.t('11:20'))
    expect(r.runner.status().idleSourceReliable).toBe(false)
    // A blind source cannot date the departure: each lock counts from when the runner saw it.
    const froms = ofType(r.events(), 'natural-break').map((e) => e.from)
    expect(froms).toHaveLength(2)
    expect((froms[0] ?? 0) - d.t('09:30')).toBeLessThanOrEqual(60 * SEC)
    expect((froms[1] ?? 0) - d.t('11:00')).toBeLessThanOrEqual(60 * SEC)
  })

  it('wakes 120 times an hour while locked, never more than 30 s apart, a prompt due inside the lock included', () => {
    // A long natural-break threshold keeps the bout open, so the 09:25 prompt falls inside the lock.
    const r = desk(
      {
        active: [
          ['09:00', '09:20:10'],
          ['12:00', '12:30']
        ],
        locked: [['09:20:10', '12:00']]
      },
      { naturalBreakMinutes: 10 }
    )
    r.runner.start()
    r.pass(3 * HOUR + 30 * MIN)
    const duringLock = wakesBetween(r, d.t('09:21'), d.t('12:00'))
    expect(maxGap(duringLock)).toBeLessThanOrEqual(30 * SEC)
    expect(peakPerHour(duringLock)).toBe(120)
    expect(wakesBetween(r, d.t('10:00'), d.t('11:00'))).toHaveLength(120)
    // The prompt and the natural break wait for the next poll: at most 30 s.
    const due = r.log.find((l) => l.event.type === 'break-due')
    expect(due?.wall).toBeGreaterThanOrEqual(d.t('09:25'))
    expect((due?.wall ?? Infinity) - d.t('09:25')).toBeLessThanOrEqual(30 * SEC)
    expect(ofType(r.events(), 'natural-break')[0]?.from).toBe(d.t('09:20:10'))
  })

  it('starting on a locked screen counts no sitting until the unlock', () => {
    const r = desk({ active: [['09:10:05', '09:30']], locked: [['08:50', '09:10:05']] })
    r.runner.start()
    expect(r.runner.status().phase).toBe('away')
    r.pass(30 * MIN)
    const started = r.log.filter((l) => l.event.type === 'sitting-started')
    expect(started).toHaveLength(1)
    expect(started[0]?.wall).toBeGreaterThanOrEqual(d.t('09:10:05'))
    expect((started[0]?.wall ?? Infinity) - d.t('09:10:05')).toBeLessThanOrEqual(30 * SEC)
  })

  it('does not poll while the machine sleeps, and looks again just after it wakes', () => {
    const r = desk({
      active: [
        ['09:00', '09:10'],
        ['10:21', '10:40']
      ],
      locked: [['09:10', '10:21']]
    })
    r.runner.start()
    r.pass(20 * MIN)
    r.runner.suspend()
    r.pass(60 * MIN)
    expect(wakesBetween(r, d.t('09:20:01'), d.t('10:20'))).toEqual([])
    r.runner.resume()
    r.pass(20 * MIN)
    const afterResume = wakesBetween(r, d.t('10:20'), d.t('10:40'))
    expect((afterResume[0] ?? Infinity) - d.t('10:20')).toBeLessThanOrEqual(30 * SEC)
    const back = r.log.find((l) => l.event.type === 'sitting-started' && l.wall > d.t('10:00'))
    expect((back?.wall ?? Infinity) - d.t('10:21')).toBeLessThanOrEqual(30 * SEC)
  })

  it('sees a laptop that slept locked wake up still locked: no sitting until the unlock', () => {
    // The screen locks just after the sleep begins; the runner is told only of the sleep.
    const r = desk({
      active: [
        ['09:00', '09:10:40'],
        ['10:12', '10:30']
      ],
      locked: [['09:10:41', '10:12']]
    })
    r.runner.start()
    r.pass(10 * MIN + 40 * SEC)
    r.runner.suspend()
    r.pass(HOUR)
    r.runner.resume()
    r.pass(20 * MIN)
    const started = r.log.filter((l) => l.event.type === 'sitting-started' && l.wall > d.t('09:01'))
    expect(started).toHaveLength(1)
    expect(started[0]?.wall).toBeGreaterThanOrEqual(d.t('10:12'))
    expect((started[0]?.wall ?? Infinity) - d.t('10:12')).toBeLessThanOrEqual(30 * SEC)
    expect(ofType(r.events(), 'natural-break').map((e) => e.from)).toEqual([d.t('09:10:40')])
    expect(ofType(r.events(), 'sitting-started').at(-1)?.awayMinutes).toBeGreaterThan(60)
  })

  it('treats a lock probe that throws as no reading', () => {
    const r = rig(d.t('09:00'), {}, { pollLock: true })
    r.setLocked(() => {
      throw new Error('no session bus')
    })
    r.runner.start()
    r.pass(30 * MIN)
    expect(r.log.find((l) => l.event.type === 'break-due')?.wall).toBe(d.t('09:25'))
    expect(r.runner.status().phase).toBe('due')

    // Locked, then the probe fails: no reading is no unlock.
    const s = rig(d.t('09:00'), {}, { pollLock: true })
    s.setLocked(true)
    s.runner.start()
    s.pass(5 * MIN)
    s.setLocked(() => {
      throw new Error('no session bus')
    })
    s.pass(30 * MIN)
    expect(ofType(s.events(), 'sitting-started')).toEqual([])
    s.setLocked(false)
    s.pass(30 * SEC)
    expect(ofType(s.events(), 'sitting-started')).toHaveLength(1)
  })

  it('is never needed where lock events come: no lockedNow, no polling while locked', () => {
    const r = rig(d.t('09:00'))
    r.runner.start()
    r.pass(10 * MIN)
    r.runner.lock()
    r.pass(2 * HOUR)
    expect(wakesBetween(r, d.t('09:15'), d.t('11:10'))).toEqual([])
  })
})

describe('the simulator with the lock polled (--poll-lock)', () => {
  const morning = [
    d.state('09:00', '09:40', 'active'),
    d.state('09:40', '10:40', 'locked'),
    d.state('10:40', '11:00', 'active')
  ]

  it('finds the same natural break and return as with lock events, at about 120 wake-ups an hour locked', () => {
    const evented = simulateLines(morning)
    const polled = simulateLines(morning, {}, { lock: 'polled' })
    const breaks = (run: typeof evented) => ofType(eventsOf(run), 'natural-break').map((e) => e.from)
    expect(breaks(polled)).toEqual(breaks(evented))
    expect(breaks(polled)).toEqual([d.t('09:40')])
    expect(polled.metrics.missedReturns).toBe(0)
    expect(polled.metrics.worstReturnDetectionSeconds ?? Infinity).toBeLessThanOrEqual(30)
    expect(evented.metrics.wakeUps.locked).toBeLessThanOrEqual(2)
    expect(polled.metrics.wakeUps.locked).toBeGreaterThanOrEqual(119)
    expect(polled.metrics.wakeUps.locked).toBeLessThanOrEqual(120)
  })
})
