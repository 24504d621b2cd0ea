import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ProgressRange } from '@shared/progress-channels'
import type { ProgressEvent } from '@shared/progress-events'
import { computeProgressFigures } from '@shared/progress-stats'
import { ProgressScreen } from '../../../src/renderer/src/screens/ProgressScreen'
import { installFakeLimber } from '../../support/fake-limber-api'

const NOW = '2026-03-10T18:00:00+01:00'
let n = 0
const env = (t: string) => ({ v: 2 as const, id: `e${++n}`, t })
const checkIn = (
  t: string,
  back: number,
  leg: number,
  furthestPoint: 'calf' | 'thigh',
  meeting: number
): ProgressEvent => ({
  ...env(t),
  type: 'check-in',
  backPain: back,
  legPain: leg,
  furthestPoint,
  numbness: { present: false },
  morningStiffnessMinutes: 10,
  walkingMinutes: 0,
  psfs: [{ activity: 'sit through a meeting', score: meeting }]
})

/** A small week: two check-ins, two sitting bouts, two prompts (one taken), a walk, two routine days. */
const EVENTS: ProgressEvent[] = [
  checkIn('2026-03-04T20:00:00+01:00', 7, 5, 'calf', 3),
  checkIn('2026-03-09T20:00:00+01:00', 4, 4, 'thigh', 6),
  {
    ...env('2026-03-09T09:50:00+01:00'),
    type: 'sitting-bout',
    start: '2026-03-09T09:00:00+01:00',
    end: '2026-03-09T09:50:00+01:00',
    minutes: 50
  },
  {
    ...env('2026-03-09T10:20:00+01:00'),
    type: 'sitting-bout',
    start: '2026-03-09T10:00:00+01:00',
    end: '2026-03-09T10:20:00+01:00',
    minutes: 20
  },
  { ...env('2026-03-09T09:50:00+01:00'), type: 'break-prompt', at: '2026-03-09T09:50:00+01:00', sittingMinutes: 50 },
  { ...env('2026-03-09T09:51:00+01:00'), type: 'break-answer', answer: 'taken' },
  { ...env('2026-03-09T10:20:00+01:00'), type: 'break-prompt', at: '2026-03-09T10:20:00+01:00', sittingMinutes: 20 },
  { ...env('2026-03-09T10:21:00+01:00'), type: 'break-answer', answer: 'skipped' },
  { ...env('2026-03-08T17:00:00+01:00'), type: 'walk', minutes: 25 },
  { ...env('2026-03-08T07:10:00+01:00'), type: 'routine-completed', routineId: 'morning' },
  { ...env('2026-03-09T07:10:00+01:00'), type: 'routine-completed', routineId: 'morning' }
]

function setup() {
  const asked: ProgressRange[] = []
  const fake = installFakeLimber({
    'progress:figures': (request) => {
      const { range } = request as { range: ProgressRange }
      asked.push(range)
      return { figures: computeProgressFigures(EVENTS, { now: NOW, range }), problems: [] }
    }
  })
  render(<ProgressScreen />)
  return { asked, fake }
}

const chart = (name: string) => screen.getByRole('region', { name })

describe('ProgressScreen', () => {
  it('sums up each chart in words, with the change that matters named', async () => {
    setup()
    await screen.findByRole('region', { name: 'Pain' })
    expect(within(chart('Pain')).getByText(/^Latest/).textContent).toBe(
      'Latest (9 Mar 2026): back 4, leg 4 out of 10. Since your first check-in (4 Mar 2026: back 7, leg 5), ' +
        'back pain is 3 points lower, a change that matters; leg pain is 1 point lower, too small a change to matter yet.'
    )
    expect(within(chart('Sitting')).getByText(/sitting bouts/).textContent).toBe(
      '2 sitting bouts on 1 day, 1 h 10 min a day on average. Longest bout: 50 min on 9 Mar 2026 (09:00 to 09:50).'
    )
    expect(within(chart('Breaks')).getByText(/^You took/).textContent).toBe(
      'You took 1 of the 2 breaks Limber asked for (50 %), and stood up on your own 0 times. Snoozed 0, skipped 1, in a meeting 0.'
    )
    expect(within(chart('Walking')).getByText(/^Walked/).textContent).toBe(
      'Walked 25 min in total, on 1 of 7 days: 25 min on an average walking day.'
    )
    expect(within(chart('How far symptoms reach')).getByText(/^Centralizing/).textContent).toMatch(
      /moved up from calf to thigh/
    )
    expect(within(chart('Activities you find hard')).getByText(/^sit through a meeting: 6/).textContent).toBe(
      'sit through a meeting: 6 out of 10 now, 3 points better than when you first rated it, a change that matters.'
    )
    expect(within(chart('Routines')).getByText(/Current streak/).textContent).toBe(
      'Current streak: 2 days. Best: 2 days.'
    )
  })

  it('gives every chart an accessible image and a table of its numbers, built only when opened', async () => {
    const user = userEvent.setup()
    setup()
    await screen.findByRole('region', { name: 'Pain' })
    const pain = chart('Pain')
    expect(within(pain).getByRole('img', { name: 'Pain' })).toHaveAccessibleDescription(/Latest \(9 Mar 2026\)/)
    expect(within(pain).queryByRole('table')).toBeNull()
    expect(document.querySelectorAll('table')).toHaveLength(0)
    await user.click(within(pain).getByText('Show the numbers'))
    await user.click(within(chart('Breaks')).getByText('Show the numbers'))
    const rows = within(await within(pain).findByRole('table'))
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent))
    expect(rows).toEqual([
      ['Day', 'Back', 'Leg', 'Change that matters'],
      ['4 Mar 2026', '7', '5', 'no'],
      ['9 Mar 2026', '4', '4', 'back better']
    ])
    const breaks = within(within(chart('Breaks')).getByRole('table')).getAllByRole('row')
    expect([...breaks[breaks.length - 2]!.children].map((c) => c.textContent)).toEqual([
      '9 Mar',
      '2',
      '1',
      '0',
      '1',
      '0'
    ])
  })

  it('switches between the last week, the last month and all time', async () => {
    const user = userEvent.setup()
    const { asked } = setup()
    expect(await screen.findByText(/^4 Mar 2026 to 10 Mar 2026 \(7 days\)/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }))
    expect(await screen.findByText(/^9 Feb 2026 to 10 Mar 2026 \(30 days\)/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: 'All time' }))
    expect(await screen.findByText(/^4 Mar 2026 to 10 Mar 2026 \(7 days\)/)).toBeInTheDocument()
    expect(asked).toEqual(['week', 'month', 'all'])
  })

  it('reloads when the log changes (a check-in saved elsewhere)', async () => {
    const { asked, fake } = setup()
    await screen.findByRole('region', { name: 'Pain' })
    fake.emit('progress:changed', { reason: 'check-in' })
    await waitFor(() => expect(asked).toEqual(['week', 'week']))
  })
})
