import { describe, expect, it } from 'vitest'
import { EngineRunner } from '../../../../src/main/engine/engine-runner'
import { status } from '../../../../src/main/engine/engine-status'
import { VirtualClock, VirtualScheduler } from '../../../../src/main/engine/simulation/virtual-time'
import type { EngineEvent } from '../../../../src/main/engine/types'
import { DEFAULT_DESKTOP_SIGNALS_SETTINGS, DEFAULT_OFFICE_SETTINGS } from '../../../../src/shared/office-settings'
import { MIN, day, eventsOf, feed, ofType, samples, simulateLines } from './engine-harness'

const d = day()
const events = { signals: 'events' } as const
const workHours = { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], ranges: [{ start: '09:00', end: '17:30' }] }

describe('a call holds prompts automatically', () => {
  it('prompts nothing during the call, then once, 2 minutes after it ends, as a catch-up', () => {
    const run = simulateLines([d.state('09:00', '10:30', 'active'), d.busy('09:10', '09:40', 'call')], {}, events)
    const all = eventsOf(run)
    expect(ofType(all, 'busy-started')).toEqual([
      { type: 'busy-started', at: d.t('09:10'), reasons: ['call'], deferredPrompt: false }
    ])
    expect(ofType(all, 'busy-ended')).toMatchObject([{ at: d.t('09:42'), reason: 'signal', reasons: ['call'] }])
    expect(ofType(all, 'break-due')).toMatchObject([{ at: d.t('09:42'), dueAt: d.t('09:25'), catchUp: true }])
    // Sitting kept counting through it: one bout, 42 minutes in at the prompt.
    expect(ofType(all, 'break-due')[0]?.sittingMinutes).toBe(42)
    expect(ofType(all, 'natural-break')).toEqual([])
  })

  it('sees a call by polling when the desktop cannot push it, and one starting just before the due time', () => {
    // The call starts 30 s before the prompt: only the poll just before the due time can see it.
    const run = simulateLines([d.state('09:00', '10:30', 'active'), d.busy('09:24:30', '09:40', 'call')])
    const all = eventsOf(run)
    // Seen by the poll of the prompt's own wake-up, before it prompts.
    expect(ofType(all, 'busy-started')[0]?.at).toBeLessThanOrEqual(d.t('09:25'))
    const due = ofType(all, 'break-due')
    expect(due).toHaveLength(1)
    // Seen ending at a poll within a minute, then the 2-minute grace.
    expect(due[0]?.at).toBeGreaterThanOrEqual(d.t('09:42'))
    expect(due[0]?.at).toBeLessThanOrEqual(d.t('09:43'))
  })

  it('does not poll while no prompt is near', () => {
    const run = simulateLines([d.state('09:00', '09:20', 'active'), d.busy('09:05', '09:10', 'call')])
    expect(run.metrics.signalPolls).toBe(0)
    expect(ofType(eventsOf(run), 'busy-started')).toEqual([])
  })

  it('counts a call without typing as sitting, unlike the same silence without a call', () => {
    const lines = [
      d.state('09:00', '09:15', 'active'),
      d.state('09:15', '09:45', 'idle'),
      d.state('09:45', '10:30', 'active')
    ]
    const quiet = eventsOf(simulateLines(lines, {}, events))
    expect(ofType(quiet, 'natural-break')).toHaveLength(1)

    const inCall = eventsOf(simulateLines([...lines, d.busy('09:12', '09:45', 'call')], {}, events))
    expect(ofType(inCall, 'natural-break')).toEqual([])
    expect(ofType(inCall, 'sitting-started')).toHaveLength(1)
    expect(ofType(inCall, 'break-due')).toMatchObject([{ at: d.t('09:47'), sittingMinutes: 47 }])
  })

  it('leaves presence alone for Do-Not-Disturb: walking away is still a break', () => {
    const lines = [
      d.state('09:00', '09:15', 'active'),
      d.state('09:15', '09:45', 'idle'),
      d.state('09:45', '10:00', 'active')
    ]
    const all = eventsOf(simulateLines([...lines, d.busy('09:12', '09:45', 'dnd')], {}, events))
    expect(ofType(all, 'natural-break')).toMatchObject([{ from: d.t('09:15') }])
  })

  it('treats a call that drops and reconnects within the grace as one hold', () => {
    const run = simulateLines(
      [d.state('09:00', '10:30', 'active'), d.busy('09:10', '09:30', 'call'), d.busy('09:31', '09:50', 'call')],
      {},
      events
    )
    const all = eventsOf(run)
    expect(ofType(all, 'busy-started')).toHaveLength(1)
    expect(ofType(all, 'busy-ended')).toMatchObject([{ at: d.t('09:52') }])
    expect(ofType(all, 'break-due').map((e) => e.at)).toEqual([d.t('09:52')])
  })

  it('puts off a prompt already on screen when a call starts, and brings it back once after', () => {
    const run = simulateLines([d.state('09:00', '10:30', 'active'), d.busy('09:27', '09:40', 'call')], {}, events)
    const all = eventsOf(run)
    expect(ofType(all, 'busy-started')).toMatchObject([{ at: d.t('09:27'), deferredPrompt: true }])
    expect(ofType(all, 'break-due').map((e) => [e.at, e.prompt, e.catchUp])).toEqual([
      [d.t('09:25'), 1, false],
      [d.t('09:42'), 2, true]
    ])
  })

  it('ends a hold at the cap with a quiet prompt, never a card over a presentation, and ignores the rest of it', () => {
    const run = simulateLines([d.state('09:00', '12:00', 'active'), d.busy('09:10', '11:30', 'presenting')], {}, events)
    const all = eventsOf(run)
    expect(ofType(all, 'busy-ended')).toMatchObject([{ at: d.t('10:40'), reason: 'cap', heldMinutes: 90 }])
    expect(ofType(all, 'break-due')).toMatchObject([{ at: d.t('10:40'), quiet: true, catchUp: true }])
    expect(ofType(all, 'busy-started')).toHaveLength(1)
  })

  it('follows a changed cap', () => {
    const run = simulateLines(
      [d.state('09:00', '11:00', 'active'), d.busy('09:10', '10:50', 'call')],
      {
        desktopSignals: { ...DEFAULT_DESKTOP_SIGNALS_SETTINGS, capMinutes: 30 }
      },
      events
    )
    expect(ofType(eventsOf(run), 'busy-ended')).toMatchObject([{ at: d.t('09:40'), reason: 'cap' }])
  })

  it('ignores a reason switched off in Settings', () => {
    const run = simulateLines(
      [d.state('09:00', '10:00', 'active'), d.busy('09:10', '09:40', 'call')],
      {
        desktopSignals: { ...DEFAULT_DESKTOP_SIGNALS_SETTINGS, call: false }
      },
      events
    )
    const all = eventsOf(run)
    expect(ofType(all, 'busy-started')).toEqual([])
    expect(ofType(all, 'break-due').map((e) => e.at)).toEqual([d.t('09:25')])
  })

  it('holds across a pause: the pause ends, the call goes on, and the prompt waits for both', () => {
    const run = simulateLines(
      [
        d.state('09:00', '10:30', 'active'),
        d.action('09:05', 'pause', { minutes: 30 }),
        d.busy('09:20', '10:00', 'call')
      ],
      {},
      events
    )
    const all = eventsOf(run)
    expect(ofType(all, 'resumed')).toMatchObject([{ at: d.t('09:35'), reason: 'expired' }])
    expect(ofType(all, 'break-due').map((e) => e.at)).toEqual([d.t('10:02')])
  })

  it('holds across the start of work hours, and prompts nothing after they end', () => {
    const settings = { workHours }
    const morning = eventsOf(
      simulateLines([d.state('08:30', '09:40', 'active'), d.busy('08:50', '09:30', 'call')], settings, events)
    )
    expect(ofType(morning, 'break-due')).toMatchObject([{ at: d.t('09:32'), catchUp: true }])

    const evening = eventsOf(
      simulateLines(
        [d.state('17:00', '18:00', 'active'), d.action('17:00', 'skip'), d.busy('17:20', '17:45', 'call')],
        settings,
        events
      )
    )
    expect(ofType(evening, 'busy-ended')).toMatchObject([{ at: d.t('17:47') }])
    expect(ofType(evening, 'break-due')).toEqual([])
  })
})

