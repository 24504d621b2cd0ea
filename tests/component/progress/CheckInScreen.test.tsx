import { render, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CheckInAnswers, CheckInForm } from '@shared/progress-channels'
import { CheckInScreen } from '../../../src/renderer/src/screens/CheckInScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import type { HomeState } from '@shared/home/home-state'
import { safetyVerdict } from '@shared/content/warning-signs'
import { homeState } from '../home/home-state-fixture'

function setup(form: Partial<CheckInForm> = {}, home: HomeState = homeState()) {
  const saved: CheckInAnswers[] = []
  const walks: number[] = []
  const safetyAnswers: unknown[] = []
  installFakeLimber({
    'home:get-state': () => home,
    'home:answer-safety': (request) => {
      safetyAnswers.push(request)
      return homeState()
    },
    'progress:check-in-form': () => ({
      today: '2026-03-02',
      checkedInToday: false,
      lastActivities: [],
      lastFurthestPoint: null,
      walkedTodayMinutes: 0,
      ...form
    }),
    'progress:save-check-in': (request) => {
      saved.push(request as CheckInAnswers)
      return { id: 'c1', t: '2026-03-02T20:15:00+01:00' }
    },
    'progress:log-walk': (request) => {
      walks.push((request as { minutes: number }).minutes)
      return { id: 'w1', t: '2026-03-02T20:16:00+01:00' }
    }
  })
  render(<CheckInScreen />)
  return { saved, walks, safetyAnswers }
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 80 presses. */
async function tabTo(user: UserEvent, matches: (el: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await user.tab()
    if (document.activeElement && matches(document.activeElement)) return
  }
  throw new Error(`Tab never reached ${what}`)
}

const inGroup = (name: RegExp) => (el: Element) =>
  el instanceof HTMLInputElement &&
  el.type === 'radio' &&
  name.test(el.closest('fieldset')?.querySelector('legend')?.textContent ?? '')
const labelled = (name: RegExp) => (el: Element) => name.test(el.closest('label')?.textContent ?? el.textContent ?? '')

describe('CheckInScreen', () => {
  it('is done with the keyboard alone, and saves every answer', async () => {
    const user = userEvent.setup()
    const { saved } = setup({ lastActivities: ['sit through a meeting'], walkedTodayMinutes: 20 })
    await screen.findByRole('form', { name: "Today's check-in" })
    await tabTo(user, inGroup(/^Back pain now/), 'back pain')
    for (let i = 0; i < 6; i++) await user.keyboard('{ArrowRight}')
    await tabTo(user, inGroup(/^Leg pain now/), 'leg pain')
    for (let i = 0; i < 3; i++) await user.keyboard('{ArrowRight}')
    await tabTo(user, inGroup(/How far do your symptoms reach/), 'furthest point')
    // No symptoms, Back, Buttock, Thigh: three steps down.
    for (let i = 0; i < 3; i++) await user.keyboard('{ArrowDown}')
    await tabTo(user, labelled(/I have numbness/), 'numbness')
    await user.keyboard(' ')
    await tabTo(user, labelled(/Where\?/), 'where')
    await user.keyboard('outer calf')
    await tabTo(user, labelled(/Morning stiffness/), 'stiffness')
    await user.keyboard('{Control>}a{/Control}15')
    await tabTo(user, inGroup(/How well can you sit through a meeting/), 'activity 1 score')
    for (let i = 0; i < 4; i++) await user.keyboard('{ArrowRight}')
    await tabTo(user, (el) => el.textContent === 'Save check-in', 'save')
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { name: 'Check-in saved at 20:15' })).toBeInTheDocument()
    expect(saved).toEqual([
      {
        backPain: 6,
        legPain: 3,
        furthestPoint: 'thigh',
        numbness: { present: true, where: 'outer calf' },
        morningStiffnessMinutes: 15,
        walkingMinutes: 20,
        psfs: [{ activity: 'sit through a meeting', score: 4 }]
      }
    ])
  })

  it('says what is missing, next to each field and in a summary, and saves nothing', async () => {
    const user = userEvent.setup()
    const { saved } = setup()
    await screen.findByRole('form', { name: "Today's check-in" })
    await user.type(screen.getByLabelText('Activity 1'), 'drive 30 min')
    await user.clear(screen.getByLabelText('Morning stiffness (minutes)'))
    await user.type(screen.getByLabelText('Morning stiffness (minutes)'), 'lots')
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      'Back pain: choose a number from 0 to 10.',
      'Leg pain: choose a number from 0 to 10.',
      'How far symptoms reach: choose one, or "No symptoms".',
      'Morning stiffness: enter whole minutes, from 0 to 1440.',
      'Rate "drive 30 min" from 0 to 10.'
    ])
    expect(summary).toHaveFocus()
    expect(screen.getByLabelText('Morning stiffness (minutes)')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Morning stiffness (minutes)')).toHaveAccessibleDescription(
      'Morning stiffness: enter whole minutes, from 0 to 1440.'
    )
    expect(saved).toEqual([])
  })

  it('takes each message away as soon as its answer is fixed, without moving the focus', async () => {
    const user = userEvent.setup()
    setup()
    await screen.findByRole('form', { name: "Today's check-in" })
    await user.clear(screen.getByLabelText('Morning stiffness (minutes)'))
    await user.type(screen.getByLabelText('Morning stiffness (minutes)'), 'lots')
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Back pain')
    const back = screen.getByRole('group', { name: /^Back pain now/ })
    await user.click(within(back).getByRole('radio', { name: '4' }))
    expect(summary).not.toHaveTextContent('Back pain')
    expect(back).not.toHaveAttribute('aria-invalid')
    const stiffness = screen.getByLabelText('Morning stiffness (minutes)')
    await user.clear(stiffness)
    await user.type(stiffness, '15')
    expect(stiffness).toHaveFocus()
    expect(stiffness).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText('Morning stiffness: enter whole minutes, from 0 to 1440.')).toBeNull()
    expect(screen.getByRole('alert')).toHaveTextContent('Leg pain')
  })

  it('asks for walking in one place, the walk log, and saves today’s total with the check-in', async () => {
    const user = userEvent.setup()
    const { saved, walks } = setup({ walkedTodayMinutes: 20 })
    await screen.findByRole('form', { name: "Today's check-in" })
    expect(screen.queryByLabelText(/Walking today/)).toBeNull()
    expect(screen.getByText(/Walking today:/)).toHaveTextContent('Walking today: 20 min, from your walk log.')
    await user.type(screen.getByLabelText('Minutes walked'), '15{Enter}')
    expect(await screen.findByText('Walk of 15 min saved.')).toBeInTheDocument()
    expect(screen.getByText(/Walking today:/)).toHaveTextContent('Walking today: 35 min')
    await user.click(within(screen.getByRole('group', { name: /^Back pain now/ })).getByRole('radio', { name: '2' }))
    await user.click(within(screen.getByRole('group', { name: /^Leg pain now/ })).getByRole('radio', { name: '1' }))
    await user.click(screen.getByRole('radio', { name: 'Back' }))
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    await screen.findByRole('heading', { name: /Check-in saved/ })
    expect(walks).toEqual([15])
    expect(saved[0]).toMatchObject({ walkingMinutes: 35 })
  })

  it('remembers the activities named last time, so only their scores are asked', async () => {
    setup({ lastActivities: ['sit through a meeting', 'drive 30 min'], lastFurthestPoint: 'calf' })
    expect(await screen.findByLabelText('Activity 1')).toHaveValue('sit through a meeting')
    expect(screen.getByLabelText('Activity 2')).toHaveValue('drive 30 min')
    expect(screen.getByRole('group', { name: 'How well can you drive 30 min today?' })).toBeInTheDocument()
    expect(screen.getByText(/Last time: calf\./)).toBeInTheDocument()
  })

  it('logs a walk, and refuses minutes that are not a whole number', async () => {
    const user = userEvent.setup()
    const { walks } = setup()
    const minutes = await screen.findByLabelText('Minutes walked')
    await user.type(minutes, '0')
    await user.click(screen.getByRole('button', { name: 'Save walk' }))
    expect(await screen.findByText('Walk: enter whole minutes, from 1 to 1440.')).toBeInTheDocument()
    await user.clear(minutes)
    await user.type(minutes, '25{Enter}')
    expect(await screen.findByText('Walk of 25 min saved.')).toBeInTheDocument()
    expect(walks).toEqual([25])
  })

  it('asks the warning-sign questions again once a week, and sends them as the weekly check-in', async () => {
    const user = userEvent.setup()
    const due = homeState({
      safety: { signs: [], clearedSignIds: [], verdict: safetyVerdict({}), weeklyReviewDue: true }
    })
    const { safetyAnswers } = setup({}, due)
    const review = await screen.findByRole('region', { name: "This week's safety questions" })
    for (const group of within(review).getAllByRole('group')) await user.click(within(group).getByLabelText('No'))
    await user.click(within(review).getByRole('button', { name: 'Save my answers' }))
    expect(safetyAnswers).toEqual([{ signs: [], context: 'weekly-check-in' }])
  })

  it('does not ask them when the last answers are recent', async () => {
    setup()
    await screen.findByRole('form', { name: "Today's check-in" })
    expect(screen.queryByRole('region', { name: "This week's safety questions" })).toBeNull()
  })
})
