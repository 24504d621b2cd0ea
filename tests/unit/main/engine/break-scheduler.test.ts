import { describe, expect, it } from 'vitest'
import { status } from '../../../../src/main/engine/engine-status'
import { DEFAULT_OFFICE_SETTINGS } from '../../../../src/shared/office-settings'
import { MIN, day, eventsOf, feed, ofType, samples, simulateLines } from './engine-harness'

const d = day()

describe('prompts', () => {
  it('asks the user to stand up after 25 minutes of sitting, at the due time', () => {
    const run = simulateLines([d.state('09:00', '10:00', 'active')])
    const due = ofType(eventsOf(run), 'break-due')
    expect(due[0]).toMatchObject({ at: d.t('09:25'), sittingMinutes: 25, prompt: 1, catchUp: false })
  })

  it('prompts once per due time while the user keeps ignoring it', () => {
    const run = simulateLines([d.state('09:00', '12:00', 'active')])
    expect(ofType(eventsOf(run), 'break-due')).toHaveLength(1)
  })

  it('follows a changed sit limit', () => {
    const run = simulateLines([d.state('09:00', '10:00', 'active')], { sitLimitMinutes: 40 })
    expect(ofType(eventsOf(run), 'break-due')[0]?.at).toBe(d.t('09:40'))
  })
})

describe('snooze', () => {
  it('defers the prompt by 5 minutes, then prompts again', () => {
    const run = simulateLines([d.state('09:00', '10:00', 'active'), d.action('09:25:30', 'snooze')])
    const events = eventsOf(run)
    expect(ofType(events, 'break-snoozed')[0]).toMatchObject({
      at: d.t('09:25:30'),
      until: d.t('09:30:30'),
      snoozesInRow: 1
    })
    expect(ofType(events, 'break-due').map((e) => [e.at, e.prompt])).toEqual([
      [d.t('09:25'), 1],
      [d.t('09:30:30'), 2]
    ])
  })

  it('becomes sticky after three snoozes in a row: a fourth is refused and the prompt stays', () => {
    const run = simulateLines([
      d.state('09:00', '11:00', 'active'),
      d.action('09:25:10', 'snooze'),
      d.action('09:30:20', 'snooze'),
      d.action('09:35:30', 'snooze'),
      d.action('09:40:40', 'snooze')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'break-snoozed').map((e) => e.snoozesInRow)).toEqual([1, 2, 3])
    expect(ofType(events, 'snooze-refused')).toEqual([{ type: 'snooze-refused', at: d.t('09:40:40'), snoozesInRow: 3 }])
    // Four prompts (the first and three after snoozes), then nothing new: the last one stays up.
    expect(ofType(events, 'break-due').map((e) => e.at)).toEqual([
      d.t('09:25'),
      d.t('09:30:10'),
      d.t('09:35:20'),
      d.t('09:40:30')
    ])
  })

  it('reports a sticky prompt in the status', () => {
    // Samples every minute, as the runner takes them; a snooze at each prompt.
    const t0 = d.t('09:00')
    let s = feed(samples(t0, t0 + 25 * MIN, MIN)).state
    let t = t0 + 25 * MIN
    for (let i = 0; i < 3; i++) {
      expect(status(s, t)).toMatchObject({ phase: 'due', snoozeAllowed: true, promptSticky: false })
      s = feed(
        [{ kind: 'action', at: t, action: { type: 'snooze' } }, ...samples(t + MIN, t + 5 * MIN, MIN)],
        {},
        s
      ).state
      t += 5 * MIN
    }
    expect(status(s, t)).toMatchObject({
      phase: 'due',
      snoozesInRow: 3,
      snoozeAllowed: false,
      promptSticky: true
    })
  })

  it('starts counting snoozes afresh after a break', () => {
    const run = simulateLines([
      d.state('09:00', '09:40', 'active'),
      d.action('09:25:10', 'snooze'),
      d.action('09:30:20', 'snooze'),
      d.state('09:40', '09:45', 'idle'),
      d.state('09:45', '10:30', 'active'),
      d.action('10:10:05', 'snooze')
    ])
    expect(ofType(eventsOf(run), 'break-snoozed').map((e) => e.snoozesInRow)).toEqual([1, 2, 1])
  })
})

