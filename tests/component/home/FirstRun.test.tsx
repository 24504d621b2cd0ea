import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { safetyVerdict } from '@shared/content/warning-signs'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'
import type { HomeState } from '@shared/home/home-state'
import { TodayScreen } from '../../../src/renderer/src/screens/TodayScreen'
import { WelcomeScreen, welcomeSkipped } from '../../../src/renderer/src/welcome/WelcomeScreen'
import { DEFAULT_SETTINGS, applySettingsPatch } from '@shared/app-settings'
import { emptyDay } from '@shared/home/day-summary'
import { installFakeLimber } from '../../support/fake-limber-api'
import { homeState } from './home-state-fixture'
import { officeStatus } from '../../support/office-status-fixture'

function setup(initial: HomeState) {
  let state = initial
  const fake = installFakeLimber({
    'office:get-status': () => officeStatus(),
    'home:get-state': () => state,
    'home:answer-safety': (request) => {
      const { signs } = request as { signs: HomeState['safety']['signs'] }
      state = homeState({
        safety: {
          signs,
          clearedSignIds: [],
          verdict: safetyVerdict(Object.fromEntries(signs.map((s) => [s, true]))),
          weeklyReviewDue: false
        }
      })
      state = { ...state, gating: { ...state.gating, safetyStop: !state.safety.verdict.exerciseAllowed } }
      return state
    }
  })
  render(<TodayScreen />)
  return fake
}

const firstRun = homeState({ firstRunDone: false, programme: null })
const questionGroups = async () =>
  within(await screen.findByRole('region', { name: /Before you start/ })).getAllByRole('group')