describe('the status during a hold', () => {
  const start = d.t('09:00')
  const busy = (at: number, reasons: ('call' | 'presenting' | 'dnd')[]) =>
    ({ kind: 'desktop-signals', at, busy: reasons }) as const

  it('says why, while sitting still counts', () => {
    const { state } = feed([...samples(start, start + 5 * MIN, MIN), busy(start + 5 * MIN, ['dnd', 'call'])])
    expect(status(state, start + 10 * MIN)).toMatchObject({
      phase: 'busy',
      busyReasons: ['call', 'dnd'],
      sittingMinutes: 10
    })
  })

  it('takes a manual meeting over, and holds on when the meeting ends first', () => {
    const { state } = feed([
      ...samples(start, start + 5 * MIN, MIN),
      busy(start + 5 * MIN, ['call']),
      { kind: 'action', at: start + 6 * MIN, action: { type: 'meeting' } },
      { kind: 'action', at: start + 8 * MIN, action: { type: 'end-meeting' } }
    ])
    expect(status(state, start + 8 * MIN).phase).toBe('busy')
    expect(status(feed([busy(start + 6 * MIN + 1, ['call'])], {}, state).state, start + 7 * MIN).phase).toBe('busy')
  })

  it('ends the hold after the grace when the reason is switched off mid-call', () => {
    const { state, events: evs } = feed([
      ...samples(start, start + 5 * MIN, MIN),
      busy(start + 5 * MIN, ['call']),
      {
        kind: 'settings',
        at: start + 6 * MIN,
        settings: { ...DEFAULT_OFFICE_SETTINGS, desktopSignals: { ...DEFAULT_DESKTOP_SIGNALS_SETTINGS, call: false } }
      },
      ...samples(start + 7 * MIN, start + 9 * MIN, MIN)
    ])
    expect(ofType(evs, 'busy-ended')).toMatchObject([{ at: start + 8 * MIN, reason: 'signal' }])
    expect(status(state, start + 9 * MIN).phase).toBe('sitting')
  })
})

