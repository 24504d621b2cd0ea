import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { safetyVerdict } from '@shared/content/warning-signs'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'
import type { HomeState } from '@shared/home/home-state'
import { TodayScreen } from '../../../src/renderer/src/screens/TodayScreen'
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