describe('first run on Today', () => {
  it('asks the warning-sign questions first, above the desk card, and shows no programme yet', async () => {
    setup(firstRun)
    const questions = await screen.findByRole('heading', { name: /Before you start/ })
    const office = screen.getByRole('heading', { name: 'At the desk' })
    expect(questions.compareDocumentPosition(office) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(await questionGroups()).toHaveLength(WARNING_SIGN_INFO.length)
    expect(screen.queryByRole('heading', { name: 'Your programme' })).toBeNull()
  })

  it('will not send half-answered questions', async () => {
    const user = userEvent.setup()
    const fake = setup(firstRun)
    await user.click(await screen.findByRole('button', { name: 'Save my answers' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Please answer every question')
    expect(fake.calls.some((c) => c.channel === 'home:answer-safety')).toBe(false)
  })

  it('answered "no" throughout with the keyboard, shows the programme and keeps the desk card', async () => {
    const user = userEvent.setup()
    const fake = setup(firstRun)
    for (const group of await questionGroups()) {
      await user.click(within(group).getByRole('radio', { name: 'No' }))
    }
    screen.getByRole('button', { name: 'Save my answers' }).focus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { name: 'Your programme' })).toBeInTheDocument()
    expect(screen.getByText('Week 1, phase 1 of 4: Learn the form')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'At the desk' })).toBeInTheDocument()
    expect(fake.calls.find((c) => c.channel === 'home:answer-safety')?.request).toEqual({
      signs: [],
      context: 'first-run'
    })
  })

  it('reporting saddle numbness shows emergency advice instead of the programme', async () => {
    const user = userEvent.setup()
    setup(firstRun)
    const groups = await questionGroups()
    for (const [i, group] of groups.entries()) {
      const sign = WARNING_SIGN_INFO[i]!.id
      await user.click(within(group).getByRole('radio', { name: sign === 'saddle-numbness' ? 'Yes' : 'No' }))
    }
    await user.click(screen.getByRole('button', { name: 'Save my answers' }))
    expect(await screen.findByRole('heading', { name: 'Get emergency care now' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Your programme' })).toBeNull()
    expect(screen.getByRole('link', { name: /Safety: what to do and how to resume/ })).toHaveAttribute(
      'href',
      '#/safety'
    )
  })
})

describe('the welcome', () => {
  function setupWelcome(platform = 'darwin') {
    let state = firstRun
    let settings = DEFAULT_SETTINGS
    const fake = installFakeLimber({
      'app:get-info': () => ({ version: '0.1.0', platform, dataDir: '/tmp/limber' }),
      'office:get-status': () => officeStatus(),
      'home:get-state': () => state,
      'settings:get': () => settings,
      'settings:update': (patch) => {
        const result = applySettingsPatch(settings, patch)
        if (result.ok) settings = result.settings
        return result
      },
      'home:answer-safety': (request) => {
        const { signs } = request as { signs: HomeState['safety']['signs'] }
        state = homeState({
          safety: {
            signs,
            clearedSignIds: [],
            verdict: safetyVerdict(Object.fromEntries(signs.map((s) => [s, true]))),
            weeklyReviewDue: false
          }
        })
        return state
      },
      'progress:save-check-in': () => ({ id: 'c1', t: '2026-03-02T09:02:00+01:00' })
    })
    window.location.hash = '#/welcome'
    render(<WelcomeScreen />)
    return { fake, settings: () => settings }
  }

  it('says where the tray icon is on this system', async () => {
    setupWelcome('darwin')
    expect(await screen.findByText(/in the menu bar at the top right/)).toBeInTheDocument()
    cleanup()
    setupWelcome('win32')
    expect(await screen.findByText(/in the notification area at the bottom right/)).toBeInTheDocument()
  })

  it('goes step by step with the heading focused and the step count shown, saving each answer, to Today', async () => {
    const user = userEvent.setup()
    const { fake, settings } = setupWelcome()
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next: your reminders' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Your reminders' })).toHaveFocus()
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument()
    const minutes = await screen.findByLabelText('Remind me to stand up after (minutes)')
    expect(screen.getByLabelText('Only remind me during work hours')).toBeChecked()
    await user.clear(minutes)
    await user.type(minutes, '20')
    await user.click(screen.getByRole('button', { name: 'Save and continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'A few safety questions' })).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved: a reminder to stand up every 20 minutes, Monday to Friday, 09:00 to 17:30.'
    )
    expect(settings().office).toMatchObject({ sitLimitMinutes: 20, workHours: { enabled: true } })
    for (const group of screen.getAllByRole('group').filter((g) => g.closest('.warning-questions'))) {
      await user.click(within(group).getByRole('radio', { name: 'No' }))
    }
    await user.click(screen.getByRole('button', { name: 'Save my answers' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your starting point' })).toHaveFocus()
    await user.click(within(screen.getByRole('group', { name: /^Back pain now/ })).getByRole('radio', { name: '5' }))
    await user.click(within(screen.getByRole('group', { name: /^Leg pain now/ })).getByRole('radio', { name: '6' }))
    await user.click(screen.getByRole('radio', { name: 'Calf' }))
    await user.click(screen.getByRole('button', { name: 'Save and finish' }))
    await waitFor(() => expect(window.location.hash).toBe('#/today/welcomed'))
    expect(fake.calls.find((c) => c.channel === 'progress:save-check-in')?.request).toEqual({
      backPain: 5,
      legPain: 6,
      furthestPoint: 'calf',
      numbness: { present: false },
      morningStiffnessMinutes: 0,
      walkingMinutes: 0,
      psfs: []
    })
  })

  it('ends at once on Today when an answer needs urgent care, without asking for the check-in', async () => {
    const user = userEvent.setup()
    const { fake } = setupWelcome()
    await user.click(screen.getByRole('button', { name: 'Next: your reminders' }))
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }))
    await screen.findByRole('heading', { level: 1, name: 'A few safety questions' })
    const groups = screen.getAllByRole('group').filter((g) => g.closest('.warning-questions'))
    for (const [i, group] of groups.entries()) {
      const yes = WARNING_SIGN_INFO[i]!.id === 'saddle-numbness'
      await user.click(within(group).getByRole('radio', { name: yes ? 'Yes' : 'No' }))
    }
    await user.click(screen.getByRole('button', { name: 'Save my answers' }))
    await waitFor(() => expect(window.location.hash).toBe('#/today/welcomed'))
    expect(fake.calls.some((c) => c.channel === 'progress:save-check-in')).toBe(false)
  })

  it('can be skipped from any step, and is then not shown again', async () => {
    const user = userEvent.setup()
    setupWelcome()
    await user.click(screen.getByRole('button', { name: 'Next: your reminders' }))
    await user.click(screen.getByRole('button', { name: 'Skip the welcome' }))
    expect(window.location.hash).toBe('#/today')
    expect(welcomeSkipped()).toBe(true)
    window.localStorage.clear()
  })
})

describe('Today after the welcome', () => {
  it('says what was set up and shows the day with the next step', async () => {
    installFakeLimber({
      'office:get-status': () => officeStatus(),
      'home:get-state': () => homeState({ day: { ...emptyDay('2026-03-02'), checkInAt: '2026-03-02T08:02:00.000Z' } })
    })
    render(<TodayScreen justWelcomed />)
    const done = await screen.findByRole('status', { name: 'You are set up' })
    expect(done).toHaveTextContent('Your first check-in is saved')
    const day = screen.getByRole('region', { name: 'Your day so far' })
    expect(day).toHaveTextContent('Checked in at')
    expect(day).toHaveTextContent('Next: When you have a few minutes, play today’s morning routine.')
    expect(within(day).getByRole('link', { name: 'Start the morning routine' })).toHaveAttribute(
      'href',
      '#/player/morning'
    )
  })
})