describe('polling the desktop', () => {
  it('goes on without a poll that never answers: the prompt still comes, 3 s late at most', () => {
    const clock = new VirtualClock(d.t('09:00'))
    const scheduler = new VirtualScheduler(clock)
    const events: EngineEvent[] = []
    let polls = 0
    const runner = new EngineRunner({
      clock,
      scheduler,
      idle: { idleSeconds: () => 0 },
      signals: {
        poll: () => {
          polls += 1
          return new Promise<void>(() => undefined)
        }
      },
      onEvents: (batch) => events.push(...batch)
    })
    runner.start()
    scheduler.runUntil(d.t('10:00'))
    const due = ofType(events, 'break-due')
    expect(polls).toBeGreaterThan(0)
    expect(due).toHaveLength(1)
    expect((due[0]?.at ?? Infinity) - d.t('09:25')).toBeLessThanOrEqual(3000)
    // And it kept sampling after: the hour is covered.
    expect(scheduler.fired.filter((w) => w.elapsed > d.t('09:40')).length).toBeGreaterThan(10)
  })

  it('waits for a poll that answers later, so a call seen by it holds the prompt', async () => {
    const clock = new VirtualClock(d.t('09:00'))
    const scheduler = new VirtualScheduler(clock)
    const events: EngineEvent[] = []
    const inCallFrom = d.t('09:24:59')
    // Declared first so the poller can answer through it, on a later turn like a child process.
    const box: { runner: EngineRunner | null } = { runner: null }
    const runner = new EngineRunner({
      clock,
      scheduler,
      idle: { idleSeconds: () => 0 },
      signals: {
        poll: async () => {
          await new Promise((resolve) => setTimeout(resolve, 0))
          box.runner?.setDesktopBusy(clock.now() >= inCallFrom ? ['call'] : [])
        }
      },
      onEvents: (batch) => events.push(...batch)
    })
    box.runner = runner
    runner.start()
    for (let t = d.t('09:00'); t <= d.t('09:30'); t += 5000) {
      scheduler.runUntil(t)
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    expect(ofType(events, 'busy-started')).toHaveLength(1)
    expect(ofType(events, 'break-due')).toEqual([])
  })
})

describe('a hold across a sleep', () => {
  it('forgets what the desktop said before the sleep: the hold ends quietly (past its cap: at once), not as a cap', () => {
    const run = simulateLines(
      [
        d.state('09:00', '09:20', 'active'),
        d.state('09:20', '12:00', 'asleep'),
        d.state('12:00', '12:30', 'active'),
        d.busy('09:10', '12:30', 'call')
      ],
      {},
      events
    )
    const all = eventsOf(run)
    // The desktop still "reports" the call after the sleep (events only push changes): it is not trusted.
    expect(ofType(all, 'busy-ended')).toMatchObject([{ at: d.t('12:00'), reason: 'signal' }])
    expect(ofType(all, 'break-due').filter((e) => e.quiet === true)).toEqual([])
  })
})

describe('a hold and the lock', () => {
  it('counts a sleep in the middle of a presentation as time away, not sitting', () => {
    const run = simulateLines(
      [
        d.state('09:00', '09:20', 'active'),
        d.state('09:20', '10:00', 'asleep'),
        d.state('10:00', '10:30', 'active'),
        d.busy('09:10', '09:40', 'presenting')
      ],
      {},
      events
    )
    const all = eventsOf(run)
    expect(ofType(all, 'natural-break')).toMatchObject([{ from: d.t('09:20') }])
    expect(ofType(all, 'bout-ended')[0]).toMatchObject({ start: d.t('09:00'), end: d.t('09:20') })
  })

  it('counts a locked screen during a call as time away', () => {
    const run = simulateLines(
      [d.state('09:00', '09:20', 'active'), d.state('09:20', '09:40', 'locked'), d.state('09:40', '10:00', 'active')],
      {},
      events
    )
    const inCall = simulateLines(
      [
        d.state('09:00', '09:20', 'active'),
        d.state('09:20', '09:40', 'locked'),
        d.state('09:40', '10:00', 'active'),
        d.busy('09:10', '09:50', 'call')
      ],
      {},
      events
    )
    expect(ofType(eventsOf(inCall), 'natural-break')).toEqual(ofType(eventsOf(run), 'natural-break'))
    expect(ofType(eventsOf(inCall), 'natural-break')).toHaveLength(1)
  })
})

describe('the wake-up budget during a hold', () => {
  it('looks every 2 minutes during a call (nothing to prompt, no absence to date), and still sees it end', () => {
    const run = simulateLines([d.state('09:00', '10:30', 'active'), d.busy('09:10', '09:40', 'call')])
    const during = run.wakeUps.filter((w) => w >= d.t('09:24') && w < d.t('09:40'))
    expect(during.length).toBeLessThanOrEqual(9)
    const due = ofType(eventsOf(run), 'break-due')
    expect(due).toHaveLength(1)
    expect(due[0]?.at).toBeLessThanOrEqual(d.t('09:44'))
  })
})
