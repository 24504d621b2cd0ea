// What the screens show when the clinical rules of issue 13 apply: truthful routine cards, the editor's
// warning and focus, and the check-in's weekly phase marker and saddle question.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SHARP_EXTENSION_MESSAGE } from '@shared/content/gating'
import { STOPPED_FOR_TODAY_MESSAGE } from '@shared/content/feedback'
import { phaseMarkerQuestion } from '@shared/content/programme'
import { resolveRoutine, roundedMinutes } from '@shared/content/routine-plan'
import { findBuiltInRoutine } from '@shared/content/routines'
import type { Routine } from '@shared/content/routine-schema'
import type { HomeState } from '@shared/home/home-state'
import type { CheckInAnswers } from '@shared/progress-channels'
import { CheckInScreen } from '../../../src/renderer/src/screens/CheckInScreen'
import { RoutineEditScreen } from '../../../src/renderer/src/screens/RoutineEditScreen'
import { RoutinesScreen } from '../../../src/renderer/src/screens/RoutinesScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { homeState } from './home-state-fixture'

const card = (name: string) => screen.getByRole('heading', { name }).closest('li') as HTMLElement

describe('Routines tell the truth', () => {
  it('shows locked exercises with a plain reason and a duration computed without them', async () => {
    installFakeLimber({ 'home:get-state': () => homeState() })
    render(<RoutinesScreen />)
    await screen.findByRole('heading', { name: 'Morning routine' })
    const morning = card('Morning routine')
    expect(within(morning).getByText(/Not yet: When your pain moves toward your back\./)).toBeInTheDocument()
    const plan = resolveRoutine(findBuiltInRoutine('morning')!, homeState().gating)
    expect(
      within(morning).getByText(new RegExp(`About ${roundedMinutes(plan.totalSeconds)} minutes for you now`))
    ).toBeInTheDocument()
    const evening = card('Full evening routine')
    expect(within(evening).getAllByText(/Not yet: Unlocks in phase 3\./)).toHaveLength(3)
    // Nothing silently dropped: every item is still listed.
    expect(within(evening).getAllByRole('link').length).toBeGreaterThanOrEqual(7)
  })

  it('says why extension is left out after a sharp rating', async () => {
    const state = homeState()
    installFakeLimber({
      'home:get-state': () => ({
        ...state,
        gating: { ...state.gating, latestSymptomTrend: 'centralizing', extensionBlocked: true }
      })
    })
    render(<RoutinesScreen />)
    await screen.findByRole('heading', { name: 'Morning routine' })
    expect(within(card('Morning routine')).getByText(`Not yet: ${SHARP_EXTENSION_MESSAGE}`)).toBeInTheDocument()
  })

  it('after two sharp ratings today offers no Start and says what to do', async () => {
    installFakeLimber({ 'home:get-state': () => homeState({ stoppedForToday: STOPPED_FOR_TODAY_MESSAGE }) })
    render(<RoutinesScreen />)
    expect(await screen.findByText(STOPPED_FOR_TODAY_MESSAGE)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Start / })).toBeNull()
  })
})

