// The break card in jsdom: what it shows for a prompt, the answers it sends, its guided timer and
// its keyboard use. Fake timers drive the timer; the window.limber fake records what was sent.
import { getByRole, queryByRole, screen, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import type { BreakSuggestionView } from '@shared/contract'
import { BreakCardView } from '../../../src/renderer/src/break-card/break-card'
import { fakeLimber, type FakeLimber } from '../../support/fake-limber-api'
import { officeStatus } from '../../support/office-status-fixture'

const piriformis: BreakSuggestionView = {
  exerciseId: 'seated-piriformis',
  name: 'Seated piriformis stretch',
  dose: { reps: 1, holdSeconds: 45, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
  gentler: false
}

let fake: FakeLimber
let disconnect: () => void

async function mount(status = officeStatus({ phase: 'due', sittingMinutes: 25, progress: 1 })) {
  fake = fakeLimber({
    'office:get-status': () => status,
    'office:get-break': () => piriformis,
    'settings:get': () => DEFAULT_SETTINGS,
    'office:act': () => status,
    'window:open-main': () => undefined
  })
  document.body.innerHTML = '<div id="root"></div>'
  disconnect = new BreakCardView(document.getElementById('root')!, fake.api).connect()
  await vi.waitFor(() => expect(screen.getByText('Seated piriformis stretch')).toBeInTheDocument())
}

const step = () => document.querySelector('.timer-step')?.textContent
const sent = () => fake.calls.filter((c) => c.channel === 'office:act').map((c) => c.request)

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] }))
afterEach(() => {
  disconnect?.()
  vi.useRealTimers()
})

describe('break card', () => {
  it('says it is time to stand up, for how long the user sat, and names one stretch with its steps', async () => {
    await mount()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Time to stand up')
    expect(screen.getByText('You have been sitting for 25 min.')).toBeInTheDocument()
    expect(screen.getByRole('img')).toHaveAccessibleName(/ankle/i)
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3)
  })

  it('sends snooze, meeting and a skip with its reason', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    await user.click(screen.getByRole('button', { name: 'In a meeting' }))
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    await user.type(screen.getByLabelText('Why skip? (optional)'), 'on a call')
    await user.click(screen.getByRole('button', { name: 'Skip this break' }))
    expect(sent()).toEqual([{ type: 'snooze' }, { type: 'meeting' }, { type: 'skip', reason: 'on a call' }])
  })

  it('disables Snooze once the prompt is sticky, and says it stays', async () => {
    await mount(officeStatus({ phase: 'due', snoozeAllowed: false, promptSticky: true, snoozesInRow: 3 }))
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeDisabled()
    expect(screen.getByText('This reminder stays until you answer it.')).toBeVisible()
  })

  it('times each hold: left side 45 s, a pause to switch, right side 45 s, then Done finishes the break', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(sent()).toEqual([{ type: 'start-break' }])
    expect(step()).toBe('Left side: hold')
    vi.advanceTimersByTime(44_000)
    expect(document.querySelector('.timer-value')).toHaveTextContent('1')
    vi.advanceTimersByTime(1_500)
    expect(step()).toBe('Relax, then right side')
    vi.advanceTimersByTime(5_000)
    expect(step()).toBe('Right side: hold')
    vi.advanceTimersByTime(45_000)
    const done = screen.getByRole('button', { name: 'Done' })
    expect(done).toHaveFocus()
    await user.click(done)
    expect(sent().at(-1)).toEqual({ type: 'finish-break' })
  })

  it('pause stops time; Space and the arrow keys control the timer from the keyboard', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    vi.advanceTimersByTime(10_000)
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    const value = document.querySelector('.timer-value')!.textContent
    vi.advanceTimersByTime(30_000)
    expect(document.querySelector('.timer-value')!.textContent).toBe(value)
    ;(document.activeElement as HTMLElement).blur()
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument()
    ;(document.activeElement as HTMLElement).blur()
    await user.keyboard('{ArrowRight}')
    expect(step()).toBe('Relax, then right side')
    await user.keyboard('{ArrowLeft}')
    expect(step()).toBe('Left side: hold')
  })

  it('leads to the Safety screen in the main window', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Safety: when to stop' }))
    expect(fake.calls.filter((c) => c.channel === 'window:open-main').map((c) => c.request)).toEqual([
      { route: 'safety' }
    ])
  })

  it('every answer is reachable with Tab alone', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    const names: string[] = []
    for (let i = 0; i < 4; i++) {
      await user.tab()
      names.push((document.activeElement as HTMLElement).textContent ?? '')
    }
    expect(names).toEqual(['Start', 'Snooze 5 min', 'Skip', 'In a meeting'])
    expect(queryByRole(document.body, 'button', { name: 'Done' })).toBeNull()
    expect(within(document.body).getAllByRole('button')).toHaveLength(5)
    expect(getByRole(document.body, 'main')).toBeInTheDocument()
  })
})
