import { describe, expect, it } from 'vitest'
import { status } from '../../../../src/main/engine/engine-status'
import { day, eventsOf, feed, MIN, ofType, samples, simulateLines } from './engine-harness'

const d = day()

describe('natural breaks', () => {
  it('counts two minutes idle as a break, dated from the last input, and restarts sitting on return', () => {
    const run = simulateLines([
      d.state('09:00', '09:12:17', 'active'),
      d.state('09:12:17', '09:20', 'idle'),
      d.state('09:20', '10:00', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'natural-break')).toEqual([
      {
        type: 'natural-break',
        at: d.t('09:14:17'),
        from: d.t('09:12:17'),
        awayMinutes: 2,
        answeredPrompt: false
      }
    ])
    // A return leaves no trace in the idle clock, so it is seen at the next poll, within 30 s.
    const back = ofType(events, 'sitting-started')[1]?.at ?? 0
    expect(back - d.t('09:20')).toBeGreaterThanOrEqual(0)
    expect(back - d.t('09:20')).toBeLessThanOrEqual(30_000)
    expect(ofType(events, 'break-due')[0]?.at).toBe(back + 25 * MIN)
  })

  it('counts a shorter gap as sitting', () => {
    const run = simulateLines([
      d.state('09:00', '09:10', 'active'),
      d.state('09:10', '09:11:50', 'idle'),
      d.state('09:11:50', '10:00', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'natural-break')).toEqual([])
    expect(ofType(events, 'break-due')[0]).toMatchObject({ at: d.t('09:25'), sittingMinutes: 25 })
  })

  it('counts a lock of two minutes or more as a break while the screen is still locked', () => {
    const run = simulateLines([
      d.state('09:00', '09:10', 'active'),
      d.state('09:10', '09:40', 'locked'),
      d.state('09:40', '10:30', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'natural-break')[0]).toMatchObject({ at: d.t('09:12'), from: d.t('09:10') })
    expect(ofType(events, 'sitting-started').at(-1)).toEqual({
      type: 'sitting-started',
      at: d.t('09:40'),
      awayMinutes: 30
    })
  })

  it('counts a one-minute lock as sitting', () => {
    const run = simulateLines([
      d.state('09:00', '09:10', 'active'),
      d.state('09:10', '09:11', 'locked'),
      d.state('09:11', '10:00', 'active')
    ])
    expect(ofType(eventsOf(run), 'natural-break')).toEqual([])
    expect(ofType(eventsOf(run), 'break-due')[0]?.at).toBe(d.t('09:25'))
  })

  it('counts a sleep of the machine as a break, noticed when it wakes', () => {
    const run = simulateLines([
      d.state('09:00', '09:20', 'active'),
      d.state('09:20', '09:50', 'asleep'),
      d.state('09:50', '10:30', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'natural-break')).toEqual([
      expect.objectContaining({ at: d.t('09:50'), from: d.t('09:20'), awayMinutes: 30 })
    ])
    expect(ofType(events, 'break-due')[0]?.at).toBe(d.t('10:15'))
  })

  it('lets an absence of the break length answer a pending prompt', () => {
    const run = simulateLines([
      d.state('09:00', '09:27', 'active'),
      d.state('09:27', '09:35', 'idle'),
      d.state('09:35', '10:00', 'active')
    ])
    expect(ofType(eventsOf(run), 'natural-break')[0]).toMatchObject({
      from: d.t('09:27'),
      at: d.t('09:29'),
      answeredPrompt: true
    })
  })

  it('asks for the full break length to answer a prompt when that is longer than a natural break', () => {
    const run = simulateLines(
      [d.state('09:00', '09:27', 'active'), d.state('09:27', '09:31', 'idle'), d.state('09:31', '10:00', 'active')],
      { breakLengthMinutes: 5 }
    )
    const events = eventsOf(run)
    // Four minutes away: more than a natural break, less than the five-minute break asked for.
    expect(ofType(events, 'natural-break')).toEqual([])
    expect(ofType(events, 'bout-ended')).toEqual([expect.objectContaining({ start: d.t('09:00'), end: d.t('10:00') })])
  })

  it('dates the departure of an automatic lock at the last input, not at the lock', () => {
    const run = simulateLines([
      d.state('09:00', '09:10', 'active'),
      d.state('09:10', '09:15', 'idle'),
      d.state('09:15', '09:30', 'locked'),
      d.state('09:30', '10:00', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'natural-break')).toEqual([expect.objectContaining({ from: d.t('09:10'), at: d.t('09:12') })])
    expect(ofType(events, 'sitting-started').at(-1)?.at).toBe(d.t('09:30'))
  })
})

describe('sitting bouts', () => {
  it('reports every bout with its start, end and minutes', () => {
    const run = simulateLines([
      d.state('09:00', '09:20', 'active'),
      d.state('09:20', '09:30', 'idle'),
      d.state('09:30', '09:45', 'active'),
      d.action('09:40', 'break-now'),
      d.action('09:42', 'finish-break'),
      d.state('09:45', '10:00', 'locked')
    ])
    expect(ofType(eventsOf(run), 'bout-ended').map((e) => [e.start, e.end, e.minutes])).toEqual([
      [d.t('09:00'), d.t('09:20'), 20],
      [d.t('09:30'), d.t('09:40'), 10],
      [d.t('09:42'), d.t('09:45'), 3]
    ])
  })

  it('shows sitting minutes and progress toward the limit in the status', () => {
    const t0 = d.t('09:00')
    const { state } = feed(samples(t0, t0 + 10 * MIN, MIN))
    expect(status(state, t0 + 10 * MIN)).toMatchObject({
      phase: 'sitting',
      sittingMinutes: 10,
      progress: 0.4,
      dueAt: d.t('09:25'),
      idleSourceReliable: true
    })
  })

  it('shows an absence in the status', () => {
    const t0 = d.t('09:00')
    const { state } = feed([
      ...samples(t0, t0 + 10 * MIN, MIN),
      { kind: 'lock', at: t0 + 10 * MIN, idleSeconds: 0 },
      { kind: 'wake', at: t0 + 12 * MIN }
    ])
    expect(status(state, t0 + 13 * MIN)).toMatchObject({ phase: 'away', sittingMinutes: 0, progress: 0 })
  })

  it('starts counting when the app starts on a locked screen and the user unlocks', () => {
    const t0 = d.t('08:59')
    const { events } = feed([
      { kind: 'lock', at: t0, idleSeconds: 0 },
      { kind: 'unlock', at: t0 + MIN },
      ...samples(t0 + 2 * MIN, t0 + 27 * MIN, MIN)
    ])
    expect(ofType(events, 'sitting-started').map((e) => e.at)).toEqual([t0 + MIN])
    expect(ofType(events, 'break-due')[0]?.at).toBe(t0 + 26 * MIN)
  })
})