describe('the routine editor', () => {
  const mine: Routine = {
    id: 'custom-lunch',
    name: 'Lunch stretch',
    kind: 'custom',
    items: [{ exerciseId: 'seated-piriformis' }, { exerciseId: 'standing-hamstring' }, { exerciseId: 'cat-cow' }]
  }
  function setup() {
    installFakeLimber({ 'home:get-state': () => homeState({ customRoutines: [mine] }) })
    render(<RoutineEditScreen routineId="custom-lunch" />)
  }

  it('keeps focus on the moved item after Up or Down, and on a neighbour after Remove', async () => {
    const user = userEvent.setup()
    setup()
    await user.click(await screen.findByRole('button', { name: 'Move Seated piriformis stretch down' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Seated piriformis stretch down' }))
    await user.keyboard('{Enter}')
    // Now last: Down is disabled, so focus goes to a working button on the same item.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Seated piriformis stretch up' }))
    await user.click(screen.getByRole('button', { name: 'Remove Standing hamstring stretch' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Cat-cow' }))
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Seated piriformis stretch' }))
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Exercise to add' }))
    expect(document.activeElement).not.toBe(document.body)
  })

  it('warns in plain words when the exercise to add is not for you yet', async () => {
    const user = userEvent.setup()
    setup()
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Exercise to add' }), 'bridging')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not for you yet: Unlocks in phase 3. You can add it; the routine leaves it out until then.'
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Exercise to add' }), 'cat-cow')
    expect(screen.getByRole('status')).toHaveTextContent('')
  })
})

describe('the check-in (issue 13 questions)', () => {
  function setup(home: HomeState) {
    const saved: CheckInAnswers[] = []
    installFakeLimber({
      'home:get-state': () => home,
      'progress:check-in-form': () => ({
        today: '2026-03-16',
        checkedInToday: false,
        lastActivities: [],
        lastFurthestPoint: null,
        walkedTodayMinutes: 0
      }),
      'progress:save-check-in': (request) => {
        saved.push(request as CheckInAnswers)
        return { id: 'c1', t: '2026-03-16T20:15:00+01:00' }
      }
    })
    render(<CheckInScreen />)
    return saved
  }

  async function fillBasics(user: ReturnType<typeof userEvent.setup>) {
    for (const legend of ['Back pain now', 'Leg pain now']) {
      const group = await screen.findByRole('group', { name: new RegExp(legend) })
      await user.click(within(group).getAllByRole('radio')[3]!)
    }
    await user.click(screen.getByRole('radio', { name: /Thigh/ }))
  }

  it('asks the weekly phase marker and saves a "not yet" with the check-in', async () => {
    const user = userEvent.setup()
    const saved = setup(homeState({ markerQuestion: phaseMarkerQuestion(2) }))
    await fillBasics(user)
    expect(screen.getByText('Could you walk for 15 minutes in comfort this week?')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Not yet' }))
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(saved[0]?.phaseMarkers).toEqual([{ id: 'walk-15', met: false }])
  })

  it('asks nothing about the phase when it is not due', async () => {
    setup(homeState())
    await screen.findByRole('button', { name: 'Save check-in' })
    expect(screen.queryByText(/This week in your programme/)).toBeNull()
  })

  it('asks about the saddle area when numbness is reported, and says to get urgent care on yes', async () => {
    const user = userEvent.setup()
    const saved = setup(homeState())
    await fillBasics(user)
    expect(screen.queryByRole('group', { name: /groin, buttocks or inner thighs/ })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /numbness or tingling/ }))
    const saddle = screen.getByRole('group', { name: /groin, buttocks or inner thighs/ })
    await user.click(within(saddle).getByRole('radio', { name: 'Yes' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/emergency care now/)
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(saved[0]?.saddleNumbness).toBe(true)
  })
})

describe('the programme card (issue 13)', () => {
  it('shows a worsening with what changed, offers flare mode, and says why the phase is held', async () => {
    const { ProgrammeCard } = await import('../../../src/renderer/src/home/ProgrammeCard')
    const { programmeStatus } = await import('@shared/content/programme')
    const { WORSENING_MESSAGE } = await import('@shared/content/worsening-detector')
    const user = userEvent.setup()
    const flareRequests: unknown[] = []
    const state = homeState({
      programme: programmeStatus('2026-03-02', '2026-03-30', { recentSharp: false, worsening: true, lastPhase: 2 }),
      worsening: {
        reasons: ['leg-pain'],
        details: ['Leg pain went from 3 to 6.'],
        message: WORSENING_MESSAGE,
        from: '2026-03-20',
        to: '2026-03-30'
      }
    })
    installFakeLimber({
      'home:set-flare': (request) => {
        flareRequests.push(request)
        return { ...state, flare: true }
      }
    })
    render(<ProgrammeCard state={state} onState={() => undefined} />)
    expect(screen.getByText('Leg pain went from 3 to 6.')).toBeInTheDocument()
    expect(screen.getByText(WORSENING_MESSAGE)).toBeInTheDocument()
    expect(screen.getByText(/Held here because your recent check-ins show things getting worse/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Turn on flare-up mode' }))
    expect(flareRequests).toEqual([{ on: true }])
  })

  it('from week 9 shows the maintenance plan instead of "last phase"', async () => {
    const { ProgrammeCard } = await import('../../../src/renderer/src/home/ProgrammeCard')
    const { programmeStatus } = await import('@shared/content/programme')
    const state = homeState({ programme: programmeStatus('2026-03-02', '2026-05-20', { recentSharp: false }) })
    render(<ProgrammeCard state={state} onState={() => undefined} />)
    expect(screen.getByText(/You are on the maintenance plan now: three days a week/)).toBeInTheDocument()
    expect(screen.queryByText(/last phase/)).toBeNull()
  })
})