describe('skip', () => {
  it('answers the prompt with the reason; the bout goes on and the next prompt is a full limit later', () => {
    const run = simulateLines([d.state('09:00', '10:30', 'active'), d.action('09:26', 'skip', { reason: 'deadline' })])
    const events = eventsOf(run)
    expect(ofType(events, 'break-skipped')).toEqual([
      { type: 'break-skipped', at: d.t('09:26'), reason: 'deadline', sittingMinutes: 26 }
    ])
    const due = ofType(events, 'break-due')
    expect(due.map((e) => e.at)).toEqual([d.t('09:25'), d.t('09:51')])
    // Still one bout: the user never stood up.
    expect(due[1]?.sittingMinutes).toBe(51)
    expect(ofType(events, 'bout-ended')).toEqual([
      expect.objectContaining({ start: d.t('09:00'), end: d.t('10:30'), minutes: 90 })
    ])
  })
})

describe('guided breaks', () => {
  it('credits a finished stretch as a completed break and restarts the sitting clock', () => {
    const run = simulateLines([
      d.state('09:00', '10:30', 'active'),
      d.action('09:25:20', 'start-break'),
      d.action('09:27:20', 'finish-break')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'break-started')[0]).toMatchObject({ at: d.t('09:25:20'), prompted: true })
    expect(ofType(events, 'break-completed')[0]).toMatchObject({
      at: d.t('09:27:20'),
      from: d.t('09:25:20'),
      minutes: 2,
      how: 'finished'
    })
    expect(ofType(events, 'sitting-started').map((e) => e.at)).toContain(d.t('09:27:20'))
    expect(ofType(events, 'break-due').map((e) => e.at)).toEqual([d.t('09:25'), d.t('09:52:20')])
  })

  it('lets the user take a break early, before any prompt', () => {
    const run = simulateLines([
      d.state('09:00', '10:00', 'active'),
      d.action('09:10', 'break-now'),
      d.action('09:12', 'finish-break')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'break-started')[0]).toMatchObject({ at: d.t('09:10'), prompted: false, sittingMinutes: 10 })
    expect(ofType(events, 'break-completed')).toHaveLength(1)
    expect(ofType(events, 'break-due')[0]?.at).toBe(d.t('09:37'))
  })

  it('credits a break spent away from the desk for the break length, and ends the bout when it began', () => {
    const run = simulateLines([
      d.state('09:00', '09:25:30', 'active'),
      d.action('09:25:20', 'start-break'),
      d.state('09:25:30', '09:28', 'idle'),
      d.state('09:28', '10:30', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'break-completed')).toEqual([
      { type: 'break-completed', at: d.t('09:27:30'), from: d.t('09:25:20'), minutes: 2 + 1 / 6, how: 'away' }
    ])
    expect(ofType(events, 'break-abandoned')).toEqual([])
    expect(ofType(events, 'bout-ended')[0]).toMatchObject({ start: d.t('09:00'), end: d.t('09:25:20') })
    expect(ofType(events, 'sitting-started').map((e) => e.at)).toContain(d.t('09:28'))
    expect(ofType(events, 'break-due').map((e) => e.at)).toEqual([d.t('09:25'), d.t('09:53')])
  })

  it('credits a break spent behind a locked screen for the break length', () => {
    const run = simulateLines([
      d.state('09:00', '09:26', 'active'),
      d.action('09:25:20', 'start-break'),
      d.state('09:26', '09:29', 'locked'),
      d.state('09:29', '10:30', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'break-completed')).toEqual([
      expect.objectContaining({ at: d.t('09:28'), from: d.t('09:25:20'), how: 'away' })
    ])
    expect(ofType(events, 'break-due').map((e) => e.at)).toEqual([d.t('09:25'), d.t('09:54')])
  })
})

describe('a started break that is not taken', () => {
  // The issue-11 case: Start on the card, then straight back to the keyboard.
  const keptTyping = [d.state('09:00', '10:30', 'active'), d.action('09:25:20', 'start-break')]

  it('is logged as abandoned when the card runs out, not as a completed break', () => {
    const events = eventsOf(simulateLines(keptTyping))
    expect(ofType(events, 'break-completed')).toEqual([])
    expect(ofType(events, 'break-abandoned')).toEqual([
      { type: 'break-abandoned', at: d.t('09:37:20'), from: d.t('09:25:20'), minutes: 12, sittingMinutes: 37 + 1 / 3 }
    ])
  })

  it('keeps its minutes in the sitting bout: one bout from 09:00 to the end', () => {
    const events = eventsOf(simulateLines(keptTyping))
    expect(ofType(events, 'bout-ended')).toEqual([
      expect.objectContaining({ start: d.t('09:00'), end: d.t('10:30'), minutes: 90 })
    ])
    expect(ofType(events, 'natural-break')).toEqual([])
  })

  it('leaves the prompt due a full interval after the last real break: at once, not 25 minutes later', () => {
    const due = ofType(eventsOf(simulateLines(keptTyping)), 'break-due')
    expect(due.map((e) => e.at)).toEqual([d.t('09:25'), d.t('09:37:20')])
    expect(due[1]).toMatchObject({ dueAt: d.t('09:25'), prompt: 2, sittingMinutes: 37 + 1 / 3 })
  })

  it('is abandoned when the user stepped away for less than the break length', () => {
    // Long enough for a natural break (1 min), too short for the 3-minute break the card asked for.
    const run = simulateLines(
      [
        d.state('09:00', '09:26', 'active'),
        d.action('09:25:20', 'start-break'),
        d.state('09:26', '09:28', 'idle'),
        d.state('09:28', '10:30', 'active')
      ],
      { naturalBreakMinutes: 1, breakLengthMinutes: 3 }
    )
    const events = eventsOf(run)
    expect(ofType(events, 'break-completed')).toEqual([])
    expect(ofType(events, 'break-abandoned')).toHaveLength(1)
    expect(ofType(events, 'bout-ended')).toEqual([expect.objectContaining({ start: d.t('09:00'), minutes: 90 })])
  })

  it('skipped after Start: abandoned, the bout goes on, and the skip buys one interval', () => {
    const run = simulateLines([...keptTyping, d.action('09:30', 'skip')])
    const events = eventsOf(run)
    expect(events.filter((e) => e.type.startsWith('break-') && e.type !== 'break-due').map((e) => e.type)).toEqual([
      'break-started',
      'break-abandoned',
      'break-skipped'
    ])
    expect(ofType(events, 'break-skipped')[0]).toMatchObject({ sittingMinutes: 30 })
    expect(ofType(events, 'break-due').map((e) => e.at)).toEqual([d.t('09:25'), d.t('09:55')])
    expect(ofType(events, 'bout-ended')).toEqual([expect.objectContaining({ start: d.t('09:00'), minutes: 90 })])
  })

  it('still counts when a sleep hides the moment the card ran out, if the user was away long enough', () => {
    const run = simulateLines([
      d.state('09:00', '09:26', 'active'),
      d.action('09:25:20', 'start-break'),
      d.state('09:26', '10:00', 'asleep'),
      d.state('10:00', '10:30', 'active')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'break-abandoned')).toEqual([])
    expect(ofType(events, 'break-completed')).toEqual([expect.objectContaining({ how: 'away', from: d.t('09:25:20') })])
    expect(ofType(events, 'sitting-started').map((e) => e.at)).toContain(d.t('10:00'))
  })

  it('is abandoned when the app quits in the middle of it at the desk, and the bout covers it', () => {
    const run = simulateLines([d.state('09:00', '09:30', 'active'), d.action('09:25:20', 'start-break')])
    const events = eventsOf(run)
    expect(ofType(events, 'break-abandoned')).toEqual([expect.objectContaining({ at: d.t('09:30') })])
    expect(ofType(events, 'bout-ended')).toEqual([expect.objectContaining({ start: d.t('09:00'), minutes: 30 })])
  })

  it('shows the user on a break, not sitting, while it runs', () => {
    const { state } = feed([
      { kind: 'idle-sample', at: d.t('09:00'), idleSeconds: 0 },
      { kind: 'action', at: d.t('09:20'), action: { type: 'break-now' } }
    ])
    expect(status(state, d.t('09:21'))).toMatchObject({ phase: 'on-break', sittingMinutes: 0, progress: 0 })
  })
})

describe('meetings', () => {
  it('holds prompts during a meeting, then prompts as a catch-up when it ends', () => {
    const run = simulateLines([
      d.state('09:00', '10:30', 'active'),
      d.action('09:10', 'meeting'),
      d.action('09:50', 'end-meeting')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'meeting-started')[0]).toMatchObject({ at: d.t('09:10'), until: d.t('10:10') })
    expect(ofType(events, 'meeting-ended')[0]).toMatchObject({ at: d.t('09:50'), reason: 'user', sittingMinutes: 50 })
    expect(ofType(events, 'break-due')).toEqual([
      expect.objectContaining({ at: d.t('09:50'), sittingMinutes: 50, catchUp: true, dueAt: d.t('09:25') })
    ])
  })

  it('ends a forgotten meeting after 60 minutes and prompts then', () => {
    const run = simulateLines([d.state('09:00', '11:00', 'active'), d.action('09:25:30', 'meeting')])
    const events = eventsOf(run)
    expect(ofType(events, 'meeting-ended')[0]).toMatchObject({ at: d.t('10:25:30'), reason: 'expired' })
    expect(ofType(events, 'break-due').map((e) => [e.at, e.catchUp])).toEqual([
      [d.t('09:25'), false],
      [d.t('10:25:30'), true]
    ])
  })

  it('keeps counting sitting through a meeting even though nobody touches the keyboard', () => {
    const run = simulateLines([
      d.state('09:00', '09:05', 'active'),
      d.action('09:05', 'meeting'),
      d.state('09:05', '09:45', 'idle'),
      d.state('09:45', '10:00', 'active'),
      d.action('09:45', 'end-meeting')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'natural-break')).toEqual([])
    expect(ofType(events, 'break-due')[0]).toMatchObject({ at: d.t('09:45'), sittingMinutes: 45 })
  })

  it('gives no catch-up when the meeting ends before the sitting limit', () => {
    const run = simulateLines([
      d.state('09:00', '10:00', 'active'),
      d.action('09:05', 'meeting'),
      d.action('09:15', 'end-meeting')
    ])
    expect(ofType(eventsOf(run), 'break-due').map((e) => [e.at, e.catchUp])).toEqual([[d.t('09:25'), false]])
  })
})

describe('pause', () => {
  it('holds prompts for the paused minutes, resumes by itself and catches up', () => {
    const run = simulateLines([d.state('09:00', '11:00', 'active'), d.action('09:20', 'pause', { minutes: 30 })])
    const events = eventsOf(run)
    expect(ofType(events, 'paused')[0]).toMatchObject({ at: d.t('09:20'), until: d.t('09:50') })
    expect(ofType(events, 'resumed')[0]).toMatchObject({ at: d.t('09:50'), reason: 'expired' })
    expect(ofType(events, 'break-due').map((e) => [e.at, e.catchUp])).toEqual([[d.t('09:50'), true]])
  })

  it('resumes when the user asks', () => {
    const run = simulateLines([
      d.state('09:00', '11:00', 'active'),
      d.action('09:05', 'pause', { minutes: 60 }),
      d.action('09:15', 'resume')
    ])
    const events = eventsOf(run)
    expect(ofType(events, 'resumed')[0]).toMatchObject({ at: d.t('09:15'), reason: 'user' })
    expect(ofType(events, 'break-due')[0]?.at).toBe(d.t('09:25'))
  })

  it('pauses until the start of the next local day', () => {
    const run = simulateLines(
      [d.state('15:00', '23:59', 'active'), d.action('15:10', 'pause', { until: 'tomorrow' })],
      {},
      { timeZone: 'trace' }
    )
    const paused = ofType(eventsOf(run), 'paused')[0]
    const local = new Date(paused?.until ?? 0)
    expect([local.getHours(), local.getMinutes(), local.getDate()]).toEqual([
      0,
      0,
      new Date(d.t('15:10')).getDate() + 1
    ])
    expect(ofType(eventsOf(run), 'break-due')).toEqual([])
  })

  it('shows the pause in the status', () => {
    const s = feed([
      { kind: 'idle-sample', at: d.t('09:00'), idleSeconds: 0 },
      { kind: 'action', at: d.t('09:01'), action: { type: 'pause', minutes: 15 } }
    ]).state
    expect(status(s, d.t('09:02'))).toMatchObject({ phase: 'paused', pausedUntil: d.t('09:16') })
  })
})

describe('settings', () => {
  it('prompts at once when a shorter limit makes the due time already past', () => {
    const t0 = d.t('09:00')
    const { state, events } = feed([
      ...samples(t0, t0 + 15 * MIN, MIN),
      { kind: 'settings', at: t0 + 15 * MIN, settings: { ...DEFAULT_OFFICE_SETTINGS, sitLimitMinutes: 10 } }
    ])
    expect(ofType(events, 'break-due')).toEqual([expect.objectContaining({ at: d.t('09:15'), dueAt: d.t('09:10') })])
    expect(status(state, d.t('09:15'))).toMatchObject({ phase: 'due' })
  })
})
